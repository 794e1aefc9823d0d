import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { glueCollector } from '../../src/collectors/glue.js';
import { runCollectors, type CollectionResult } from '../../src/collectors/runner.js';
import { s3Collector } from '../../src/collectors/s3.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import type { S3Bucket } from '../../src/inventory/s3.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { glueFake, type FakeGlueJob } from '../fake-aws/services/glue.js';
import { SERVICE_FAKES } from '../fake-aws/services/index.js';
import type { FakeBucket } from '../fake-aws/services/s3.js';
import type { FakeAccountSpec, FaultSpec, ServiceFake } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const OTHER_REGION = 'us-east-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/glue-etl-orders`;
const ASSETS = `aws-glue-assets-${ACCOUNT}-${REGION}`;
const bucketArn = (name: string) => `arn:aws:s3:::${name}`;

/**
 * Script locations by job name, overriding the Glue fake's default `s3://aws-glue-assets-<account>-<region>/scripts/<job>.py`,
 * so one region's jobs can keep their scripts in several buckets.
 */
function glueWithScripts(scripts: Record<string, string | undefined>): ServiceFake {
  const getJobs = glueFake.handlers.GetJobs!;
  return {
    ...glueFake,
    handlers: {
      ...glueFake.handlers,
      GetJobs: (input, ctx) => {
        const out = getJobs(input, ctx) as { Jobs: { Name: string; Command: { ScriptLocation?: string } }[] };
        for (const job of out.Jobs) if (job.Name in scripts) job.Command.ScriptLocation = scripts[job.Name];
        return out;
      },
    },
  };
}

// 150 jobs (two GetJobs pages) sharing three buckets, plus a Ray job without a script in S3.
const JOBS: FakeGlueJob[] = Array.from({ length: 150 }, (_, i) => ({ name: `orders-etl-${String(i).padStart(3, '0')}`, role: ROLE, glueVersion: '4.0' }));
const SCRIPTS: Record<string, string | undefined> = {
  ...Object.fromEntries(JOBS.map((j, i) => [j.name, `s3://${['finance-etl-scripts', 'marketing-etl-scripts', ASSETS][i % 3]}/jobs/${j.name}.py`])),
  'ray-sandbox': undefined,
};
const BUCKETS: FakeBucket[] = [
  { name: ASSETS, versioning: 'Enabled', mfaDelete: 'Enabled' },
  { name: 'finance-etl-scripts', versioning: 'Suspended', mfaDelete: 'Disabled' },
  { name: 'marketing-etl-scripts' },
];

const account = (buckets: FakeBucket[] = BUCKETS): FakeAccountSpec => ({
  accountId: ACCOUNT,
  regions: { [REGION]: { glue: { jobs: [...JOBS, { name: 'ray-sandbox', role: ROLE, command: 'glueray' }] }, s3: { buckets } } },
});
const services = (scripts = SCRIPTS) => SERVICE_FAKES.map((s) => (s.service === 'glue' ? glueWithScripts(scripts) : s));

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function collect(spec: FakeAccountSpec, faults: FaultSpec[] = [], scripts = SCRIPTS, regions = [REGION]): Promise<{ fake: FakeAws; result: CollectionResult }> {
  const fake = new FakeAws(spec, { faults, services: services(scripts) });
  restore = fake.install();
  const result = await runCollectors({
    collectors: [glueCollector, s3Collector], regions, accountId: ACCOUNT, partition: 'aws', factory: new ClientFactory(), classification: DEFAULT_CLASSIFICATION, signal: new AbortController().signal,
  });
  return { fake, result };
}

const buckets = (r: CollectionResult) => r.resources.filter((x): x is S3Bucket => x.kind === 's3.bucket');
const bucket = (r: CollectionResult, name: string, region = REGION) => buckets(r).find((b) => b.bucketName === name && b.region === region);
const s3Scope = (r: CollectionResult, region = REGION) => r.scopes.find((s) => s.service === 's3' && s.region === region);

