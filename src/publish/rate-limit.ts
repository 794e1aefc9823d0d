/**
 * Token buckets for Security Hub's per-account, per-region request rate. Every Security Hub call of a
 * publish (reads and imports) takes a token from its (account, region) bucket first.
 */
import { SECURITY_HUB_RATE } from '../findings/asff-limits.js';

/** Milliseconds on a monotonic clock. */
export type Clock = () => number;
export type Sleep = (ms: number) => Promise<void>;

export const realClock: Clock = () => performance.now();
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `perSecond` tokens a second, holding at most `burst`; starts full. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  /** Total milliseconds callers were made to wait. */
  waitedMs = 0;

  constructor(
    readonly perSecond: number,
    readonly burst: number,
    private readonly clock: Clock = realClock,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.tokens = burst;
    this.last = clock();
  }

  /** Resolves when a token is available, and takes it. */
  async take(): Promise<void> {
    for (;;) {
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const wait = Math.max(1, Math.ceil(((1 - this.tokens) / this.perSecond) * 1000));
      this.waitedMs += wait;
      await this.sleep(wait);
    }
  }

  private refill(): void {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}

/** One bucket per (account, region), created on first use; share one instance across publishes of an account. */
export class RateLimiters {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly clock: Clock = realClock,
    private readonly sleep: Sleep = realSleep,
    private readonly rate: { perSecond: number; burst: number } = SECURITY_HUB_RATE,
  ) {}

  for(accountId: string, region: string): TokenBucket {
    const key = `${accountId}/${region}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.rate.perSecond, this.rate.burst, this.clock, this.sleep);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Milliseconds waited across every bucket. */
  get waitedMs(): number {
    return [...this.buckets.values()].reduce((sum, b) => sum + b.waitedMs, 0);
  }
}
