import { describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { dynamodbCollector } from '../../src/collectors/dynamodb.js';
import { kmsCollector } from '../../src/collectors/kms.js';
import { runCollectors, type CollectionResult } from '../../src/collectors/runner.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { DEFAULT_CHECK_SETTINGS } from '../../src/engine/settings.js';
import encryptedCmk from '../../checks/dynamodb/table.encrypted_cmk.js';
import keyAccessible from '../../checks/dynamodb/table.key_accessible.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import type { KmsKey } from '../../src/inventory/kms.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../../src/inventory/types.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeTable } from '../fake-aws/services/dynamodb.js';
import type { FakeKey } from '../fake-aws/services/kms.js';
import type { FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const PARTNER = '444455556666';
const REGION = 'eu-west-1';
const CMK = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';
const AWS_MANAGED = '0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d';
const DISABLED = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const keyArn = (id: string, account = ACCOUNT) => `arn:aws:kms:${REGION}:${account}:key/${id}`;
const FOREIGN_ARN = keyArn('1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b', PARTNER);

const KEYS: FakeKey[] = [
  { id: CMK, manager: 'CUSTOMER', aliases: ['alias/data-platform/dynamodb'] },
  { id: AWS_MANAGED, manager: 'AWS', aliases: ['alias/aws/dynamodb'] },
  { id: DISABLED, manager: 'CUSTOMER', state: 'Disabled' },
];
const TABLES: FakeTable[] = [
  { name: 'customer-profiles', sse: { keyArn: keyArn(CMK) }, tags: { data_classification: 'red' } },
  { name: 'payments', sse: { keyArn: keyArn(CMK) }, tags: { data_classification: 'red' } },
  { name: 'orders', sse: { keyArn: keyArn(AWS_MANAGED) }, tags: { data_classification: 'orange' } },
  { name: 'ledger-archive', status: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', sse: { keyArn: keyArn(DISABLED), inaccessibleSince: '2026-10-25T00:00:00Z' } },
  { name: 'partner-feed', sse: { keyArn: FOREIGN_ARN }, tags: { data_classification: 'orange' } },
  { name: 'session-cache', tags: { data_classification: 'green' } },
];

async function collect(faults: FaultSpec[] = []): Promise<{ fake: FakeAws; result: CollectionResult }> {
  const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables: TABLES }, kms: { keys: KEYS } } } }, { faults });
  const restore = fake.install();
  try {
    const result = await runCollectors({
      collectors: [dynamodbCollector, kmsCollector], regions: [REGION], accountId: ACCOUNT, partition: 'aws', factory: new ClientFactory(),
      classification: DEFAULT_CLASSIFICATION, signal: new AbortController().signal,
    });
    return { fake, result };
  } finally {
    restore();
  }
}

const inventoryFrom = (collected: CollectionResult): Inventory => ({
  schemaVersion: INVENTORY_SCHEMA_VERSION, accountId: ACCOUNT, partition: 'aws', collectedAt: '2026-11-01T12:00:00Z', regions: [REGION], services: ['dynamodb', 'kms'], ...collected,
});
const keys = (result: CollectionResult) => result.resources.filter((r): r is KmsKey => r.kind === 'kms.key');

describe('kms collector (dependent phase)', () => {
  it('describes each key the tables reference once, listing every table that uses it', async () => {
    // Act
    const { fake, result } = await collect([{ service: 'kms', operation: 'DescribeKey', input: { KeyId: FOREIGN_ARN }, error: 'AccessDeniedException' }]);
    // Assess
    expect(fake.callsTo('kms:DescribeKey').map((c) => c.input.KeyId).sort()).toEqual([keyArn(AWS_MANAGED), keyArn(CMK), keyArn(DISABLED), FOREIGN_ARN].sort());
    const cmk = keys(result).find((k) => k.keyId === CMK);
    expect(cmk).toMatchObject({ keyManager: 'CUSTOMER', keyState: 'Enabled', foreign: false });
    expect(cmk?.usedBy).toEqual([`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/customer-profiles`, `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/payments`]);
    expect(keys(result).find((k) => k.keyId === AWS_MANAGED)?.keyManager).toBe('AWS');
    expect(keys(result).find((k) => k.keyId === DISABLED)?.keyState).toBe('Disabled');
  });

  it('records a denied cross-account DescribeKey against that key, degrading only the tables that use it', async () => {
    // Act
    const { result } = await collect([{ service: 'kms', operation: 'DescribeKey', input: { KeyId: FOREIGN_ARN }, error: 'AccessDeniedException' }]);
    const verdicts = evaluate(inventoryFrom(result), [encryptedCmk, keyAccessible], DEFAULT_CHECK_SETTINGS);
    const status = (check: string, table: string) => verdicts.find((v) => v.check.id === check && v.resource.name === table)?.verdict.status;
    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ service: 'kms', action: 'kms:DescribeKey', resourceArn: FOREIGN_ARN, kind: 'access-denied' })]);
    expect(result.scopes.find((s) => s.service === 'kms')?.state).toBe('partial');
    expect(status('dynamodb.table.encrypted_cmk', 'partner-feed')).toBe('NOT_EVALUATED');
    expect(status('dynamodb.table.key_accessible', 'partner-feed')).toBe('NOT_EVALUATED');
    expect(status('dynamodb.table.encrypted_cmk', 'customer-profiles')).toBe('PASS');
    expect(status('dynamodb.table.encrypted_cmk', 'orders')).toBe('FAIL');
    expect(status('dynamodb.table.key_accessible', 'ledger-archive')).toBe('FAIL');
    expect(status('dynamodb.table.key_accessible', 'session-cache')).toBe('PASS');
  });

  it('makes no KMS call when no table uses a KMS key', async () => {
    // Prepare
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables: [{ name: 'session-cache' }] }, kms: { keys: KEYS } } } });
    const restore = fake.install();
    // Act
    const result = await runCollectors({
      collectors: [dynamodbCollector, kmsCollector], regions: [REGION], accountId: ACCOUNT, partition: 'aws', factory: new ClientFactory(),
      classification: DEFAULT_CLASSIFICATION, signal: new AbortController().signal,
    }).finally(restore);
    // Assess
    expect(fake.callsTo('kms:DescribeKey')).toEqual([]);
    expect(result.scopes.find((s) => s.service === 'kms')?.state).toBe('complete');
  });
});
