/**
 * Publishing a large account holds little at once: the plan is consumed batch by batch, and what Security
 * Hub already holds is kept only as far as planning needs it.
 */
import type { AwsSecurityFinding, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { afterEach, describe, expect, it } from 'vitest';
import { PRODUCT_FIELDS } from '../../src/findings/asff.js';
import { TokenBucket } from '../../src/publish/rate-limit.js';
import { plannable } from '../../src/publish/securityhub-delta.js';
import { importFindings } from '../../src/publish/securityhub-import.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { ACCOUNT, findingsFor, table } from '../findings/builders.js';
import { publishVia, stored, virtualTime } from './securityhub-harness.js';

const T0 = '2026-11-01T12:05:00.000Z';
const T1 = '2026-11-02T12:05:00.000Z';

function asff(i: number): AwsSecurityFinding {
  return { Id: `data-posture/check/arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/t${i}`, Title: 'x' } as AwsSecurityFinding;
}

describe('streamed publishing', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('builds each batch only once the one before it is imported', async () => {
    // Prepare: a lazy plan of 250 findings that counts how many were built
    let built = 0;
    function* plan(): Generator<AwsSecurityFinding> {
      for (let i = 0; i < 250; i += 1) {
        built += 1;
        yield asff(i);
      }
    }
    const builtAtCall: number[] = [];
    const client = {
      send: (command: { input: { Findings: AwsSecurityFinding[] } }) => {
        builtAtCall.push(built);
        return Promise.resolve({ SuccessCount: command.input.Findings.length, FailedCount: 0, FailedFindings: [] });
      },
    } as unknown as SecurityHubClient;
    const time = virtualTime();
    // Act
    const result = await importFindings(plan(), { client, region: 'eu-west-1', bucket: new TokenBucket(10, 30, time.clock, time.sleep), retry: { sleep: time.sleep }, stats: { calls: 0, retries: 0, throttles: 0 } });
    // Assess: a batch is sent when its 100 are built plus the one that did not fit
    expect(builtAtCall).toEqual([101, 201, 250]);
    expect(result.imported.size).toBe(250);
  });

  it('keeps of a finding judged again only its state, dates and fingerprint', () => {
    // Prepare
    const full = {
      ...asff(1),
      SchemaVersion: '2018-10-08',
      RecordState: 'ACTIVE',
      CreatedAt: '2026-10-01T00:00:00.000Z',
      FirstObservedAt: '2026-10-01T00:00:00.000Z',
      UpdatedAt: '2026-11-01T00:00:00.000Z',
      Resources: [{ Type: 'AwsDynamoDbTable', Id: 'arn', Details: { AwsDynamoDbTable: { TableName: 't1' } } }],
      Workflow: { Status: 'NOTIFIED' },
      ProductFields: { [PRODUCT_FIELDS.fingerprint]: 'abc', [PRODUCT_FIELDS.resourceKind]: 'dynamodb.table', 'aws/securityhub/CompanyName': 'x' },
    } as AwsSecurityFinding;
    // Act
    const lean = plannable(full);
    // Assess
    expect(lean).toEqual({
      Id: full.Id,
      RecordState: 'ACTIVE',
      CreatedAt: '2026-10-01T00:00:00.000Z',
      FirstObservedAt: '2026-10-01T00:00:00.000Z',
      UpdatedAt: '2026-11-01T00:00:00.000Z',
      ProductFields: { [PRODUCT_FIELDS.fingerprint]: 'abc' },
    });
  });

  it('still archives a deleted resource\u2019s findings whole, from what Security Hub held', async () => {
    // Prepare: two tables published; one is deleted before the rescan
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { 'eu-west-1': {} } });
    restore = fake.install();
    const publish = publishVia();
    const before = findingsFor([table('orders'), table('gone')]);
    await publish(before.findings, before.inventory, T0);
    const after = findingsFor([table('orders')]);
    // Act
    const report = await publish(after.findings, after.inventory, T1);
    // Assess: the gone table's findings keep their resource, title and workflow; nothing else is sent
    expect(report).toMatchObject({ archived: 2, unchanged: 2, attempted: 2, ok: true });
    const gone = stored(fake).filter((f) => f.Resources?.[0]?.Id?.endsWith('/gone'));
    expect(gone).toHaveLength(2);
    for (const f of gone) {
      expect(f).toMatchObject({ RecordState: 'ARCHIVED', Title: expect.any(String), Resources: [{ Type: 'AwsDynamoDbTable' }] });
    }
  });
});
