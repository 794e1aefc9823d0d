import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../src/aws/client-factory.js';
import { ConfigError } from '../../src/config/errors.js';
import { handler } from '../../src/handler.js';
import { METRIC } from '../../src/publish/metrics.js';
import { PublishError } from '../../src/publish/securityhub.js';
import { lambdaOverDemo, type LambdaRun } from '../doors/lambda.js';

const event = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../events/${name}`, import.meta.url), 'utf8'));
const PUBLISH = { DP_PUBLISH: 'true' };
const REGIONS = ['eu-west-1', 'us-east-1'];

const storedAll = (run: LambdaRun) => REGIONS.flatMap((r) => run.stored(r));
const byCompliance = (run: LambdaRun, status: string) => storedAll(run).filter((f) => f.Compliance?.Status === status);
const collectionCalls = (run: LambdaRun) => run.fake.calls.filter((c) => c.service !== 'securityhub');

/** Fails the invocation the way middy does when the deadline nears: the signal fires as the first eu-west-1 table is described. */
function deadlineAtEuWest1(controller: AbortController) {
  return (inner: Transport): Transport => (call) => {
    if (call.region === 'eu-west-1' && call.operation === 'DescribeTable') controller.abort(new Error('the Lambda deadline was reached'));
    return inner(call);
  };
}

describe('the scheduled scan', () => {
  it('scans the configured regions, publishes every failure and blind spot to Security Hub and records metrics', async () => {
    // Prepare
    const run = lambdaOverDemo(event('scheduled.json'), { env: PUBLISH });
    // Act
    const summary = await run.invoke();
    // Assess
    expect(summary).toMatchObject({ ok: true, accountId: '111122223333', regions: REGIONS, partial: false });
    expect(summary.counts.FAIL).toBeGreaterThan(0);
    expect(summary.published).toMatchObject({ failed: 0, resolved: 0, archived: 0 });
    expect(summary.published?.created).toBe(storedAll(run).length);
    expect(byCompliance(run, 'FAILED')).toHaveLength(summary.counts.FAIL!);
    expect(byCompliance(run, 'NOT_AVAILABLE')).toHaveLength(summary.counts.NOT_EVALUATED!);
    expect(storedAll(run).every((f) => f.AwsAccountId === '111122223333')).toBe(true);
    // The account came from the function's ARN, not from STS.
    expect(run.fake.callsTo('sts:GetCallerIdentity')).toEqual([]);
    expect(run.metrics.value(METRIC.resources)).toBe(summary.resources);
    expect(run.metrics.value(METRIC.findings, { Status: 'FAIL' })).toBe(summary.counts.FAIL);
    expect(run.metrics.value(METRIC.created)).toBe(summary.published?.created);
    expect(run.metrics.value(METRIC.importFailed)).toBe(0);
  });

  it('a second run finds everything in Security Hub and re-sends nothing', async () => {
    // Prepare
    const run = lambdaOverDemo(event('scheduled.json'), { env: PUBLISH });
    const first = await run.invoke();
    // Act
    const second = await run.invoke();
    // Assess
    expect(second.published).toMatchObject({ created: 0, refreshed: 0, unchanged: first.published?.created, failed: 0 });
  });

  it('publishes nothing when DP_PUBLISH is off', async () => {
    // Prepare
    const run = lambdaOverDemo(event('scheduled.json'));
    // Act
    const summary = await run.invoke();
    // Assess
    expect(summary.published).toBeUndefined();
    expect(run.fake.calls.filter((c) => c.service === 'securityhub')).toEqual([]);
    expect(run.metrics.value(METRIC.created)).toBeUndefined();
    expect(run.metrics.value(METRIC.resources)).toBe(summary.resources);
  });
});

describe('narrowed scans', () => {
  it('the subset event scans only its region and services', async () => {
    // Prepare
    const run = lambdaOverDemo(event('scan-subset.json'), { env: PUBLISH });
    // Act
    const summary = await run.invoke();
    // Assess
    expect(summary.regions).toEqual(['eu-west-1']);
    expect(new Set(collectionCalls(run).map((c) => c.region))).toEqual(new Set(['eu-west-1']));
    expect(collectionCalls(run).some((c) => c.service.startsWith('redshift'))).toBe(false);
    const services = new Set(run.stored('eu-west-1').map((f) => f.GeneratorId?.split('.')[0]));
    expect([...services].every((s) => ['dynamodb', 'dax', 'kms'].includes(s!))).toBe(true);
    expect(run.stored('us-east-1')).toEqual([]);
  });

  it('an EventBridge rule event is narrowed by its detail', async () => {
    // Prepare
    const rule = { version: '0', id: 'b9d1c2e3-0000-4000-8000-000000000001', 'detail-type': 'Scheduled Event', source: 'aws.events', account: '111122223333', time: '2026-11-23T05:00:00Z', region: 'eu-west-1', resources: [], detail: { services: ['redshift'], regions: ['eu-west-1'] } };
    const run = lambdaOverDemo(rule, { env: PUBLISH });
    // Act
    const summary = await run.invoke();
    // Assess
    expect(summary.counts.FAIL).toBeGreaterThan(0);
    expect(new Set(run.stored('eu-west-1').map((f) => f.GeneratorId?.split('.')[0]))).toEqual(new Set(['redshift']));
    expect(collectionCalls(run).some((c) => c.service === 'dynamodb')).toBe(false);
  });
});

describe('bad input fails the invocation before anything is collected', () => {
  it.each([
    ['wrong types', { regions: 'eu-west-1', publish: 'yes' }, 'event.publish'],
    ['a misspelt field', { regoins: ['eu-west-1'] }, 'event.regoins'],
    ['a CLI output option', { output: 'findings.json' }, 'event.output'],
    ['a CLI recording option', { record: '/tmp/recording' }, 'event.record'],
    ['a bad field under detail', { detail: { services: 'dynamodb,sqs' } }, 'event.services'],
  ])('%s', async (_what, input, field) => {
    // Prepare
    const run = lambdaOverDemo(input, { env: PUBLISH });
    // Act
    const invocation = run.invoke();
    // Assess
    await expect(invocation).rejects.toBeInstanceOf(ConfigError);
    await expect(invocation).rejects.toMatchObject({ field });
    expect(run.fake.calls).toEqual([]);
    expect(run.metrics.recorded).toEqual([]);
  });

  it.each([
    ['DP_SERVICES', 'dynamodb,sqs'],
    ['DP_REFRESH_INTERVAL_DAYS', 'weekly'],
    ['DP_PUBLISH_RESERVE_MS', 'ninety seconds'],
    ['DP_PUBLISH_RESERVE_MS', '-5000'],
  ])('an invalid %s=%j is named by the variable', async (name, value) => {
    // Prepare
    const run = lambdaOverDemo({}, { env: { [name]: value } });
    // Act
    const invocation = run.invoke();
    // Assess
    await expect(invocation).rejects.toBeInstanceOf(ConfigError);
    await expect(invocation).rejects.toThrow(new RegExp(`^${name}`));
    expect(run.fake.calls).toEqual([]);
  });
});

describe('a deadline', () => {
  it('middy\'s early-timeout signal stops collection; what was collected is evaluated, published and measured', async () => {
    // Prepare
    const controller = new AbortController();
    const run = lambdaOverDemo({ services: ['dynamodb'], regions: ['us-east-1', 'eu-west-1'] }, { env: PUBLISH, signal: controller.signal, wrap: deadlineAtEuWest1(controller) });
    // Act
    const summary = await run.invoke();
    // Assess
    expect(summary).toMatchObject({ ok: true, partial: true });
    expect(summary.counts.PASS! + summary.counts.FAIL!).toBeGreaterThan(0);
    expect(summary.counts.NOT_EVALUATED).toBeGreaterThan(0);
    expect(byCompliance(run, 'FAILED')).toHaveLength(summary.counts.FAIL!);
    expect(byCompliance(run, 'NOT_AVAILABLE').some((f) => /deadline was reached/.test(f.Compliance?.StatusReasons?.[0]?.Description ?? f.Description ?? ''))).toBe(true);
    expect(run.metrics.value(METRIC.incompleteScopes)).toBeGreaterThan(0);
    expect(run.metrics.value(METRIC.created)).toBe(storedAll(run).length);
  });

  it('the remaining time less DP_PUBLISH_RESERVE_MS bounds collection, leaving the reserve to publish', async () => {
    // Prepare: 600 s left, 599 s reserved: collection gets 1 s, and DynamoDB answers DescribeTable only after 1.2 s.
    const hold = (inner: Transport): Transport => async (call) => {
      if (call.operation === 'DescribeTable') await new Promise((resolve) => setTimeout(resolve, 1_200));
      return inner(call);
    };
    const run = lambdaOverDemo({ services: ['dynamodb'] }, { env: { ...PUBLISH, DP_PUBLISH_RESERVE_MS: '599000' }, remainingMs: 600_000, wrap: hold });
    // Act
    const summary = await run.invoke();
    // Assess
    expect(summary).toMatchObject({ ok: true, partial: true });
    expect(summary.counts.NOT_EVALUATED).toBeGreaterThan(0);
    expect(summary.published?.created).toBe(storedAll(run).length);
    expect(byCompliance(run, 'NOT_AVAILABLE').length).toBe(summary.counts.NOT_EVALUATED);
    const reasons = byCompliance(run, 'NOT_AVAILABLE').map((f) => f.Compliance?.StatusReasons?.[0]?.Description ?? '');
    expect(reasons.some((r) => r.includes('the collection deadline was reached (Lambda time left less DP_PUBLISH_RESERVE_MS=599000)'))).toBe(true);
  });
});

describe('a finding Security Hub permanently refuses', () => {
  it('fails the invocation, so the alarm fires, after publishing the rest and recording the metrics', async () => {
    // Prepare
    const refused = 'data-posture/dynamodb.table.encrypted_cmk/*';
    const run = lambdaOverDemo(event('scheduled.json'), { env: PUBLISH, securityHub: { 'eu-west-1': { failures: [{ id: refused, code: 'InvalidInput', message: 'Finding is invalid' }] } } });
    // Act
    const invocation = run.invoke();
    // Assess
    await expect(invocation).rejects.toBeInstanceOf(PublishError);
    await expect(invocation).rejects.toThrow(/Security Hub publishing incomplete: \d+ finding\(s\) failed.*eu-west-1 InvalidInput/);
    const failed = run.metrics.value(METRIC.importFailed)!;
    expect(failed).toBeGreaterThan(0);
    expect(run.stored('eu-west-1').some((f) => f.GeneratorId === 'dynamodb.table.encrypted_cmk')).toBe(false);
    expect(run.stored('eu-west-1').length).toBeGreaterThan(0);
    expect(run.stored('us-east-1').some((f) => f.GeneratorId === 'dynamodb.table.encrypted_cmk')).toBe(true);
    expect(run.metrics.value(METRIC.created)).toBe(storedAll(run).length);
  });
});

describe('the deployed handler (middy, Powertools)', () => {
  it('rejects a malformed event with the field named', async () => {
    // Prepare
    const context = { functionName: 'data-posture-scan', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:data-posture-scan', memoryLimitInMB: '1024', awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678', getRemainingTimeInMillis: () => 900_000 } as unknown as Context;
    // Act
    const invocation = handler({ regions: ['eu-west-1'], output: 'findings.json' }, context);
    // Assess
    await expect(invocation).rejects.toMatchObject({ name: 'ConfigError', field: 'event.output' });
  });
});
