/**
 * A realistic AWS in front of the fake account: per-call latency, token-bucket rate limits per
 * (service, region, operation) answering with each service's real throttling error code, and a log of
 * attempts per operation. Wraps a transport to the fake account (`bench/fake-server.ts`), inside the SDK
 * pipeline below the retry layer: the SDK's adaptive retry reacts to it for real.
 * Sources and assumptions for every rate: bench/README.md.
 */
import type { Transport } from '../src/aws/client-factory.js';
import { awsError } from '../test/fake-aws/errors.js';

export interface Bucket {
  /** Sustained requests per second (refill rate). */
  rps: number;
  /** Bucket size: requests allowed in a burst. */
  burst: number;
}

/** Per-operation limits; `<service>:*` is the service's default for operations not listed. */
export const RATE_LIMITS: Record<string, Bucket> = {
  // DynamoDB control plane: documented account-wide ceiling 2,500 rps; per-operation rates observed far lower.
  'dynamodb:*': { rps: 20, burst: 20 },
  'dynamodb:ListTables': { rps: 20, burst: 20 },
  'dynamodb:DescribeTable': { rps: 20, burst: 40 },
  'dynamodb:DescribeContinuousBackups': { rps: 20, burst: 20 },
  'dynamodb:ListTagsOfResource': { rps: 10, burst: 10 },
  'dynamodb:GetResourcePolicy': { rps: 20, burst: 20 },
  'dynamodb:ListBackups': { rps: 5, burst: 5 },
  // KMS: DescribeKey has its own per-Region request quota (assumed 2,000 rps; see README).
  'kms:*': { rps: 2000, burst: 2000 },
  // EC2 non-mutating (Describe*) actions: bucket 100, refill 20/s (EC2 API throttling guide).
  'ec2:*': { rps: 20, burst: 100 },
  'dax:*': { rps: 10, burst: 10 },
  'redshift:*': { rps: 10, burst: 10 },
  'rds:*': { rps: 10, burst: 20 },
  'glue:*': { rps: 10, burst: 10 },
  'iam:*': { rps: 15, burst: 15 },
  'logs:*': { rps: 10, burst: 10 },
  'cloudtrail:*': { rps: 5, burst: 5 },
  'lakeformation:*': { rps: 10, burst: 10 },
  'secretsmanager:*': { rps: 50, burst: 50 },
  'redshift-serverless:*': { rps: 10, burst: 10 },
  'securityhub:*': { rps: 10, burst: 30 },
  'sts:*': { rps: 100, burst: 100 },
};

/** The error code each service throttles with (the SDK's retry classifies every one as throttling). */
export const THROTTLE_CODES: Record<string, string> = {
  ec2: 'RequestLimitExceeded',
  redshift: 'Throttling',
  rds: 'Throttling',
  iam: 'Throttling',
  sts: 'Throttling',
  securityhub: 'TooManyRequestsException',
};
const DEFAULT_THROTTLE_CODE = 'ThrottlingException';

export interface BenchTransportOptions {
  latencyMs: number;
  limits?: Record<string, Bucket>;
  /** Multiplies every rate and divides every latency: runs the same account faster for scale runs. */
  timeScale?: number;
  clock?: () => number;
}

/** Stable JSON (sorted keys) so equal inputs compare equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return `{${Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Effective limit for an action: the per-operation bucket, else the service's default, rates scaled. */
export function limitFor(service: string, operation: string, timeScale = 1, limits: Record<string, Bucket> = RATE_LIMITS): Bucket {
  const base = limits[`${service}:${operation}`] ?? limits[`${service}:*`] ?? { rps: 10, burst: 10 };
  return { rps: base.rps * timeScale, burst: base.burst };
}

/** Attempts per (service, region, operation): admitted by the rate limit, and refused by it. */
export interface CallCount {
  service: string;
  region: string;
  operation: string;
  calls: number;
  throttled: number;
}

export class BenchTransport {
  /** Counters only: what each call was (for duplicates) is kept by the fake AWS's own process. */
  private readonly counts = new Map<string, CallCount>();
  private readonly buckets = new Map<string, { tokens: number; at: number; limit: Bucket }>();
  private readonly clock: () => number;
  private readonly scale: number;

  constructor(
    private readonly inner: Transport,
    private readonly options: BenchTransportOptions,
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.scale = options.timeScale ?? 1;
  }

  /** The effective limit for an action (scaled). */
  limitFor(service: string, operation: string): Bucket {
    return limitFor(service, operation, this.scale, this.options.limits);
  }

  get latencyMs(): number {
    return this.options.latencyMs / this.scale;
  }

  private take(service: string, region: string, operation: string): boolean {
    const key = `${service}|${region}|${operation}`;
    const now = this.clock();
    let b = this.buckets.get(key);
    if (!b) {
      const limit = this.limitFor(service, operation);
      b = { tokens: limit.burst, at: now, limit };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(b.limit.burst, b.tokens + ((now - b.at) / 1000) * b.limit.rps);
    b.at = now;
    let count = this.counts.get(key);
    if (!count) {
      count = { service, region, operation, calls: 0, throttled: 0 };
      this.counts.set(key, count);
    }
    if (b.tokens < 1) {
      count.throttled += 1;
      return false;
    }
    b.tokens -= 1;
    count.calls += 1;
    return true;
  }

  transport(): Transport {
    return async (call) => {
      const admitted = this.take(call.service, call.region, call.operation);
      const latency = this.latencyMs;
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      if (!admitted) {
        const code = THROTTLE_CODES[call.service] ?? DEFAULT_THROTTLE_CODE;
        throw awsError(code, `Rate exceeded for ${call.service}:${call.operation} in ${call.region}`);
      }
      return this.inner(call);
    };
  }

  /** Attempts per (service, region, operation), admitted (answered or answered with an error) and refused. */
  callCounts(): CallCount[] {
    return [...this.counts.values()].map((c) => ({ ...c }));
  }
}

/**
 * Client-side pacing, to measure what the runner would gain from it: before a call leaves the client
 * (above the SDK's retry layer), wait for a token of its (service, region, operation) bucket at the known
 * rate, so calls are spread at the rate AWS accepts instead of being throttled and retried.
 */
export class Pacer {
  private readonly next = new Map<string, number>();

  constructor(private readonly limitFor: (service: string, operation: string) => Bucket) {}

  /** Resolves when the call may be sent. */
  async take(service: string, region: string, operation: string): Promise<void> {
    const key = `${service}|${region}|${operation}`;
    const { rps, burst } = this.limitFor(service, operation);
    // A 5% margin keeps the spread below the limit despite jitter between here and the service.
    const interval = 1000 / (rps * 0.95);
    const now = performance.now();
    // Earliest slot: one interval after the previous one; up to `burst - 1` calls may go at once.
    const floor = now - Math.max(0, burst - 2) * interval;
    const slot = Math.max(this.next.get(key) ?? floor, floor);
    this.next.set(key, slot + interval);
    const wait = slot - now;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
