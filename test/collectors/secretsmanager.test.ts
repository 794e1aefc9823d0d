import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { runCollectors } from '../../src/collectors/runner.js';
import { secretsmanagerCollectors } from '../../src/collectors/secretsmanager.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import type { Secret } from '../../src/inventory/secretsmanager.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeSecret } from '../fake-aws/services/secretsmanager.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`;

function account(secrets: FakeSecret[]): FakeAccountSpec {
  return { accountId: ACCOUNT, regions: { [REGION]: { secretsmanager: { secrets } } } };
}

async function collect(spec: FakeAccountSpec, faults: FaultSpec[] = []) {
  const fake = new FakeAws(spec, { faults });
  restore = fake.install();
  const result = await runCollectors({
    collectors: [...secretsmanagerCollectors],
    regions: [REGION],
    accountId: ACCOUNT,
    partition: 'aws',
    factory: new ClientFactory(),
    classification: DEFAULT_CLASSIFICATION,
    signal: new AbortController().signal,
  });
  const secrets = result.resources.filter((r): r is Secret => r.kind === 'secretsmanager.secret');
  return { fake, result, secrets };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('secretsmanager collector', () => {
  it('reads every page of ListSecrets and keeps the database secrets with their rotation, never a value', async () => {
    // Prepare: 150 managed master secrets span two pages.
    const managed = Array.from({ length: 150 }, (_, i) => ({ name: `rds!cluster-${String(i).padStart(3, '0')}`, owningService: 'rds', rotationEnabled: true, lastRotated: '2026-10-29T00:00:00Z' }));
    // Act
    const { fake, secrets, result } = await collect(account(managed));
    // Assess
    expect(fake.callsTo('secretsmanager:ListSecrets')).toHaveLength(2);
    expect(fake.calls.map((c) => c.operation).filter((o) => o !== 'ListSecrets')).toEqual([]);
    expect(secrets).toHaveLength(150);
    expect(secrets[0]).toMatchObject({
      secretName: 'rds!cluster-000', owningService: 'rds', databaseEvidence: 'OwningService=rds',
      rotation: { rotationEnabled: true, automaticallyAfterDays: 7, lastRotatedDate: '2026-10-29T00:00:00.000Z', createdDate: '2025-06-01T08:00:00.000Z' },
    });
    expect(JSON.stringify(secrets)).not.toContain('SecretString');
    expect(result.scopes[0]?.state).toBe('complete');
  });

  it('recognises database secrets by owning service, RDS tags, managed names and the owner’s secret_type tag, and skips the rest', async () => {
    // Prepare
    const spec = account([
      { name: 'orders/app-user', tags: { 'aws:rds:primaryDBClusterArn': `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders` } },
      { name: 'billing/readonly', tags: { secret_type: 'Database', data_classification: 'red' }, kmsKeyId: KEY },
      { name: 'redshift!analytics-admin' },
      { name: 'stripe/api-key', tags: { team: 'payments' } },
    ]);
    // Act
    const { secrets } = await collect(spec);
    // Assess
    expect(secrets.map((s) => [s.name, s.databaseEvidence])).toEqual([
      ['billing/readonly', 'tag secret_type=Database'],
      ['orders/app-user', 'tag aws:rds:primaryDBClusterArn'],
      ['redshift!analytics-admin', 'name redshift!analytics-admin'],
    ]);
    expect(secrets[0]).toMatchObject({ kmsKeyRefs: [KEY], classification: { effectiveTier: 'red' }, rotation: { rotationEnabled: false } });
  });

  it('marks the scope failed when secrets cannot be listed', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'secretsmanager', operation: 'ListSecrets', error: 'AccessDeniedException' }];
    // Act
    const { secrets, result } = await collect(account([{ name: 'rds!cluster-orders', owningService: 'rds' }]), faults);
    // Assess
    expect(secrets).toEqual([]);
    expect(result.scopes[0]?.state).toBe('failed');
    expect(result.errors).toEqual([expect.objectContaining({ action: 'secretsmanager:ListSecrets', code: 'AccessDeniedException' })]);
  });

  it('keeps the secrets of the pages read before a later page failed, and marks the scope failed', async () => {
    // Prepare
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `rds!db-${String(i).padStart(3, '0')}`, owningService: 'rds' }));
    const faults: FaultSpec[] = [{ service: 'secretsmanager', operation: 'ListSecrets', input: { NextToken: Buffer.from('secrets:100').toString('base64') }, error: 'ThrottlingException' }];
    // Act
    const { secrets, result } = await collect(account(many), faults);
    // Assess
    expect(secrets).toHaveLength(100);
    expect(result.scopes[0]?.state).toBe('failed');
  });
});