describe('s3 collector', () => {
  it('reads versioning once per distinct script bucket, however many jobs share it', async () => {
    // Act
    const { fake, result } = await collect(account());
    // Assess
    expect(fake.callsTo('glue:GetJobs')).toHaveLength(2);
    expect(fake.callsTo('s3:GetBucketVersioning').map((c) => c.input.Bucket)).toEqual([ASSETS, 'finance-etl-scripts', 'marketing-etl-scripts']);
    expect(buckets(result)).toHaveLength(3);
    expect(bucket(result, 'finance-etl-scripts')?.usedBy).toHaveLength(50);
    expect(s3Scope(result)?.state).toBe('complete');
  });

  it('normalizes versioning and MFA delete, with a bucket that never had versioning as null rather than unknown', async () => {
    // Act
    const { result } = await collect(account());
    // Assess
    expect(bucket(result, ASSETS)).toMatchObject({ arn: bucketArn(ASSETS), region: REGION, accountId: ACCOUNT, versioning: 'Enabled', mfaDelete: 'Enabled' });
    expect(bucket(result, 'finance-etl-scripts')).toMatchObject({ versioning: 'Suspended', mfaDelete: 'Disabled' });
    const never = bucket(result, 'marketing-etl-scripts');
    expect(never).toMatchObject({ versioning: null, mfaDelete: null });
    expect(never?.unknown).toBeUndefined();
  });

  it('leaves only the denied bucket unknown, recording the error against that bucket', async () => {
    // Act
    const { result } = await collect(account(), [{ service: 's3', operation: 'GetBucketVersioning', input: { Bucket: 'finance-etl-scripts' }, error: 'AccessDenied' }]);
    // Assess
    const denied = bucket(result, 'finance-etl-scripts');
    expect(denied?.versioning).toBeUndefined();
    expect(denied?.unknown?.versioning).toMatch(/AccessDenied/);
    expect(bucket(result, 'marketing-etl-scripts')?.versioning).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ action: 's3:GetBucketVersioning', resourceArn: bucketArn('finance-etl-scripts'), kind: 'access-denied' })]);
    expect(s3Scope(result)?.state).toBe('partial');
  });

  it('records a bucket of another region, which answers with a redirect, like any failed call', async () => {
    // Prepare: an eu-west-1 job whose script lives in a us-east-1 bucket; S3 answers the eu-west-1 endpoint with a redirect.
    const scripts = { ...SCRIPTS, 'orders-etl-000': 's3://us-shared-scripts/jobs/orders-etl-000.py' };
    const faults: FaultSpec[] = [{ service: 's3', operation: 'GetBucketVersioning', input: { Bucket: 'us-shared-scripts' }, error: 'PermanentRedirect', message: 'The bucket you are attempting to access must be addressed using the specified endpoint.' }];
    // Act
    const { result } = await collect(account(), faults, scripts);
    // Assess
    expect(bucket(result, 'us-shared-scripts')?.unknown?.versioning).toMatch(/PermanentRedirect/);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'PermanentRedirect', resourceArn: bucketArn('us-shared-scripts') })]);
  });

  it('records a script bucket that no longer exists as an error, never as unversioned', async () => {
    // Act
    const { result } = await collect(account(BUCKETS.filter((b) => b.name !== ASSETS)));
    // Assess
    expect(bucket(result, ASSETS)?.versioning).toBeUndefined();
    expect(result.errors).toEqual([expect.objectContaining({ code: 'NoSuchBucket', kind: 'not-found', resourceArn: bucketArn(ASSETS) })]);
  });

  it('reads each region\'s script buckets in that region, and nothing where no job has an S3 script', async () => {
    // Prepare: the Glue fake's default locations, one assets bucket per region.
    const spec: FakeAccountSpec = {
      accountId: ACCOUNT,
      regions: {
        [REGION]: { glue: { jobs: JOBS.slice(0, 3) }, s3: { buckets: [{ name: ASSETS, versioning: 'Enabled' }] } },
        [OTHER_REGION]: { glue: { jobs: [{ name: 'ray-sandbox', command: 'glueray' }] }, s3: { buckets: [] } },
      },
    };
    // Act
    const { fake, result } = await collect(spec, [], { 'ray-sandbox': undefined }, [REGION, OTHER_REGION]);
    // Assess
    expect(fake.callsTo('s3:GetBucketVersioning')).toEqual([expect.objectContaining({ region: REGION, input: { Bucket: ASSETS } })]);
    expect(buckets(result)).toEqual([expect.objectContaining({ bucketName: ASSETS, region: REGION, versioning: 'Enabled' })]);
  });

  it('degrades only the jobs of the denied bucket in a full scan', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 's3', operation: 'GetBucketVersioning', input: { Bucket: 'marketing-etl-scripts' }, error: 'AccessDenied' }];
    restore = new FakeAws(account(), { faults, services: services() }).install();
    // Act
    const result = await scan(buildConfig({ regions: [REGION], services: ['glue'], checkIds: ['glue.job.script_versioned'] }), { now: () => new Date('2026-11-20T09:00:00Z') });
    // Assess
    const status = (job: string) => result.findings.find((f) => f.resourceName === job)?.status;
    expect(status('orders-etl-000')).toBe('FAIL'); // finance-etl-scripts: Suspended
    expect(status('orders-etl-001')).toBe('NOT_EVALUATED'); // marketing-etl-scripts: denied
    expect(status('orders-etl-002')).toBe('PASS'); // the assets bucket: Enabled
    expect(status('ray-sandbox')).toBe('NOT_APPLICABLE');
    expect(result.findings.find((f) => f.resourceName === 'orders-etl-001')?.reason).toContain('AccessDenied');
  });
});
