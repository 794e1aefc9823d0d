/**
 * Publishes findings to Security Hub with the full lifecycle (design.md, "Security Hub publishing"): per
 * region, read what Security Hub holds of ours, plan the delta, import it within limits and rate.
 */
import { SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import type { ClientFactory } from '../aws/client-factory.js';
import { errorCode, errorMessage } from '../aws/errors.js';
import { forEachLimit } from '../limit.js';
import { MAX_REFRESH_INTERVAL_DAYS, type PublishConfig } from '../config/scan-config.js';
import { productArn, type AsffOptions } from '../findings/asff.js';
import type { Finding } from '../findings/finding.js';
import { GLOBAL_REGION } from '../inventory/kinds/index.js';
import type { Inventory, Resource } from '../inventory/types.js';
import { homeRegion, type IamAction } from '../vocabulary.js';
import { RateLimiters, realClock, realSleep, type Clock, type Sleep } from './rate-limit.js';
import { plannable, planSends, type SendAction } from './securityhub-delta.js';
import { importFindings, type FailedFinding } from './securityhub-import.js';
import { PUBLISH_RETRY } from './securityhub-retry.js';
import { scopeJudge } from './securityhub-scope.js';
import { ownFindingsFilter, readFindings } from './securityhub-state.js';

/** The publisher's own IAM actions: read our findings, import findings (the template grants exactly these). */
export const PUBLISH_ACTIONS = ['securityhub:BatchImportFindings', 'securityhub:GetFindings'] as const satisfies readonly IamAction[];

/** Regions published at once; each has its own rate bucket, so this only bounds open connections. */
export const PUBLISH_REGION_CONCURRENCY = 4;

export interface PublishReport {
  /** Findings sent in BatchImportFindings (each counted once, however many retries). */
  attempted: number;
  /** Findings Security Hub accepted. */
  imported: number;
  /** Findings Security Hub did not accept, with the error code and message; any entry means the publish failed. */
  failed: FailedFinding[];
  /** Regions whose current state could not be read: nothing was sent there. Any entry means the publish failed. */
  regionErrors: { region: string; code: string; message: string }[];
  /** BatchImportFindings calls made, retries included. */
  batches: number;
  /** Accepted findings by why they were sent. */
  created: number;
  refreshed: number;
  resolved: number;
  archived: number;
  /** Unchanged and fresh in Security Hub, so not re-sent. */
  unchanged: number;
  /** Findings a send-everything publisher would have imported and this one did not (Security Hub bills per ingested finding). */
  ingestionEventsSaved: number;
  /** Held by Security Hub in scopes this scan could not fully collect: left as they are. */
  untouched: number;
  /** NOT_APPLICABLE verdicts, and passes when `importPasses` is off. */
  notImported: number;
  /** Security Hub API calls, throttled responses and retries (calls and transient FailedFindings). */
  calls: number;
  throttles: number;
  retries: number;
  /** Milliseconds spent waiting for the rate limit. */
  rateLimitedMs: number;
  /** False when any finding or region failed: the Lambda must fail visibly. */
  ok: boolean;
}

export interface PublishDeps {
  factory: ClientFactory;
  config: PublishConfig;
  /** Import time (UpdatedAt, refresh age). */
  now: () => Date;
  /** Waits for backoff and rate limiting; injectable so tests never wait. */
  sleep?: Sleep;
  /** Monotonic milliseconds for the rate limiter; pair with `sleep` in tests. */
  clock?: Clock;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Rate buckets by (account, region); pass one instance to every publish into the same account. */
  limiters?: RateLimiters;
  /** ASFF resource mappers (defaults to every service's). */
  mappers?: AsffOptions['mappers'];
  /** Attempts per call and rounds per transiently failed finding. */
  maxAttempts?: number;
}

/** Region a finding is imported into: its own, or the home region for account-level resources. */
export function publishRegion(finding: Pick<Finding, 'region'>, inventory: Pick<Inventory, 'regions'>): string {
  return finding.region === GLOBAL_REGION ? homeRegion(inventory.regions) : finding.region;
}

function emptyReport(): PublishReport {
  return {
    attempted: 0, imported: 0, failed: [], regionErrors: [], batches: 0, created: 0, refreshed: 0, resolved: 0, archived: 0,
    unchanged: 0, ingestionEventsSaved: 0, untouched: 0, notImported: 0, calls: 0, throttles: 0, retries: 0, rateLimitedMs: 0, ok: true,
  };
}

/**
 * Brings Security Hub in line with this scan: creates new failures, re-sends changed or aging ones,
 * resolves passes, archives findings of resources gone from completely collected scopes, and leaves
 * everything else alone. Never throws for API errors: they are in the report (`ok: false`).
 */
export async function publishToSecurityHub(findings: Finding[], inventory: Inventory, deps: PublishDeps): Promise<PublishReport> {
  const report = emptyReport();
  const sleep = deps.sleep ?? realSleep;
  const limiters = deps.limiters ?? new RateLimiters(deps.clock ?? realClock, sleep);
  const retry = { sleep, random: deps.random, maxAttempts: deps.maxAttempts ?? PUBLISH_RETRY.maxAttempts };
  const now = deps.now();
  const scope = scopeJudge(inventory);
  const resources = new Map<string, Resource>(inventory.resources.map((r) => [r.arn, r]));
  const byRegion = new Map<string, Finding[]>(inventory.regions.map((r) => [r, []]));
  for (const f of findings) {
    const region = publishRegion(f, inventory);
    let list = byRegion.get(region);
    if (!list) byRegion.set(region, (list = []));
    list.push(f);
  }
  const recordStates = deps.config.importPasses ? ['ACTIVE', 'ARCHIVED'] : ['ACTIVE'];

  await forEachLimit([...byRegion.keys()].sort(), PUBLISH_REGION_CONCURRENCY, async (region) => {
    const client = deps.factory.get(SecurityHubClient, region);
    const bucket = limiters.for(inventory.accountId, region);
    const stats = { calls: 0, retries: 0, throttles: 0 };
    try {
      const regionFindings = byRegion.get(region) ?? [];
      // Findings judged again keep only what planning needs; the others stay whole, to be archived. The
      // set of this scan's ids is built only once Security Hub shows it holds something (never on a first scan).
      let judged: Set<string> | undefined;
      const keep = (f: AwsSecurityFinding) => ((judged ??= new Set(regionFindings.map((g) => g.id))).has(f.Id ?? '') ? plannable(f) : f);
      let stored: Map<string, AwsSecurityFinding>;
      try {
        stored = await readFindings(client, ownFindingsFilter(productArn(inventory.partition, region, inventory.accountId), inventory.accountId, region, recordStates), bucket, retry, stats, keep);
      } catch (error) {
        report.regionErrors.push({ region, code: errorCode(error), message: `could not read current findings (securityhub:GetFindings), so nothing was sent: ${errorMessage(error)}` });
        return;
      }
      judged = undefined;
      const counts = { unchanged: 0, untouched: 0, notImported: 0 };
      const input = {
        findings: regionFindings,
        stored,
        resources,
        partition: inventory.partition,
        region,
        now,
        refreshIntervalDays: Math.min(deps.config.refreshIntervalDays, MAX_REFRESH_INTERVAL_DAYS),
        importPasses: deps.config.importPasses,
        scope,
        mappers: deps.mappers,
      };
      // Planned lazily: each batch is built, imported and released before the next. Only sends other
      // than creations are remembered by id (a first scan creates everything and remembers nothing).
      const actions = new Map<string, Exclude<SendAction, 'created'>>();
      let planned = 0;
      function* sends(): Generator<AwsSecurityFinding> {
        for (const send of planSends(input, counts)) {
          planned += 1;
          if (send.action !== 'created') actions.set(send.finding.Id ?? '', send.action);
          yield send.finding;
        }
      }
      const result = await importFindings(sends(), { client, region, bucket, retry, stats });
      report.unchanged += counts.unchanged;
      report.untouched += counts.untouched;
      report.notImported += counts.notImported;
      report.attempted += planned;
      report.imported += result.imported.size;
      report.batches += result.batches;
      report.failed.push(...result.failed);
      for (const id of result.imported) report[actions.get(id) ?? 'created'] += 1;
    } finally {
      report.calls += stats.calls;
      report.retries += stats.retries;
      report.throttles += stats.throttles;
    }
  });
  report.ingestionEventsSaved = report.unchanged;
  report.rateLimitedMs = limiters.waitedMs;
  report.failed.sort((a, b) => a.id.localeCompare(b.id));
  report.regionErrors.sort((a, b) => a.region.localeCompare(b.region));
  report.ok = report.failed.length === 0 && report.regionErrors.length === 0;
  return report;
}

/** A publish that left something out of Security Hub. */
export class PublishError extends Error {
  override name = 'PublishError';
  constructor(readonly report: PublishReport) {
    const first = report.regionErrors[0] ?? report.failed[0];
    const what = `${report.failed.length} finding(s) failed and ${report.regionErrors.length} region(s) could not be published`;
    super(`Security Hub publishing incomplete: ${what}${first ? `; first: ${first.region} ${first.code}: ${first.message}` : ''}`);
  }
}

/** Throws PublishError when the report says anything failed; the doors call it so a scheduled run fails visibly. */
export function assertPublished(report: PublishReport): void {
  if (!report.ok) throw new PublishError(report);
}
