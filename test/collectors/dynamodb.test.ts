import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { dynamodbCollector } from '../../src/collectors/dynamodb.js';
import type { Collector } from '../../src/collectors/types.js';
import { buildConfig } from '../../src/config/scan-config.js';
import type { DynamoDbTable } from '../../src/inventory/dynamodb.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { dynamodbFake, type FakeTable } from '../fake-aws/services/dynamodb.js';
import { SERVICE_FAKES } from '../fake-aws/services/index.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5`;
const arnOf = (name: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;

const CUSTOMER_PROFILES: FakeTable = {
  name: 'customer-profiles',
  sse: { keyArn: KEY_ARN },
  pitr: true,
  deletionProtection: true,
  billingMode: 'PROVISIONED',
  itemCount: 48_213,
  createdAt: '2024-02-11T08:15:00Z',
  backups: [
    { at: '2026-10-20T02:00:00Z', type: 'AWS_BACKUP' },
    { at: '2026-10-31T02:00:00Z', type: 'USER' },
    { at: '2026-11-01T02:00:00Z', type: 'USER', status: 'CREATING' },
  ],
  policy: {
    Version: '2012-10-17',
    Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 'dynamodb:*', Resource: arnOf('customer-profiles'), Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
  },
  // More than one page of ListTagsOfResource (10 a page).
  tags: Object.fromEntries([['data_classification', 'red'], ['pii', 'high'], ...Array.from({ length: 12 }, (_, i) => [`cost-centre-${i}`, `cc-${i}`])]),
};

function account(tables: FakeTable[]): FakeAccountSpec {
  return { accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables } } } };
}

/** Runs collectors against the fake through aws-sdk-client-mock. */
async function collect(fake: FakeAws, collectors: Collector[] = [dynamodbCollector]) {
  const restore = fake.install();
  try {
    return await collectWith(collectors, [REGION]);
  } finally {
    restore();
  }
}

const tables = (resources: { kind: string }[]) => resources.filter((r): r is DynamoDbTable => r.kind === 'dynamodb.table');
const byName = (resources: { kind: string }[], name: string) => tables(resources).find((t) => t.name === name);

