/**
 * The Lambda door: middy with Powertools Logger and Metrics. Parses the event into a config, scans with a
 * deadline that leaves time to evaluate and publish, records metrics, and fails the invocation visibly
 * (so the template's alarm fires) when findings could not be imported.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { accountOfFunction, parseLambdaInput } from './config/lambda-input.js';
import { METRICS_NAMESPACE, recordScanMetrics } from './publish/metrics.js';
import { assertPublished } from './publish/securityhub.js';
import { scan, type ScanDeps } from './scan.js';

/** middy aborts its own signal this long before Lambda's deadline. */
export const TIMEOUT_EARLY_MS = 1_000;

export interface ScanSummary {
  ok: boolean;
  accountId: string;
  regions: string[];
  resources: number;
  counts: Record<string, number>;
  suppressed: number;
  partial: boolean;
  collectionErrors: number;
  published?: { created: number; refreshed: number; resolved: number; archived: number; unchanged: number; failed: number };
  durationMs: number;
}

export interface HandlerDeps {
  logger: Logger;
  metrics: Metrics;
  env: Record<string, string | undefined>;
  scanDeps?: ScanDeps;
}

/** The handler body, without middy: testable with any context and signal. */
export async function runScan(event: unknown, context: Pick<Context, 'invokedFunctionArn' | 'getRemainingTimeInMillis'>, signal: AbortSignal, deps: HandlerDeps): Promise<ScanSummary> {
  const { logger, metrics, env } = deps;
  const own = accountOfFunction(context.invokedFunctionArn);
  const { config, trigger, publishReserveMs: reserve } = parseLambdaInput(event, env, own.accountId);
  if (own.partition && !config.partition) config.partition = own.partition;

  // Stop collecting early enough to evaluate and publish what was collected (design invariant 4).
  const collectFor = Math.max(1_000, context.getRemainingTimeInMillis() - reserve);
  const collection = new AbortController();
  const timer = setTimeout(() => collection.abort(new Error(`the collection deadline was reached (Lambda time left less DP_PUBLISH_RESERVE_MS=${reserve})`)), collectFor);
  const deadline = AbortSignal.any([signal, collection.signal]);
  logger.info('scan starting', { trigger, regions: config.regions, services: config.services, collectForMs: collectFor, publish: config.publish.securityHub });

  let result;
  try {
    result = await scan(config, { ...deps.scanDeps, onProgress: (message) => logger.debug(message) }, deadline);
  } finally {
    clearTimeout(timer);
  }

  for (const e of result.inventory.errors) logger.warn('collection error', { ...e });
  for (const e of result.expiredSuppressions) logger.warn('suppression expired', { ...e });
  for (const f of result.publish?.failed ?? []) logger.error('finding not imported', { ...f });
  for (const e of result.publish?.regionErrors ?? []) logger.error('region not published', { ...e });
  recordScanMetrics(metrics, result);

  const p = result.publish;
  const summary: ScanSummary = {
    ok: !p || p.ok,
    accountId: result.inventory.accountId,
    regions: result.inventory.regions,
    resources: result.inventory.resources.length,
    counts: result.counts,
    suppressed: result.suppressed,
    partial: result.partial,
    collectionErrors: result.inventory.errors.length,
    durationMs: result.durationMs,
  };
  if (p) summary.published = { created: p.created, refreshed: p.refreshed, resolved: p.resolved, archived: p.archived, unchanged: p.unchanged, failed: p.failed.length };
  logger.info('scan finished', { ...summary });
  if (p) assertPublished(p);
  return summary;
}

const logger = new Logger({ serviceName: 'data-posture' });
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'data-posture' });

export const handler = middy({ timeoutEarlyInMillis: TIMEOUT_EARLY_MS })
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }))
  .handler((event: unknown, context: Context, { signal }: { signal: AbortSignal }) => runScan(event, context, signal, { logger, metrics, env: process.env }));
