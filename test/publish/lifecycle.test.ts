/**
 * The finding lifecycle across scans: the real scan() over a fake account, then the publisher into the
 * fake Security Hub, scan after scan.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildConfig } from '../../src/config/scan-config.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { DynamoDbSpec } from '../fake-aws/services/dynamodb.js';
import type { RedshiftSpec } from '../fake-aws/services/redshift.js';
import type { SecurityHubSpec } from '../fake-aws/services/securityhub.js';
import type { FakeAccountSpec } from '../fake-aws/types.js';
import { publishVia, sent, stored, storedOf, virtualTime } from './securityhub-harness.js';

const ACCOUNT = '111122223333';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const DAY1 = '2026-11-01T06:00:00.000Z';
const DAY2 = '2026-11-02T06:00:00.000Z';
const DAY9 = '2026-11-09T06:00:00.000Z';

function account(regions = ['eu-west-1']): FakeAccountSpec {
  return {
    accountId: ACCOUNT,
    regions: Object.fromEntries(
      regions.map((region) => [
        region,
        {
          dynamodb: {
            tables: [
              { name: 'orders', pitr: true, sse: { keyArn: `arn:aws:kms:${region}:${ACCOUNT}:key/${KEY_ID}` }, tags: { data_classification: 'red' } },
              { name: 'sessions', pitr: false, tags: { data_classification: 'green' } },
              { name: 'customers', pitr: false, tags: { pii: 'high', owner: 'crm' } },
            ],
          },
          kms: { keys: [{ id: KEY_ID, manager: 'CUSTOMER' }] },
        },
      ]),
    ),
  };
}

const tables = (fake: FakeAws, region = 'eu-west-1') => (fake.account.regions[region]!.dynamodb as DynamoDbSpec).tables;
const hub = (fake: FakeAws, region = 'eu-west-1') => (fake.account.regions[region]!.securityhub ??= { findings: [] }) as SecurityHubSpec;

/** One scheduled run: scan at `now`, then publish what it found. */
function runner(regions = ['eu-west-1'], time = virtualTime()) {
  const publish = publishVia(time);
  return async (now: string, publishConfig = {}) => {
    const result = await scan(buildConfig({ regions, services: ['dynamodb'], checkIds: ['dynamodb.table.encrypted_cmk', 'dynamodb.table.pitr'] }), { now: () => new Date(now) });
    return { result, report: await publish(result.findings, result.inventory, now, publishConfig) };
  };
}

