import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { logsCollector } from '../../src/collectors/logs.js';
import { type CollectionResult } from '../../src/collectors/runner.js';
import type { LogGroup } from '../../src/inventory/logs.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeLogGroup } from '../fake-aws/services/logs.js';
import type { FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f`;
const groupArn = (name: string) => `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`;

const GROUPS: FakeLogGroup[] = [
  { name: '/aws/rds/cluster/payments-aurora/postgresql', retention: 400, kmsKeyId: KEY, tags: { data_classification: 'red' } },
  { name: '/aws-glue/jobs/output', retention: 14 },
  { name: '/aws/redshift/cluster/analytics/useractivitylog' },
  { name: '/aws/lambda/thumbnailer', retention: 3 },
  // More than one DescribeLogGroups page (50) under one prefix.
  ...Array.from({ length: 60 }, (_, i) => ({ name: `/aws-glue/crawlers-${String(i).padStart(2, '0')}`, retention: 30 })),
];

let restore: (() => void) | undefined;
afterEach(() => restore?.());

async function collect(faults: FaultSpec[] = []): Promise<{ fake: FakeAws; result: CollectionResult }> {
  const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { logs: { logGroups: GROUPS } } } }, { faults });
  restore = fake.install();
  const result = await collectWith([logsCollector], [REGION]);
  return { fake, result };
}

const groups = (r: CollectionResult) => r.resources.filter((x): x is LogGroup => x.kind === 'logs.log_group');
const group = (r: CollectionResult, name: string) => groups(r).find((g) => g.logGroupName === name);

describe('logs collector', () => {
  it('collects only the data services log groups, following every page of each prefix', async () => {
    // Act
    const { fake, result } = await collect();
    // Assess
    expect(groups(result)).toHaveLength(63);
    expect(group(result, '/aws/lambda/thumbnailer')).toBeUndefined();
    expect(fake.callsTo('logs:DescribeLogGroups').filter((c) => c.input.logGroupNamePrefix === '/aws-glue/')).toHaveLength(2);
    expect(result.scopes[0]?.state).toBe('complete');
  });

  it('normalizes retention, key and tags, with never-expiring and default-encrypted groups as null', async () => {
    // Act
    const { result } = await collect();
    // Assess
    expect(group(result, '/aws/rds/cluster/payments-aurora/postgresql')).toMatchObject({
      arn: groupArn('/aws/rds/cluster/payments-aurora/postgresql'), retentionInDays: 400, kmsKeyId: KEY, kmsKeyRefs: [KEY], tags: { data_classification: 'red' }, classification: { tier: 'red' },
    });
    expect(group(result, '/aws/redshift/cluster/analytics/useractivitylog')).toMatchObject({ retentionInDays: null, kmsKeyId: null, tags: {} });
  });

  it('leaves only one group tags unknown when its tag read is denied', async () => {
    // Act
    const { result } = await collect([{ service: 'logs', operation: 'ListTagsForResource', input: { resourceArn: groupArn('/aws-glue/jobs/output') }, error: 'AccessDeniedException' }]);
    // Assess
    expect(group(result, '/aws-glue/jobs/output')?.tags).toBeUndefined();
    expect(group(result, '/aws-glue/jobs/output')?.unknown?.tags).toMatch(/AccessDeniedException/);
    expect(group(result, '/aws-glue/jobs/output')?.retentionInDays).toBe(14);
    expect(result.scopes[0]?.state).toBe('partial');
  });

  it('marks the scope failed when log groups cannot be listed', async () => {
    // Act
    const { result } = await collect([{ service: 'logs', operation: 'DescribeLogGroups', input: { logGroupNamePrefix: '/aws/rds/' }, error: 'AccessDeniedException' }]);
    // Assess
    expect(result.scopes[0]?.state).toBe('failed');
    expect(result.errors).toEqual([expect.objectContaining({ action: 'logs:DescribeLogGroups', kind: 'access-denied' })]);
  });
});
