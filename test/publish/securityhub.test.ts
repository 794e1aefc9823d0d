import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { findingWith, type Finding } from '../../src/findings/finding.js';
import { assertPublished, PUBLISH_ACTIONS, publishRegion } from '../../src/publish/securityhub.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { ACCOUNT, findingOf, findingsFor, table } from '../findings/builders.js';
import { publishVia, sent, stored, storedOf, virtualTime } from './securityhub-harness.js';

const T0 = '2026-11-01T12:05:00.000Z';
const T1 = '2026-11-02T12:05:00.000Z';
const emptyHub = () => new FakeAws({ accountId: ACCOUNT, regions: { 'eu-west-1': {} } });

describe('publishToSecurityHub', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('creates each failure as ACTIVE/FAILED with Workflow NEW and imports no passes by default', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders'), table('sessions', { pointInTimeRecovery: true, tags: { data_classification: 'green' } })]);
    // Act
    const report = await publishVia()(findings, inventory, T0);
    // Assess
    expect(report).toMatchObject({ ok: true, created: 2, imported: 2, notImported: 2, failed: [], batches: 1 });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'orders')).toMatchObject({ RecordState: 'ACTIVE', Compliance: { Status: 'FAILED' }, Workflow: { Status: 'NEW' }, UpdatedAt: T0 });
    expect(storedOf(fake, 'dynamodb.table.pitr', 'sessions')).toBeUndefined();
  });

  it('sends nothing when a rescan finds the same failures and Security Hub holds them fresh', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    const publish = publishVia();
    await publish(findings, inventory, T0);
    const importsBefore = fake.callsTo('securityhub:BatchImportFindings').length;
    // Act
    const report = await publish(findings, inventory, T1);
    // Assess
    expect(fake.callsTo('securityhub:BatchImportFindings')).toHaveLength(importsBefore);
    expect(report).toMatchObject({ ok: true, unchanged: 2, attempted: 0, created: 0, refreshed: 0 });
  });

  it('refreshes an unchanged failure once Security Hub holds it longer than the refresh interval, keeping the analyst workflow', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    const publish = publishVia();
    await publish(findings, inventory, T0);
    storedOf(fake, 'dynamodb.table.pitr', 'orders')!.Workflow = { Status: 'NOTIFIED' };
    // Act
    const report = await publish(findings, inventory, '2026-11-08T12:05:00.000Z', { refreshIntervalDays: 7 });
    // Assess
    expect(report).toMatchObject({ refreshed: 2, unchanged: 0 });
    expect(sent(fake).slice(-2).every((f) => f.Workflow === undefined && f.Note === undefined && f.UserDefinedFields === undefined)).toBe(true);
    expect(storedOf(fake, 'dynamodb.table.pitr', 'orders')).toMatchObject({ Workflow: { Status: 'NOTIFIED' }, CreatedAt: T0, UpdatedAt: '2026-11-08T12:05:00.000Z' });
  });

  it('refreshes within Security Hub\u2019s 90-day retention even when the configured interval is longer', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    const publish = publishVia();
    await publish(findings, inventory, T0, { refreshIntervalDays: 365 });
    // Act
    const report = await publish(findings, inventory, '2027-01-01T12:05:00.000Z', { refreshIntervalDays: 365 });
    // Assess
    expect(report).toMatchObject({ refreshed: 2, unchanged: 0 });
  });

  it('sends an UpdatedAt strictly newer than Security Hub holds, even when the scanner clock is behind', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const before = findingsFor([table('orders')]);
    const after = findingsFor([table('orders', { pointInTimeRecovery: true })]);
    const publish = publishVia();
    await publish(before.findings, before.inventory, T1);
    // Act
    await publish(after.findings, after.inventory, T0);
    // Assess
    expect(storedOf(fake, 'dynamodb.table.pitr', 'orders')).toMatchObject({ UpdatedAt: '2026-11-02T12:05:00.001Z', RecordState: 'ARCHIVED', Compliance: { Status: 'PASSED' } });
  });

  it('imports passes as archived PASSED evidence when asked, and does not re-send them unchanged', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('sessions', { pointInTimeRecovery: true, tags: { data_classification: 'green' } })]);
    const publish = publishVia();
    // Act
    const first = await publish(findings, inventory, T0, { importPasses: true });
    const second = await publish(findings, inventory, T1, { importPasses: true });
    // Assess
    expect(first.created).toBe(2);
    expect(storedOf(fake, 'dynamodb.table.pitr', 'sessions')).toMatchObject({ RecordState: 'ARCHIVED', Compliance: { Status: 'PASSED' }, Severity: { Label: 'INFORMATIONAL' } });
    expect(second).toMatchObject({ unchanged: 2, attempted: 0 });
  });

  it('never imports NOT_APPLICABLE verdicts', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    const na: Finding[] = findings.map((f) => findingWith(f, { status: 'NOT_APPLICABLE', reason: 'table is being deleted' }));
    // Act
    const report = await publishVia()(na, inventory, T0);
    // Assess
    expect(report).toMatchObject({ notImported: 2, attempted: 0 });
    expect(stored(fake)).toEqual([]);
  });

  it('splits 250 findings into batches of at most 100', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor(Array.from({ length: 125 }, (_, i) => table(`events_${String(i).padStart(3, '0')}`)));
    // Act
    const report = await publishVia()(findings, inventory, T0);
    // Assess
    const sizes = fake.callsTo('securityhub:BatchImportFindings').map((c) => (c.input.Findings as unknown[]).length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(report).toMatchObject({ created: 250, batches: 3, ok: true });
  });

  it('reads every page of current findings and leaves other products\u2019 findings alone', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const tables = Array.from({ length: 130 }, (_, i) => table(`events_${String(i).padStart(3, '0')}`));
    const { findings, inventory } = findingsFor(tables);
    const publish = publishVia();
    await publish(findings, inventory, T0);
    stored(fake).push({ ...structuredClone(stored(fake)[0]!), Id: 'custom-scanner/finding-1', GeneratorId: 'custom' });
    // Act
    const report = await publish(findings, inventory, T1);
    // Assess
    const pages = fake.callsTo('securityhub:GetFindings');
    expect(pages.slice(-3).map((c) => c.input.NextToken === undefined)).toEqual([true, false, false]);
    expect(report).toMatchObject({ unchanged: 260, untouched: 0, attempted: 0 });
    expect(stored(fake).find((f) => f.Id === 'custom-scanner/finding-1')?.RecordState).toBe('ACTIVE');
  });

  it('reports permanent per-finding failures with id, code and message, and fails visibly', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    const bad = findingOf(findings, 'dynamodb.table.pitr', 'orders').id;
    (fake.account.regions['eu-west-1']!.securityhub as object) = { findings: [], failures: [{ id: bad, code: 'InvalidInput', message: 'Finding does not adhere to ASFF' }] };
    // Act
    const report = await publishVia()(findings, inventory, T0);
    // Assess
    expect(report.failed).toEqual([{ id: bad, region: 'eu-west-1', code: 'InvalidInput', message: 'Finding does not adhere to ASFF' }]);
    expect(report).toMatchObject({ ok: false, imported: 1, created: 1, retries: 0 });
    expect(() => assertPublished(report)).toThrow(/1 finding\(s\) failed.*InvalidInput/);
  });

  it('re-sends findings that failed transiently, with backoff in virtual time, until Security Hub takes them', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const time = virtualTime();
    const { findings, inventory } = findingsFor([table('orders'), table('payments')]);
    (fake.account.regions['eu-west-1']!.securityhub as object) = { findings: [], failures: [{ id: 'data-posture/dynamodb.table.pitr/*', code: 'InternalFailure', times: 3 }] };
    // Act
    const report = await publishVia(time)(findings, inventory, T0);
    // Assess
    expect(report).toMatchObject({ ok: true, created: 4, failed: [] });
    expect(report.retries).toBe(3);
    expect(time.sleeps.length).toBeGreaterThan(0);
    expect(stored(fake)).toHaveLength(4);
  });

  it('gives up on a finding that keeps failing transiently after a bounded number of rounds', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    const bad = findingOf(findings, 'dynamodb.table.encrypted_cmk', 'orders').id;
    (fake.account.regions['eu-west-1']!.securityhub as object) = { findings: [], failures: [{ id: bad, code: 'InternalFailure' }] };
    // Act
    const report = await publishVia(virtualTime(), { maxAttempts: 3 })(findings, inventory, T0);
    // Assess
    expect(report.failed).toEqual([expect.objectContaining({ id: bad, code: 'InternalFailure', message: expect.stringContaining('gave up after 3 attempts') })]);
    expect(fake.callsTo('securityhub:BatchImportFindings')).toHaveLength(3);
  });

  it('rides out a throttling storm on imports and counts the throttles', async () => {
    // Prepare
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { 'eu-west-1': {} } }, { faults: [{ service: 'securityhub', operation: 'BatchImportFindings', error: 'TooManyRequestsException', times: 4 }] });
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    // Act
    const report = await publishVia()(findings, inventory, T0);
    // Assess
    expect(report).toMatchObject({ ok: true, created: 2, throttles: 4, retries: 4 });
  });

  it('reports a region whose state cannot be read and sends nothing there', async () => {
    // Prepare
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { 'eu-west-1': {} } }, { faults: [{ service: 'securityhub', operation: 'GetFindings', error: 'AccessDeniedException' }] });
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    // Act
    const report = await publishVia()(findings, inventory, T0);
    // Assess
    expect(report.regionErrors).toEqual([{ region: 'eu-west-1', code: 'AccessDeniedException', message: expect.stringContaining('securityhub:GetFindings') }]);
    expect(report.ok).toBe(false);
    expect(fake.callsTo('securityhub:BatchImportFindings')).toEqual([]);
  });

  it('waits for the rate limit once a burst of 30 calls is spent (virtual time)', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const time = virtualTime();
    const { findings, inventory } = findingsFor(Array.from({ length: 2000 }, (_, i) => table(`t${String(i).padStart(4, '0')}`)));
    // Act
    const report = await publishVia(time)(findings, inventory, T0);
    // Assess: 1 read + 40 imports = 41 calls; 11 beyond the burst at 10 a second.
    expect(report.calls).toBe(41);
    expect(time.elapsed()).toBeGreaterThanOrEqual(1100);
    expect(report.rateLimitedMs).toBe(time.elapsed());
  });

  it('calls only the Security Hub actions publishing declares', async () => {
    // Prepare
    const fake = emptyHub();
    restore = fake.install();
    const { findings, inventory } = findingsFor([table('orders')]);
    // Act
    await publishVia()(findings, inventory, T0);
    // Assess
    const actions = new Set(fake.calls.map((c) => `${c.service}:${c.operation}`));
    expect([...actions].every((a) => (PUBLISH_ACTIONS as readonly string[]).includes(a))).toBe(true);
  });

  it('publishes through the real SDK pipeline (client factory transport) as through the mock', async () => {
    // Prepare
    const fake = emptyHub();
    const factory = new ClientFactory({ transport: fake.transport() });
    const { findings, inventory } = findingsFor([table('orders')]);
    // Act
    const report = await publishVia(virtualTime(), { factory })(findings, inventory, T0);
    // Assess
    expect(report).toMatchObject({ ok: true, created: 2 });
    expect(factory.stats.calls.get('securityhub:BatchImportFindings')).toBe(1);
    expect(stored(fake)).toHaveLength(2);
    factory.destroy();
  });

  it('publishes account-level findings into the first scanned region', () => {
    expect(publishRegion({ region: 'global' }, { regions: ['us-east-1', 'eu-west-1'] })).toBe('us-east-1');
    expect(publishRegion({ region: 'eu-west-1' }, { regions: ['us-east-1'] })).toBe('eu-west-1');
  });
});
