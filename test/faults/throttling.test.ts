import { describe, expect, it } from 'vitest';
import { SMALL_SIZE, syntheticAccount } from '../fake-aws/synthetic.js';
import { faultConfig, scanWith, verdicts, blindSpots } from './scenario.js';

/** The SDK's retry runs for real (with millisecond backoff, see FastRetryFactory). */
const SIZE = SMALL_SIZE;
const account = () => syntheticAccount(SIZE);
const throttled = (options: Parameters<typeof scanWith>[0]) => scanWith(options, account(), faultConfig(SIZE));

describe('throttling on 30% of calls', () => {
  it('completes with every resource evaluated and the same verdicts as an unthrottled scan', async () => {
    // Prepare
    const clean = await throttled({});
    // Act
    const { result, factory, fake } = await throttled({ faults: [{ service: '*', error: 'ThrottlingException', rate: 0.3 }], seed: 7 });
    // Assess
    expect(factory.stats.throttles).toBeGreaterThan(0);
    expect(fake.calls.length).toBeGreaterThan(result.api.calls);
    expect(result.inventory.errors).toEqual([]);
    expect(result.partial).toBe(false);
    expect(blindSpots(result)).toEqual([]);
    expect(result.findings.length).toBe(clean.result.findings.length);
    expect(verdicts(result)).toEqual(verdicts(clean.result));
  });

  it('retries every throttling error code AWS services answer with (Throttling, TooManyRequestsException, RequestLimitExceeded)', async () => {
    // Prepare
    const faults = [
      { service: 'dynamodb', operation: 'DescribeTable', error: 'Throttling', rate: 0.3 },
      { service: 'dynamodb', operation: 'ListTagsOfResource', error: 'TooManyRequestsException', rate: 0.3 },
      { service: 'kms', error: 'ThrottlingException', rate: 0.3 },
      { service: 'dynamodb', operation: 'DescribeContinuousBackups', error: 'RequestLimitExceeded', rate: 0.3 },
    ];
    const clean = await throttled({});
    // Act
    const { result, factory } = await throttled({ faults, seed: 11 });
    // Assess
    expect(factory.stats.throttles).toBeGreaterThan(0);
    expect(result.inventory.errors).toEqual([]);
    expect(verdicts(result)).toEqual(verdicts(clean.result));
  });
});
