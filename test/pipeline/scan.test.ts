import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeAccountSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

function account(): FakeAccountSpec {
  return {
    accountId: ACCOUNT,
    regions: {
      'eu-west-1': {
        dynamodb: {
          tables: [
            { name: 'orders', pitr: true, sse: { keyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${KEY_ID}` }, tags: { data_classification: 'red' } },
            { name: 'sessions', pitr: false, tags: { data_classification: 'green' } },
            { name: 'customers', pitr: false, tags: { pii: 'high' } },
          ],
        },
        kms: { keys: [{ id: KEY_ID, manager: 'CUSTOMER' }] },
      },
    },
  };
}

const config = (extra = {}) => buildConfig({ regions: ['eu-west-1'], services: ['dynamodb'], ...extra });

describe('scan over a fake account', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('collects through aws-sdk-client-mock and judges every table', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    // Act
    const result = await scan(config());
    // Assess
    const byId = Object.fromEntries(result.findings.map((f) => [`${f.checkId} ${f.resourceName}`, f]));
    expect(byId['dynamodb.table.pitr orders']?.status).toBe('PASS');
    expect(byId['dynamodb.table.pitr sessions']?.status).toBe('FAIL');
    expect(byId['dynamodb.table.encrypted_cmk orders']?.status).toBe('PASS');
    expect(byId['dynamodb.table.encrypted_cmk sessions']?.status).toBe('PASS');
    expect(byId['dynamodb.table.encrypted_cmk customers']).toMatchObject({ status: 'FAIL', effectiveTier: 'red', severity: 'CRITICAL' });
    expect(result.inventory.accountId).toBe(ACCOUNT);
    expect(result.partial).toBe(false);
  });

  it('runs through the SDK pipeline, records, and replays the same findings with no fake present', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'dp-rec-'));
    const fake = new FakeAws(account());
    const now = () => new Date('2026-11-01T00:00:00Z');
    // Act
    const recorded = await scan(config({ record: dir }), { transport: fake.transport(), now });
    const replayed = await scan(config({ replay: dir }), { now });
    // Assess
    expect(readdirSync(join(dir, 'eu-west-1'))).toEqual(expect.arrayContaining(['dynamodb', 'kms']));
    expect(replayed.findings).toEqual(recorded.findings);
    expect(recorded.findings.length).toBeGreaterThan(0);
  });

  it('retries throttling inside the SDK and still evaluates every table', async () => {
    // Prepare
    const fake = new FakeAws(account(), { faults: [{ service: 'dynamodb', operation: 'DescribeTable', error: 'ThrottlingException', times: 2 }] });
    const factory = new ClientFactory({ transport: fake.transport() });
    // Act
    const result = await scan(config(), { factory });
    // Assess
    expect(factory.stats.throttles).toBe(2);
    expect(result.inventory.errors).toEqual([]);
    expect(result.findings.filter((f) => f.status === 'NOT_EVALUATED')).toEqual([]);
  });

  it('degrades only the checks that need a denied call', async () => {
    // Prepare
    const fake = new FakeAws(account(), { faults: [{ service: 'dynamodb', operation: 'DescribeContinuousBackups', input: { TableName: 'orders' }, error: 'AccessDeniedException' }] });
    restore = fake.install();
    // Act
    const result = await scan(config());
    // Assess
    const orders = result.findings.filter((f) => f.resourceName === 'orders');
    expect(orders.find((f) => f.checkId === 'dynamodb.table.pitr')).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('AccessDeniedException') });
    expect(orders.find((f) => f.checkId === 'dynamodb.table.encrypted_cmk')?.status).toBe('PASS');
    expect(result.inventory.scopes.find((s) => s.service === 'dynamodb')?.state).toBe('partial');
  });
});
