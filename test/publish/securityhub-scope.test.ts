import { describe, expect, it } from 'vitest';
import type { Inventory, ScopeStatus } from '../../src/inventory/types.js';
import { scopeJudge } from '../../src/publish/securityhub-scope.js';
import { ACCOUNT, inventoryOf, resource, scopeOf } from '../builders/inventory.js';

const scope = (service: ScopeStatus['service'], region: string, state: ScopeStatus['state']): ScopeStatus => scopeOf(service, region, state);
const OWN_KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`;
const FOREIGN_KEY = 'arn:aws:kms:eu-west-1:444455556666:key/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const USER = `arn:aws:iam::${ACCOUNT}:user/etl-batch`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/glue-etl`;

function inventory(scopes: ScopeStatus[]): Inventory {
  return inventoryOf([resource('dynamodb.table', { name: 'orders' })], { scopes });
}

describe('which findings a scan may archive as gone', () => {
  it('archives a deleted table once its scope was listed whole, even with another resource\u2019s call failed', () => {
    // Prepare
    const judge = scopeJudge(inventory([scope('dynamodb', 'eu-west-1', 'partial')]));
    // Assess
    expect(judge.provablyGone(ACCOUNT, 'dynamodb.table', 'eu-west-1', `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/sessions`)).toBe(true);
  });

  it('never archives when the listing failed or the deadline cut it', () => {
    for (const state of ['failed', 'aborted'] as const) {
      const judge = scopeJudge(inventory([scope('dynamodb', 'eu-west-1', state)]));
      expect(judge.provablyGone(ACCOUNT, 'dynamodb.table', 'eu-west-1', `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/sessions`)).toBe(false);
    }
  });

  it('archives the account\u2019s own keys and users, which KMS and IAM list in full, but not another account\u2019s key', () => {
    // Prepare
    const judge = scopeJudge(inventory([scope('kms', 'eu-west-1', 'complete'), scope('iam', 'global', 'complete')]));
    // Assess
    expect(judge.provablyGone(ACCOUNT, 'kms.key', 'eu-west-1', OWN_KEY)).toBe(true);
    expect(judge.provablyGone(ACCOUNT, 'kms.key', 'eu-west-1', FOREIGN_KEY)).toBe(false);
    expect(judge.provablyGone(ACCOUNT, 'iam.user', 'global', USER)).toBe(true);
  });

  it('never archives a role, which IAM reads only when a store names it', () => {
    // Prepare
    const judge = scopeJudge(inventory([scope('iam', 'global', 'complete')]));
    // Assess
    expect(judge.provablyGone(ACCOUNT, 'iam.role', 'global', ROLE)).toBe(false);
  });

  it('judges each kind by its own listing: a failed snapshot listing leaves deleted clusters archivable', () => {
    // Prepare
    const rds = scopeOf('rds', 'eu-west-1', 'failed', {
      listings: { 'rds.cluster': { state: 'whole' }, 'rds.instance': { state: 'whole' }, 'rds.cluster_snapshot': { state: 'none', reason: 'rds:DescribeDBClusterSnapshots failed: AccessDenied: denied' }, 'rds.proxy': { state: 'whole' } },
    });
    const judge = scopeJudge(inventory([rds]));
    // Assess
    expect(judge.provablyGone(ACCOUNT, 'rds.cluster', 'eu-west-1', `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:orders`)).toBe(true);
    expect(judge.provablyGone(ACCOUNT, 'rds.cluster_snapshot', 'eu-west-1', `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster-snapshot:orders-1`)).toBe(false);
  });

  it('never archives in another account\u2019s scope or for a kind it does not know', () => {
    // Prepare
    const judge = scopeJudge(inventory([scope('dynamodb', 'eu-west-1', 'complete')]));
    // Assess
    expect(judge.provablyGone('444455556666', 'dynamodb.table', 'eu-west-1', 'arn:aws:dynamodb:eu-west-1:444455556666:table/sessions')).toBe(false);
    expect(judge.provablyGone(ACCOUNT, 'dynamodb.stream', 'eu-west-1', `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/sessions/stream/1`)).toBe(false);
  });
});
