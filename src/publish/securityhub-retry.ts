/**
 * Bounded exponential backoff for Security Hub calls and for the transient entries of `FailedFindings`.
 * Sleep and randomness are injectable so tests never wait.
 */
import { classifyError, errorCode } from '../aws/errors.js';
import type { Sleep } from './rate-limit.js';

export const PUBLISH_RETRY = {
  /** Attempts per call, and rounds per transiently failed finding, including the first. */
  maxAttempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
} as const;

/**
 * FailedFindings codes worth retrying: throttling and Security Hub's own transient faults. Anything else
 * (InvalidInput, AccessDenied, InvalidAccess, limits on the finding itself) will fail the same way again.
 */
export const TRANSIENT_IMPORT_CODES: ReadonlySet<string> = new Set([
  'InternalFailure', 'InternalError', 'InternalException', 'ServiceUnavailable', 'ServiceUnavailableException',
  'ThrottlingException', 'Throttling', 'TooManyRequestsException', 'LimitExceededException', 'RequestTimeout',
  'RequestTimeoutException',
]);

export interface RetryOptions {
  sleep: Sleep;
  /** In [0, 1); jitter spreads retries of concurrent publishers. */
  random?: () => number;
  maxAttempts?: number;
}

/** Delay before retry number `attempt` (1-based): base * 2^(attempt-1), capped, with jitter in [50%, 100%]. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(PUBLISH_RETRY.maxDelayMs, PUBLISH_RETRY.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** True for a whole-call error worth retrying: throttling, timeouts and server faults. */
export function transientCallError(error: unknown): boolean {
  const kind = classifyError(error);
  if (kind === 'throttled' || kind === 'timeout') return true;
  const e = error as { $fault?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return e?.$fault === 'server' || (e?.$metadata?.httpStatusCode ?? 0) >= 500 || TRANSIENT_IMPORT_CODES.has(errorCode(error));
}

export interface RetryStats {
  retries: number;
  throttles: number;
}

/** Runs `call`, retrying transient errors with backoff; rethrows the last error. */
export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions, stats: RetryStats): Promise<T> {
  const max = options.maxAttempts ?? PUBLISH_RETRY.maxAttempts;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (classifyError(error) === 'throttled') stats.throttles += 1;
      if (attempt >= max || !transientCallError(error)) throw error;
      stats.retries += 1;
      await options.sleep(backoffMs(attempt, options.random));
    }
  }
}
