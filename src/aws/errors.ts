/** Classifies SDK errors so collectors can record them as data. */
import type { ErrorKind } from '../vocabulary.js';

const ACCESS_DENIED = /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|AccessDeniedException|Forbidden/i;
/** Error names the SDK's retry strategy treats as throttling (plus a few service spellings). */
export const THROTTLING_CODES = [
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException',
  'ProvisionedThroughputExceededException', 'TransactionInProgressException', 'RequestLimitExceeded',
  'BandwidthLimitExceeded', 'LimitExceededException', 'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete',
  'EC2ThrottledException',
] as const;
const THROTTLED = new Set<string>(THROTTLING_CODES);

interface ErrorLike {
  name?: unknown;
  Code?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/** The AWS error code of anything thrown by the SDK (or by a test double). */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as ErrorLike;
    for (const candidate of [e.name, e.Code, e.code]) {
      if (typeof candidate === 'string' && candidate !== 'Error' && candidate.length > 0) return candidate;
    }
    if (e.$metadata?.httpStatusCode) return `HTTP${e.$metadata.httpStatusCode}`;
  }
  return 'UnknownError';
}

export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as ErrorLike).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

export function classifyError(error: unknown): ErrorKind {
  const code = errorCode(error);
  if (code === 'AbortError' || code === 'ScanDeadline') return 'aborted';
  if (THROTTLED.has(code) || (error as ErrorLike | undefined)?.$metadata?.httpStatusCode === 429) return 'throttled';
  if (ACCESS_DENIED.test(code)) return 'access-denied';
  if (/NotFound|NoSuch/i.test(code)) return 'not-found';
  if (/Timeout|TimedOut/i.test(code)) return 'timeout';
  if (code === 'InvalidResponse') return 'invalid-response';
  return 'error';
}