describe('dynamodb collector', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('lists every table over pages of 100', async () => {
    // Prepare
    const names = Array.from({ length: 250 }, (_, i) => ({ name: `events-${String(i).padStart(3, '0')}` }));
    const fake = new FakeAws(account(names));
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('dynamodb:ListTables').map((c) => c.input.Limit)).toEqual([100, 100, 100]);
    expect(tables(result.resources)).toHaveLength(250);
    expect(new Set(tables(result.resources).map((t) => t.name)).size).toBe(250);
    expect(result.scopes).toEqual([expect.objectContaining({ service: 'dynamodb', state: 'complete', resources: 250 })]);
  });

  it('normalizes a table: key, backups, newest available backup, policy and paged tags', async () => {
    // Act
    const result = await collect(new FakeAws(account([CUSTOMER_PROFILES])));
    // Assess
    const table = byName(result.resources, 'customer-profiles');
    expect(table).toMatchObject({
      arn: arnOf('customer-profiles'),
      status: 'ACTIVE',
      billingMode: 'PROVISIONED',
      itemCount: 48_213,
      createdAt: '2024-02-11T08:15:00.000Z',
      encryption: { type: 'KMS', status: 'ENABLED', kmsKeyArn: KEY_ARN },
      kmsKeyRefs: [KEY_ARN],
      deletionProtection: true,
      pointInTimeRecovery: true,
      latestBackupAt: '2026-10-31T02:00:00.000Z',
      classification: { effectiveTier: 'red', pii: 'high' },
    });
    expect(Object.keys(table?.tags ?? {})).toHaveLength(14);
    expect(table?.resourcePolicy?.Statement[0]?.Sid).toBe('DenyInsecureTransport');
    expect(table?.unknown).toBeUndefined();
  });

  it('reads no SSEDescription as the AWS owned key and records when a key became inaccessible', async () => {
    // Act
    const result = await collect(new FakeAws(account([
      { name: 'session-cache' },
      { name: 'ledger', status: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', sse: { keyArn: KEY_ARN, inaccessibleSince: '2026-10-28T06:00:00Z' } },
    ])));
    // Assess
    expect(byName(result.resources, 'session-cache')).toMatchObject({ encryption: { type: 'AWS_OWNED' }, latestBackupAt: null, pointInTimeRecovery: false, deletionProtection: false });
    expect(byName(result.resources, 'session-cache')?.kmsKeyRefs).toBeUndefined();
    expect(byName(result.resources, 'ledger')).toMatchObject({ status: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', encryption: { inaccessibleSince: '2026-10-28T06:00:00.000Z' } });
  });

  it('treats PolicyNotFoundException as no policy, not as an error', async () => {
    // Act
    const result = await collect(new FakeAws(account([{ name: 'orders' }])));
    // Assess
    expect(byName(result.resources, 'orders')?.resourcePolicy).toBeNull();
    expect(result.errors).toEqual([]);
  });

  it('records an AccessDenied on DescribeContinuousBackups against that table only', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'dynamodb', operation: 'DescribeContinuousBackups', input: { TableName: 'customer-profiles' }, error: 'AccessDeniedException' }];
    const fake = new FakeAws(account([CUSTOMER_PROFILES, { name: 'orders', pitr: true }]), { faults });
    // Act
    const result = await collect(fake);
    // Assess
    const denied = byName(result.resources, 'customer-profiles');
    expect(denied?.pointInTimeRecovery).toBeUndefined();
    expect(denied?.unknown?.pointInTimeRecovery).toContain('AccessDeniedException');
    expect(denied?.deletionProtection).toBe(true);
    expect(byName(result.resources, 'orders')?.pointInTimeRecovery).toBe(true);
    expect(result.errors).toEqual([expect.objectContaining({ action: 'dynamodb:DescribeContinuousBackups', kind: 'access-denied', resourceArn: arnOf('customer-profiles') })]);
    expect(result.scopes[0]?.state).toBe('partial');
  });

  it('degrades only the checks that read a denied call in a full scan', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'dynamodb', operation: 'DescribeContinuousBackups', input: { TableName: 'customer-profiles' }, error: 'AccessDeniedException' }];
    restore = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { dynamodb: { tables: [CUSTOMER_PROFILES] }, kms: { keys: [{ id: '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5' }] } } } }, { faults }).install();
    // Act
    const result = await scan(buildConfig({ regions: [REGION], services: ['dynamodb'] }), { now: () => new Date('2026-11-01T12:00:00Z') });
    // Assess
    const status = Object.fromEntries(result.findings.filter((f) => f.resourceName === 'customer-profiles').map((f) => [f.checkId, f.status]));
    expect(status).toMatchObject({
      'dynamodb.table.pitr': 'NOT_EVALUATED',
      'dynamodb.table.deletion_protection': 'PASS',
      'dynamodb.table.backup_recent': 'PASS',
      'dynamodb.table.encrypted_cmk': 'PASS',
      'dynamodb.table.key_accessible': 'PASS',
      'dynamodb.table.policy_denies_insecure_transport': 'PASS',
      'dynamodb.table.policy_not_public': 'PASS',
    });
  });

  it('leaves every table\'s backup time unknown when ListBackups is denied', async () => {
    // Prepare
    const fake = new FakeAws(account([CUSTOMER_PROFILES, { name: 'orders' }]), { faults: [{ service: 'dynamodb', operation: 'ListBackups', error: 'AccessDeniedException' }] });
    // Act
    const result = await collect(fake);
    // Assess
    for (const table of tables(result.resources)) {
      expect(table.latestBackupAt).toBeUndefined();
      expect(table.unknown?.latestBackupAt).toContain('dynamodb:ListBackups');
      expect(table.pointInTimeRecovery).toBeDefined();
    }
    expect(result.scopes[0]?.state).toBe('partial');
  });

  it('keeps a table whose tags are denied, judged at the default tier and saying why', async () => {
    // Prepare
    const fake = new FakeAws(account([CUSTOMER_PROFILES]), { faults: [{ service: 'dynamodb', operation: 'ListTagsOfResource', error: 'AccessDeniedException' }] });
    // Act
    const result = await collect(fake);
    // Assess
    const table = byName(result.resources, 'customer-profiles');
    expect(table?.tags).toBeUndefined();
    expect(table?.unknown?.tags).toContain('dynamodb:ListTagsOfResource');
    expect(table?.classification).toMatchObject({ tier: 'unclassified', effectiveTier: 'orange', source: 'default (tags could not be read)' });
  });

  it('leaves the resource policy unknown, not absent, when GetResourcePolicy is denied', async () => {
    // Prepare
    const fake = new FakeAws(account([CUSTOMER_PROFILES]), { faults: [{ service: 'dynamodb', operation: 'GetResourcePolicy', error: 'AccessDeniedException' }] });
    // Act
    const result = await collect(fake);
    // Assess
    const table = byName(result.resources, 'customer-profiles');
    expect(table?.resourcePolicy).toBeUndefined();
    expect(table?.unknown?.resourcePolicy).toContain('AccessDeniedException');
    expect(result.errors).toEqual([expect.objectContaining({ action: 'dynamodb:GetResourcePolicy', resourceArn: arnOf('customer-profiles') })]);
  });

  it('marks the scope failed when ListTables fails', async () => {
    // Prepare
    const fake = new FakeAws(account([CUSTOMER_PROFILES]), { faults: [{ service: 'dynamodb', operation: 'ListTables', error: 'AccessDeniedException' }] });
    // Act
    const result = await collect(fake);
    // Assess
    expect(tables(result.resources)).toEqual([]);
    expect(result.scopes[0]).toMatchObject({ service: 'dynamodb', state: 'failed' });
    expect(result.errors).toContainEqual(expect.objectContaining({ action: 'dynamodb:ListTables', code: 'AccessDeniedException' }));
  });

  it('stops on a repeated ListTables token, records it, and emits each table once', async () => {
    // Prepare: a broken endpoint that always answers the same page and token.
    const looping = { ...dynamodbFake, handlers: { ...dynamodbFake.handlers, ListTables: () => ({ TableNames: ['orders'], LastEvaluatedTableName: 'orders' }) } };
    const fake = new FakeAws(account([{ name: 'orders' }]), { services: [...SERVICE_FAKES.filter((s) => s.service !== 'dynamodb'), looping] });
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('dynamodb:ListTables')).toHaveLength(2);
    expect(tables(result.resources).map((t) => t.name)).toEqual(['orders']);
    expect(result.errors).toContainEqual(expect.objectContaining({ action: 'dynamodb:ListTables', code: 'InvalidResponse', message: expect.stringContaining('repeated') }));
    expect(result.scopes[0]?.state).toBe('failed');
  });
});
