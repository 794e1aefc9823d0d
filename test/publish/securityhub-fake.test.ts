/** The fake Security Hub behaves as the API does where the publisher depends on it, and the rate/retry helpers hold their bounds. */
import { BatchImportFindingsCommand, GetFindingsCommand, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { afterEach, describe, expect, it } from 'vitest';
import { toAsff } from '../../src/findings/asff.js';
import { TokenBucket } from '../../src/publish/rate-limit.js';
import { batchesOf } from '../../src/publish/securityhub-import.js';
import { backoffMs, PUBLISH_RETRY } from '../../src/publish/securityhub-retry.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { ACCOUNT, findingOf, findingsFor, table } from '../findings/builders.js';
import { stored, virtualTime } from './securityhub-harness.js';

const REGION = 'eu-west-1';
const client = () => new SecurityHubClient({ region: REGION });

function asffFor(name: string, at: string): AwsSecurityFinding {
  const { findings } = findingsFor([table(name)]);
  return toAsff(findingOf(findings, 'dynamodb.table.pitr', name), undefined, { partition: 'aws', now: at, create: true, mappers: {} });
}

describe('fake Security Hub', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());
  const install = () => {
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: {} } });
    restore = fake.install();
    return fake;
  };

  it('ignores an update older than the stored one, as Security Hub does', async () => {
    // Prepare
    const fake = install();
    await client().send(new BatchImportFindingsCommand({ Findings: [asffFor('orders', '2026-11-02T00:00:00.000Z')] }));
    // Act
    const older = { ...asffFor('orders', '2026-11-01T00:00:00.000Z'), Title: 'stale' };
    const out = await client().send(new BatchImportFindingsCommand({ Findings: [older] }));
    // Assess
    expect(out.SuccessCount).toBe(1);
    expect(stored(fake)[0]).toMatchObject({ UpdatedAt: '2026-11-02T00:00:00.000Z', Title: 'DynamoDB table has point-in-time recovery enabled' });
  });

  it('rejects more than 100 findings in one import', async () => {
    // Prepare
    install();
    const many = Array.from({ length: 101 }, (_, i) => asffFor(`t${i}`, '2026-11-01T00:00:00.000Z'));
    // Act / Assess
    await expect(client().send(new BatchImportFindingsCommand({ Findings: many }))).rejects.toMatchObject({ name: 'InvalidInputException' });
  });

  it('reports a finding for another account or product in FailedFindings', async () => {
    // Prepare
    install();
    const foreign = { ...asffFor('orders', '2026-11-01T00:00:00.000Z'), AwsAccountId: '444455556666' };
    // Act
    const out = await client().send(new BatchImportFindingsCommand({ Findings: [foreign] }));
    // Assess
    expect(out).toMatchObject({ FailedCount: 1, FailedFindings: [{ Id: foreign.Id, ErrorCode: 'AccessDeniedException' }] });
  });

  it('pages GetFindings at 100 and honours EQUALS and PREFIX filters', async () => {
    // Prepare
    const fake = install();
    stored(fake).push(...Array.from({ length: 250 }, (_, i) => ({ ...asffFor(`t${String(i).padStart(3, '0')}`, '2026-11-01T00:00:00.000Z'), RecordState: i % 3 === 0 ? ('ARCHIVED' as const) : ('ACTIVE' as const) })));
    stored(fake).push({ ...asffFor('other', '2026-11-01T00:00:00.000Z'), Id: 'someone-else/1' });
    const filters = { Id: [{ Value: 'data-posture/', Comparison: 'PREFIX' as const }], RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' as const }] };
    // Act
    const first = await client().send(new GetFindingsCommand({ Filters: filters, MaxResults: 100 }));
    const second = await client().send(new GetFindingsCommand({ Filters: filters, MaxResults: 100, NextToken: first.NextToken }));
    // Assess
    expect(first.Findings).toHaveLength(100);
    expect(second.Findings).toHaveLength(66);
    expect([...first.Findings!, ...second.Findings!].every((f) => f.RecordState === 'ACTIVE' && f.Id?.startsWith('data-posture/'))).toBe(true);
    expect(second.NextToken).toBeUndefined();
    await expect(client().send(new GetFindingsCommand({ MaxResults: 101 }))).rejects.toMatchObject({ name: 'InvalidInputException' });
  });
});

describe('publishing limits', () => {
  it('splits batches by serialized size as well as count', () => {
    // Prepare
    const findings = Array.from({ length: 10 }, (_, i) => asffFor(`t${i}`, '2026-11-01T00:00:00.000Z'));
    const size = JSON.stringify(findings[0]).length;
    // Act
    const batches = [...batchesOf(findings, 100, 1024 + size * 3 + 10)];
    // Assess
    expect(batches.map((b) => b.length)).toEqual([3, 3, 3, 1]);
  });

  it('lets a burst through, then paces calls at the configured rate', async () => {
    // Prepare
    const time = virtualTime();
    const bucket = new TokenBucket(10, 30, time.clock, time.sleep);
    // Act
    for (let i = 0; i < 50; i += 1) await bucket.take();
    // Assess: 20 calls beyond the burst at 10 a second.
    expect(time.elapsed()).toBeGreaterThanOrEqual(2000);
    expect(time.elapsed()).toBeLessThan(2100);
  });

  it('backs off exponentially with jitter and never beyond the cap', () => {
    expect(backoffMs(1, () => 0)).toBe(PUBLISH_RETRY.baseDelayMs / 2);
    expect(backoffMs(3, () => 0.999)).toBeLessThanOrEqual(PUBLISH_RETRY.baseDelayMs * 4);
    expect(backoffMs(30, () => 0.999)).toBeLessThanOrEqual(PUBLISH_RETRY.maxDelayMs);
  });
});