describe('finding lifecycle across scans', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('creates the failures on the first scan and sends nothing when a rescan finds the same', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    // Act
    const first = await run(DAY1);
    const importsAfterFirst = fake.callsTo('securityhub:BatchImportFindings').length;
    const second = await run(DAY2);
    // Assess
    expect(first.report).toMatchObject({ ok: true, created: 3, notImported: 3 });
    expect(stored(fake).map((f) => `${f.GeneratorId} ${f.Resources?.[0]?.Id?.split('/')[1]} ${f.Compliance?.Status}`).sort()).toEqual([
      'dynamodb.table.encrypted_cmk customers FAILED',
      'dynamodb.table.pitr customers FAILED',
      'dynamodb.table.pitr sessions FAILED',
    ]);
    expect(second.report).toMatchObject({ ok: true, unchanged: 3, attempted: 0 });
    expect(fake.callsTo('securityhub:BatchImportFindings')).toHaveLength(importsAfterFirst);
  });

  it('is what scan() runs when Security Hub publishing is on', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const config = buildConfig({ regions: ['eu-west-1'], services: ['dynamodb'], checkIds: ['dynamodb.table.encrypted_cmk', 'dynamodb.table.pitr'], publish: { securityHub: true, importPasses: false, refreshIntervalDays: 7 } });
    // Act
    const result = await scan(config, { now: () => new Date(DAY1) });
    // Assess
    expect(result.publish).toMatchObject({ ok: true, created: 3, failed: [] });
    expect(stored(fake)).toHaveLength(3);
  });

  it('resolves a finding when its table is fixed: PASSED, INFORMATIONAL, ARCHIVED', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    await run(DAY1);
    tables(fake).find((t) => t.name === 'sessions')!.pitr = true;
    // Act
    const { report } = await run(DAY2);
    // Assess
    expect(report).toMatchObject({ ok: true, resolved: 1, unchanged: 2, attempted: 1 });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'sessions')).toMatchObject({
      RecordState: 'ARCHIVED',
      Compliance: { Status: 'PASSED' },
      Severity: { Label: 'INFORMATIONAL' },
      UpdatedAt: DAY2,
      CreatedAt: DAY1,
    });
  });

  it('archives the findings of a deleted table once its scope was collected completely', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    await run(DAY1);
    const spec = fake.account.regions['eu-west-1']!.dynamodb as DynamoDbSpec;
    spec.tables = spec.tables.filter((t) => t.name !== 'customers');
    // Act
    const { result, report } = await run(DAY2);
    // Assess
    expect(result.inventory.scopes.find((s) => s.service === 'dynamodb')?.state).toBe('complete');
    expect(report).toMatchObject({ ok: true, archived: 2, unchanged: 1 });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'customers')).toMatchObject({
      RecordState: 'ARCHIVED',
      Compliance: { Status: 'FAILED' },
      ProductFields: expect.objectContaining({ 'data-posture/ArchivedBecause': expect.stringContaining('no longer exists') }),
    });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'sessions')?.RecordState).toBe('ACTIVE');
  });

  it('archives every finding of a deleted Redshift cluster and leaves the other cluster\u2019s alone', async () => {
    // Prepare
    const cluster = (id: string) => ({ id, publiclyAccessible: true, encrypted: false, masterUsername: 'awsuser', retentionDays: 1, logging: { enabled: false }, tags: { data_classification: 'orange' } });
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { 'eu-west-1': { redshift: { clusters: [cluster('sales-dw'), cluster('ops-dw')] } } } });
    restore = fake.install();
    const publish = publishVia(virtualTime());
    const config = buildConfig({ regions: ['eu-west-1'], services: ['redshift'] });
    const first = await scan(config, { now: () => new Date(DAY1) });
    await publish(first.findings, first.inventory, DAY1);
    const ofCluster = (id: string) => stored(fake).filter((f) => f.Resources?.[0]?.Id?.endsWith(`:cluster:${id}`));
    const held = ofCluster('sales-dw').filter((f) => f.RecordState === 'ACTIVE').length;
    (fake.account.regions['eu-west-1']!.redshift as RedshiftSpec).clusters = [cluster('ops-dw')];
    // Act
    const second = await scan(config, { now: () => new Date(DAY2) });
    const report = await publish(second.findings, second.inventory, DAY2);
    // Assess
    expect(held).toBeGreaterThan(0);
    expect(report).toMatchObject({ ok: true, archived: held });
    expect(ofCluster('sales-dw').every((f) => f.RecordState === 'ARCHIVED' && f.UpdatedAt === DAY2)).toBe(true);
    expect(ofCluster('ops-dw').filter((f) => f.RecordState === 'ACTIVE')).toHaveLength(held);
  });

  it('leaves every finding untouched when ListTables is denied, even for a table that really is gone', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    await run(DAY1);
    const before = structuredClone(stored(fake));
    const importsBefore = fake.callsTo('securityhub:BatchImportFindings').length;
    tables(fake).splice(0, tables(fake).length);
    fake.addFault({ service: 'dynamodb', operation: 'ListTables', error: 'AccessDeniedException' });
    // Act
    const { result, report } = await run(DAY2);
    // Assess
    expect(result.inventory.scopes.find((s) => s.service === 'dynamodb')?.state).toBe('failed');
    expect(report).toMatchObject({ ok: true, untouched: 3, attempted: 0 });
    expect(fake.callsTo('securityhub:BatchImportFindings')).toHaveLength(importsBefore);
    expect(stored(fake)).toEqual(before);
  });

  it('archives in the region collected completely and leaves the region whose listing failed alone', async () => {
    // Prepare
    const fake = new FakeAws(account(['eu-west-1', 'us-east-1']));
    restore = fake.install();
    const run = runner(['eu-west-1', 'us-east-1']);
    await run(DAY1);
    for (const region of ['eu-west-1', 'us-east-1']) tables(fake, region).splice(0, tables(fake, region).length);
    fake.addFault({ service: 'dynamodb', operation: 'ListTables', region: 'us-east-1', error: 'AccessDeniedException' });
    // Act
    const { report } = await run(DAY2);
    // Assess
    expect(report).toMatchObject({ ok: true, archived: 3, untouched: 3 });
    expect(stored(fake, 'eu-west-1').every((f) => f.RecordState === 'ARCHIVED')).toBe(true);
    expect(stored(fake, 'us-east-1').every((f) => f.RecordState === 'ACTIVE' && f.UpdatedAt === DAY1)).toBe(true);
  });

  it('turns a finding whose input call was denied into NOT_AVAILABLE with the reason', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    await run(DAY1);
    fake.addFault({ service: 'dynamodb', operation: 'DescribeContinuousBackups', input: { TableName: 'sessions' }, error: 'AccessDeniedException' });
    // Act
    const { report } = await run(DAY2);
    // Assess
    expect(report).toMatchObject({ ok: true, refreshed: 1, unchanged: 2 });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'sessions')).toMatchObject({
      RecordState: 'ACTIVE',
      Compliance: { Status: 'NOT_AVAILABLE', StatusReasons: [{ ReasonCode: 'NOT_EVALUATED', Description: expect.stringContaining('AccessDeniedException') }] },
    });
  });

  it('archives a deleted table when the listing was whole, though another table\u2019s backups were denied', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    await run(DAY1);
    const spec = fake.account.regions['eu-west-1']!.dynamodb as DynamoDbSpec;
    spec.tables = spec.tables.filter((t) => t.name !== 'customers');
    fake.addFault({ service: 'dynamodb', operation: 'DescribeContinuousBackups', input: { TableName: 'orders' }, error: 'AccessDeniedException' });
    // Act
    const { result, report } = await run(DAY2);
    // Assess
    expect(result.inventory.scopes.find((s) => s.service === 'dynamodb')?.state).toBe('partial');
    expect(report).toMatchObject({ ok: true, archived: 2, untouched: 0 });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'customers')?.RecordState).toBe('ARCHIVED');
    expect(storedOf(fake, 'dynamodb.table.pitr', 'orders')).toMatchObject({ RecordState: 'ACTIVE', Compliance: { Status: 'NOT_AVAILABLE' } });
  });

  it('refreshes unchanged failures once Security Hub holds them longer than the refresh interval', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const run = runner();
    await run(DAY1);
    // Act
    const early = await run(DAY2);
    const late = await run(DAY9);
    // Assess
    expect(early.report).toMatchObject({ unchanged: 3, refreshed: 0 });
    expect(late.report).toMatchObject({ unchanged: 0, refreshed: 3 });
    expect(stored(fake).every((f) => f.UpdatedAt === DAY9 && f.CreatedAt === DAY1 && f.LastObservedAt === DAY9 && f.FirstObservedAt === DAY1)).toBe(true);
  });

  it('retries findings that fail transiently and reports the ones Security Hub rejects', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    hub(fake).failures = [
      { id: 'data-posture/dynamodb.table.pitr/*', code: 'InternalFailure', times: 2 },
      { id: `data-posture/dynamodb.table.encrypted_cmk/arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/customers`, code: 'InvalidInput', message: 'Resources[0].Details is invalid' },
    ];
    // Act
    const { report } = await runner()(DAY1);
    // Assess
    expect(report).toMatchObject({ ok: false, created: 2, retries: 2 });
    expect(report.failed).toEqual([
      { id: `data-posture/dynamodb.table.encrypted_cmk/arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/customers`, region: 'eu-west-1', code: 'InvalidInput', message: 'Resources[0].Details is invalid' },
    ]);
    expect(stored(fake)).toHaveLength(2);
  });

  it('publishes everything through repeated throttling of reads and imports', async () => {
    // Prepare: the first reads and imports are throttled (the fault suite covers random storms at scale).
    const fake = new FakeAws(account(), {
      faults: [
        { service: 'securityhub', operation: 'GetFindings', error: 'ThrottlingException', times: 2 },
        { service: 'securityhub', operation: 'BatchImportFindings', error: 'TooManyRequestsException', times: 3 },
      ],
    });
    restore = fake.install();
    const time = virtualTime();
    // Act
    const { report } = await runner(['eu-west-1'], time)(DAY1);
    // Assess
    expect(report).toMatchObject({ ok: true, created: 3 });
    expect(report.throttles).toBeGreaterThan(0);
    expect(report.retries).toBe(report.throttles);
    expect(time.sleeps.length).toBeGreaterThanOrEqual(report.retries);
  });

  it('imports a suppressed failure as WARNING, and as FAILED again once the suppression expires', async () => {
    // Prepare
    const fake = new FakeAws(account());
    restore = fake.install();
    const { applySuppressions } = await import('../../src/findings/suppressions.js');
    const { parseSuppressions } = await import('../../src/config/suppressions.js');
    const suppressions = parseSuppressions(
      JSON.stringify({ version: 1, suppressions: [{ checkId: 'dynamodb.table.pitr', tag: { key: 'data_classification', value: 'green' }, reason: 'sessions expire after 24 hours', owner: 'web-team@example.com', expires: '2026-11-05' }] }),
      'suppressions.json',
    );
    const publish = publishVia();
    const runAt = async (now: string) => {
      const result = await scan(buildConfig({ regions: ['eu-west-1'], services: ['dynamodb'], checkIds: ['dynamodb.table.encrypted_cmk', 'dynamodb.table.pitr'] }), { now: () => new Date(now) });
      const applied = applySuppressions(result.findings, suppressions, result.inventory, new Date(now));
      return { applied, report: await publish(applied.findings, result.inventory, now) };
    };
    // Act
    const during = await runAt(DAY1);
    const warning = structuredClone(storedOf(fake, 'dynamodb.table.pitr', 'sessions'));
    const after = await runAt(DAY9);
    // Assess
    expect(during.applied.suppressed).toBe(1);
    expect(warning).toMatchObject({ Compliance: { Status: 'WARNING' }, Description: expect.stringContaining('Suppressed until 2026-11-05 by web-team@example.com') });
    expect(after.applied.expired.map((e) => e.message)).toEqual(['suppression #1 in suppressions.json expired on 2026-11-05; no longer applied']);
    expect(storedOf(fake, 'dynamodb.table.pitr', 'sessions')).toMatchObject({ Compliance: { Status: 'FAILED' }, RecordState: 'ACTIVE' });
    expect(sent(fake).filter((f) => f.Workflow).map((f) => f.Id)).toHaveLength(3);
  });
});
