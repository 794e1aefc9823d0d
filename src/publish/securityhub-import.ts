/**
 * BatchImportFindings within Security Hub's limits (100 findings and 6 MB a call), behind the region's
 * token bucket, retrying throttled calls and transient FailedFindings, reporting the permanent ones.
 */
import { BatchImportFindingsCommand, type AwsSecurityFinding, type BatchImportFindingsCommandOutput, type SecurityHubClient } from '@aws-sdk/client-securityhub';
import { errorCode, errorMessage } from '../aws/errors.js';
import { IMPORT_LIMITS, jsonBytes } from '../findings/asff-limits.js';
import type { TokenBucket } from './rate-limit.js';
import { backoffMs, PUBLISH_RETRY, TRANSIENT_IMPORT_CODES, transientCallError, withRetry, type RetryOptions, type RetryStats } from './securityhub-retry.js';

/** Bytes of the request around the findings (`{"Findings":[...]}` and commas), kept as headroom. */
const ENVELOPE_BYTES = 1024;

/** A finding Security Hub did not accept, with its reason. */
export interface FailedFinding {
  id: string;
  region: string;
  code: string;
  message: string;
}

export interface ImportResult {
  imported: Set<string>;
  failed: FailedFinding[];
  batches: number;
}

/** Splits findings into batches of at most `maxFindings` and `maxBytes` (serialized), in order, as they are consumed. */
export function* batchesOf(findings: Iterable<AwsSecurityFinding>, maxFindings: number = IMPORT_LIMITS.batchFindings, maxBytes: number = IMPORT_LIMITS.batchBytes): Generator<AwsSecurityFinding[]> {
  let current: AwsSecurityFinding[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const finding of findings) {
    const size = jsonBytes(finding) + 1;
    if (current.length > 0 && (current.length >= maxFindings || bytes + size > maxBytes)) {
      yield current;
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(finding);
    bytes += size;
  }
  if (current.length > 0) yield current;
}

export interface ImportContext {
  client: SecurityHubClient;
  region: string;
  bucket: TokenBucket;
  retry: RetryOptions;
  stats: RetryStats & { calls: number };
}

/**
 * Imports `findings`, one batch at a time as the iterable yields them (a lazy plan is never held whole);
 * transient per-finding failures are re-sent in later rounds, up to the attempt bound.
 */
export async function importFindings(findings: Iterable<AwsSecurityFinding>, ctx: ImportContext): Promise<ImportResult> {
  const result: ImportResult = { imported: new Set(), failed: [], batches: 0 };
  const maxRounds = ctx.retry.maxAttempts ?? PUBLISH_RETRY.maxAttempts;
  let pending: Iterable<AwsSecurityFinding> = findings;
  for (let round = 1; ; round += 1) {
    const retryable: AwsSecurityFinding[] = [];
    for (const batch of batchesOf(pending)) {
      result.batches += 1;
      let out: BatchImportFindingsCommandOutput;
      try {
        out = await withRetry(
          async () => {
            await ctx.bucket.take();
            ctx.stats.calls += 1;
            return ctx.client.send(new BatchImportFindingsCommand({ Findings: batch }));
          },
          ctx.retry,
          ctx.stats,
        );
      } catch (error) {
        // The whole call failed for good: every finding in it is reported with the call's error.
        const code = errorCode(error);
        const message = errorMessage(error);
        for (const f of batch) result.failed.push({ id: f.Id ?? '', region: ctx.region, code, message: transientCallError(error) ? `${message} (gave up after ${maxRounds} attempts)` : message });
        continue;
      }
      const failedIds = new Set<string>();
      for (const entry of out.FailedFindings ?? []) {
        const id = entry.Id ?? '';
        failedIds.add(id);
        const failure: FailedFinding = { id, region: ctx.region, code: entry.ErrorCode ?? 'UnknownError', message: entry.ErrorMessage ?? '' };
        const finding = batch.find((f) => f.Id === id);
        if (finding && TRANSIENT_IMPORT_CODES.has(failure.code) && round < maxRounds) {
          retryable.push(finding);
        } else result.failed.push(TRANSIENT_IMPORT_CODES.has(failure.code) ? { ...failure, message: `${failure.message} (gave up after ${round} attempts)` } : failure);
      }
      for (const f of batch) if (f.Id && !failedIds.has(f.Id)) result.imported.add(f.Id);
    }
    if (retryable.length === 0) return result;
    pending = retryable;
    ctx.stats.retries += retryable.length;
    await ctx.retry.sleep(backoffMs(round, ctx.retry.random));
  }
}
