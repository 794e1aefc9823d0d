/** Shared set-up for the fault suite: a small synthetic account scanned through the real SDK pipeline. */
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { ClientFactory, AWS_DEFAULTS, type Transport } from '../../src/aws/client-factory.js';
import type { AnyClient, ClientConstructor } from '../../src/collectors/types.js';
import { buildConfig, type ScanConfig } from '../../src/config/scan-config.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { FakeAws, type FakeOptions } from '../fake-aws/fake-aws.js';
import { SMALL_SIZE, syntheticAccount, type SyntheticSize } from '../fake-aws/synthetic.js';
import type { FakeAccountSpec } from '../fake-aws/types.js';

export const NOW = () => new Date('2026-11-20T00:00:00Z');

export function faultConfig(size: SyntheticSize = SMALL_SIZE, extra: Partial<ScanConfig> = {}): ScanConfig {
  return buildConfig({ regions: size.regions, accountId: '111122223333', ...extra });
}

/** Backoff between retries in the fault suite: the SDK's retry decisions and retry quota, with millisecond waits. */
export const TEST_BACKOFF_MS = 2;

/**
 * The production ClientFactory, with each client's retry strategy swapped for the SDK's own
 * ConfiguredRetryStrategy (same retryable-error rules and retry quota, short backoff, no adaptive
 * client-side rate limiter), so throttling scenarios run in milliseconds. ClientFactoryOptions has no
 * retry-strategy option yet; the strategy is set on the client's resolved config.
 */
export class FastRetryFactory extends ClientFactory {
  private readonly tuned = new WeakSet<object>();

  override get<C extends AnyClient>(Ctor: ClientConstructor<C>, region: string): C {
    const client = super.get(Ctor, region);
    if (!this.tuned.has(client)) {
      const strategy = new ConfiguredRetryStrategy(AWS_DEFAULTS.maxAttempts, TEST_BACKOFF_MS);
      (client.config as { retryStrategy: () => Promise<unknown> }).retryStrategy = () => Promise.resolve(strategy);
      this.tuned.add(client);
    }
    return client;
  }
}

export interface Run {
  fake: FakeAws;
  factory: ClientFactory;
  result: ScanResult;
}

/** Scans `account` through `FakeAws.transport()` (SDK retry runs for real). */
export async function scanWith(
  options: FakeOptions = {},
  account: FakeAccountSpec = syntheticAccount(),
  config: ScanConfig = faultConfig(),
  signal?: AbortSignal,
  wrap: (transport: Transport) => Transport = (t) => t,
): Promise<Run> {
  const fake = new FakeAws(account, options);
  const factory = new FastRetryFactory({ transport: wrap(fake.transport()) });
  try {
    const result = await scan(config, { factory, now: NOW }, signal);
    return { fake, factory, result };
  } finally {
    factory.destroy();
  }
}

/** `checkId resourceArn -> status`, to compare a faulty scan with a clean one. */
export function verdicts(result: ScanResult): Map<string, string> {
  return new Map(result.findings.map((f) => [`${f.checkId} ${f.resourceArn}`, f.status]));
}

/** NOT_EVALUATED verdicts other than those no control-plane scan can reach (grants, RLS, masking need SQL). */
export function blindSpots(result: ScanResult) {
  return result.findings.filter((f) => f.status === 'NOT_EVALUATED' && !(f.checkId.endsWith('.fine_grained_access') && f.reason.includes('SQL')));
}
