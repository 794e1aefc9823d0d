import { collectWith } from '../fake-aws/collect.js';
import { describe, expect, it } from 'vitest';
import { dynamodbCollector } from '../../src/collectors/dynamodb.js';
import { kmsCollector } from '../../src/collectors/kms.js';
import { type CollectionResult } from '../../src/collectors/runner.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { DEFAULT_CHECK_SETTINGS } from '../../src/engine/settings.js';
import encryptedCmk from '../../checks/dynamodb/table.encrypted_cmk.js';
import keyAccessible from '../../checks/dynamodb/table.key_accessible.js';
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

async function collect(faults: FaultSpec[] = [], extraKeys: FakeKey[] = []): Promise<{ fake: FakeAws; result: CollectionResult }> {
  const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables: TABLES }, kms: { keys: [...KEYS, ...extraKeys] } } } }, { faults });
  const restore = fake.install();
  try {
    const result = await collectWith([dynamodbCollector, kmsCollector], [REGION]);
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

  it('describes only the listed keys, linking none, when no table uses a KMS key', async () => {
    // Prepare
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables: [{ name: 'session-cache' }] }, kms: { keys: KEYS } } } });
    const restore = fake.install();
    // Act
    const result = await collectWith([dynamodbCollector, kmsCollector], [REGION]).finally(restore);
    // Assess
    expect(fake.callsTo('kms:DescribeKey').map((c) => c.input.KeyId).sort()).toEqual([keyArn(AWS_MANAGED), keyArn(CMK), keyArn(DISABLED)].sort());
    expect(keys(result).every((k) => k.usedBy?.length === 0)).toBe(true);
    expect(result.scopes.find((s) => s.service === 'kms')?.state).toBe('complete');
  });

  it('reads aliases for every listed key and rotation and policy for customer managed keys only', async () => {
    // Act
    const { fake, result } = await collect();
    // Assess
    const cmk = keys(result).find((k) => k.keyId === CMK);
    expect(cmk).toMatchObject({ aliases: ['alias/data-platform/dynamodb'], rotationEnabled: false, policy: { Statement: [expect.objectContaining({ Sid: 'Enable IAM User Permissions' })] } });
    expect(keys(result).find((k) => k.keyId === AWS_MANAGED)).toMatchObject({ aliases: ['alias/aws/dynamodb'] });
    expect(fake.callsTo('kms:GetKeyRotationStatus').map((c) => c.input.KeyId).sort()).toEqual([CMK, DISABLED].sort());
    expect(fake.callsTo('kms:GetKeyPolicy').map((c) => c.input.PolicyName)).toEqual(['default', 'default']);
  });

  it('only describes another account\'s key, leaving what it cannot read unknown', async () => {
    // Act
    const { fake, result } = await collect([], [{ id: FOREIGN_ARN.split('/')[1]!, account: PARTNER }]);
    // Assess
    const foreign = keys(result).find((k) => k.arn === FOREIGN_ARN);
    expect(foreign).toMatchObject({ foreign: true, accountId: ACCOUNT, ownerAccountId: PARTNER, usedBy: [`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/partner-feed`] });
    expect(foreign?.rotationEnabled).toBeUndefined();
    expect(foreign?.unknown?.policy).toBe(`the key belongs to account ${PARTNER}; only DescribeKey is read for another account's key`);
    expect(fake.callsTo('kms:GetKeyPolicy').map((c) => c.input.KeyId)).not.toContain(FOREIGN_ARN);
  });

  it('links a store that names its key by alias without describing the key twice', async () => {
    // Prepare
    const tables: FakeTable[] = [{ name: 'by-alias', sse: { keyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/data-platform/dynamodb` } }];
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables }, kms: { keys: KEYS } } } });
    const restore = fake.install();
    // Act
    const result = await collectWith([dynamodbCollector, kmsCollector], [REGION]).finally(restore);
    // Assess
    expect(fake.callsTo('kms:DescribeKey')).toHaveLength(3);
    expect(keys(result).find((k) => k.keyId === CMK)?.usedBy).toEqual([`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/by-alias`]);
  });

  it('lists keys over several pages', async () => {
    // Prepare: more keys than one ListKeys page (1000) holds.
    const many: FakeKey[] = Array.from({ length: 1003 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, manager: 'AWS' }));
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { kms: { keys: many } } } });
    const restore = fake.install();
    // Act
    const result = await collectWith([kmsCollector], [REGION]).finally(restore);
    // Assess
    expect(fake.callsTo('kms:ListKeys')).toHaveLength(2);
    expect(keys(result)).toHaveLength(1003);
  });

  it('does not ask rotation of a key pending deletion, and reads asymmetric keys as not rotating', async () => {
    // Prepare
    const special: FakeKey[] = [
      { id: '7a7a7a7a-1b1b-4c2c-8d3d-4e4e4e4e4e4e', state: 'PendingDeletion', deletionDate: '2026-11-28T00:00:00Z' },
      { id: '8b8b8b8b-2c2c-4d3d-8e4e-5f5f5f5f5f5f', spec: 'RSA_2048', usage: 'SIGN_VERIFY' },
    ];
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { kms: { keys: special } } } });
    const restore = fake.install();
    // Act
    const result = await collectWith([kmsCollector], [REGION]).finally(restore);
    // Assess
    expect(result.errors).toEqual([]);
    const pending = keys(result).find((k) => k.keyState === 'PendingDeletion');
    expect(pending).toMatchObject({ deletionDate: '2026-11-28T00:00:00.000Z' });
    expect(pending?.unknown?.rotationEnabled).toMatch(/PendingDeletion/);
    expect(keys(result).find((k) => k.keySpec === 'RSA_2048')?.rotationEnabled).toBe(false);
  });

  it('degrades only the key whose policy read is denied', async () => {
    // Act
    const { result } = await collect([{ service: 'kms', operation: 'GetKeyPolicy', input: { KeyId: CMK }, error: 'AccessDeniedException' }]);
    // Assess
    expect(keys(result).find((k) => k.keyId === CMK)?.unknown?.policy).toMatch(/AccessDeniedException/);
    expect(keys(result).find((k) => k.keyId === DISABLED)?.policy).toBeDefined();
    expect(result.errors.filter((e) => e.action === 'kms:GetKeyPolicy')).toEqual([expect.objectContaining({ resourceArn: keyArn(CMK) })]);
  });

  it('marks the scope failed when keys cannot be listed, still describing the keys the tables use', async () => {
    // Act
    const { fake, result } = await collect([{ service: 'kms', operation: 'ListKeys', error: 'AccessDeniedException' }]);
    // Assess
    expect(result.scopes.find((s) => s.service === 'kms')?.state).toBe('failed');
    expect(fake.callsTo('kms:DescribeKey')).toHaveLength(4);
    expect(keys(result).find((k) => k.keyId === CMK)?.usedBy).toHaveLength(2);
  });
});
