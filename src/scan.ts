/**
 * The pipeline, behind one function both doors call: collect -> inventory -> evaluate -> findings -> publish.
 */
import { setMaxListeners } from 'node:events';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CHECKS } from '../checks/index.js';
import { ClientFactory, type Transport } from './aws/client-factory.js';
import { COLLECTORS } from './collectors/index.js';
import { runCollectors } from './collectors/runner.js';
import type { Collector } from './collectors/types.js';
import type { ScanConfig } from './config/scan-config.js';
import type { AnyCheck } from './engine/check.js';
import { evaluations } from './engine/evaluate.js';
import { homeRegion, type IamAction, type Status } from './vocabulary.js';
import { toFinding, type Finding } from './findings/finding.js';
import { applySuppressions } from './findings/suppressions.js';
import { readManifest, writeManifest } from './aws/recording.js';
import { canonicalize } from './inventory/canonical.js';
import { loadSnapshot, saveSnapshot } from './inventory/snapshot.js';
import { INVENTORY_SCHEMA_VERSION, scopeEnumerated, type Inventory } from './inventory/types.js';
import type { ScanResult } from './publish/result.js';
import { publishToSecurityHub } from './publish/securityhub.js';

export type { ScanResult };

export interface ScanDeps {
  /** Builds SDK clients; one is created from the config when absent. */
  factory?: ClientFactory;
  /** Answers SDK calls inside the pipeline (fake accounts, benchmark). */
  transport?: Transport;
  /** Clock, for deterministic tests. */
  now?: () => Date;
  /** Progress messages. */
  onProgress?: (message: string) => void;
  /** Overrides the registries (tests). */
  checks?: readonly AnyCheck[];
  collectors?: readonly Collector[];
}

/** Checks selected by `services` (all when empty). */
export function selectChecks(config: Pick<ScanConfig, 'services' | 'checkIds'>, checks: readonly AnyCheck[] = CHECKS): AnyCheck[] {
  return checks.filter(
    (c) => (config.services.length === 0 || config.services.includes(c.service)) && (!config.checkIds || config.checkIds.length === 0 || config.checkIds.includes(c.id)),
  );
}

/** Collectors that provide the data the selected checks use; dependent collectors follow their primaries. */
export function selectCollectors(checks: readonly AnyCheck[], collectors: readonly Collector[] = COLLECTORS): Collector[] {
  const needed = new Set<IamAction>(checks.flatMap((c) => c.uses));
  return collectors.filter((c) => c.actions.some((a) => needed.has(a)));
}

async function resolveAccount(config: ScanConfig, factory: ClientFactory): Promise<{ accountId: string; partition: string }> {
  if (config.accountId) return { accountId: config.accountId, partition: config.partition ?? 'aws' };
  const sts = factory.get(STSClient, homeRegion(config.regions));
  let identity;
  try {
    identity = await sts.send(new GetCallerIdentityCommand({}));
  } catch (error) {
    throw new Error(`could not identify the AWS account (sts:GetCallerIdentity): ${(error as Error).message}. Check the credentials, or set accountId.`);
  }
  const partition = identity.Arn?.split(':')[1] ?? 'aws';
  if (!identity.Account) throw new Error('sts:GetCallerIdentity returned no Account');
  return { accountId: identity.Account, partition };
}

/** Collects (or loads) the inventory for the configured scope. */
export async function collect(config: ScanConfig, deps: ScanDeps, factory: ClientFactory, checks: readonly AnyCheck[], signal: AbortSignal): Promise<Inventory> {
  const now = deps.now ?? (() => new Date());
  // A replay holds data collected when it was recorded: judge it as of then, so verdicts never drift.
  const collectedAt = (config.replay ? readManifest(config.replay)?.recordedAt : undefined) ?? now().toISOString();
  const { accountId, partition } = await resolveAccount(config, factory);
  const collectors = selectCollectors(checks, deps.collectors ?? COLLECTORS);
  const collected = await runCollectors({
    collectors,
    regions: config.regions,
    accountId,
    partition,
    factory,
    classification: config.classification,
    signal,
    onProgress: deps.onProgress,
  });
  return canonicalize({
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    accountId,
    partition,
    collectedAt,
    regions: [...config.regions],
    services: [...new Set(collectors.map((c) => c.service))].sort(),
    resources: collected.resources,
    errors: collected.errors,
    scopes: collected.scopes,
  });
}

/** Runs the whole pipeline. Never loses what was collected: a deadline stops collection, not evaluation. */
export async function scan(config: ScanConfig, deps: ScanDeps = {}, signal: AbortSignal = new AbortController().signal): Promise<ScanResult> {
  const started = Date.now();
  // Every in-flight SDK call listens on the signal; hundreds at once are expected, not a leak.
  setMaxListeners(0, signal);
  const factory = deps.factory ?? new ClientFactory({ profile: config.profile, record: config.record, replay: config.replay, transport: deps.transport });
  try {
    const checks = selectChecks(config, deps.checks ?? CHECKS);
    const inventory = config.snapshotIn ? loadSnapshot(config.snapshotIn) : await collect(config, deps, factory, checks, signal);
    if (config.record && !config.snapshotIn) {
      writeManifest(config.record, { accountId: inventory.accountId, partition: inventory.partition, regions: inventory.regions, recordedAt: inventory.collectedAt });
    }
    // A snapshot that cannot be written must not cost the scan: evaluate and publish, and report it.
    let snapshotError: string | undefined;
    if (config.snapshotOut) {
      try {
        saveSnapshot(config.snapshotOut, inventory);
      } catch (error) {
        snapshotError = `the inventory could not be saved to ${config.snapshotOut}: ${(error as Error).message}`;
      }
    }
    // Each evaluation becomes a finding as it is made: only findings are held, never both.
    const judged: Finding[] = [];
    for (const e of evaluations(inventory, checks, config.settings)) judged.push(toFinding(e, inventory.collectedAt));
    const suppression = config.suppressions
      ? applySuppressions(judged, config.suppressions, inventory, (deps.now ?? (() => new Date()))())
      : { findings: judged, suppressed: 0, expired: [] };
    const findings = suppression.findings;
    const counts: Record<Status, number> = { PASS: 0, FAIL: 0, NOT_EVALUATED: 0, NOT_APPLICABLE: 0 };
    for (const f of findings) counts[f.status] += 1;
    const result: ScanResult = {
      inventory,
      findings,
      counts,
      partial: inventory.scopes.some((s) => !scopeEnumerated(s.state)),
      suppressed: suppression.suppressed,
      expiredSuppressions: suppression.expired,
      api: {
        calls: factory.stats.totalCalls,
        attempts: factory.stats.attempts,
        throttles: factory.stats.throttles,
        failures: factory.stats.failures,
        byAction: Object.fromEntries(factory.stats.calls),
      },
      durationMs: 0,
      ...(snapshotError ? { snapshotError } : {}),
    };
    if (config.publish.securityHub) {
      result.publish = await publishToSecurityHub(findings, inventory, { factory, config: config.publish, now: deps.now ?? (() => new Date()) });
    }
    result.durationMs = Date.now() - started;
    return result;
  } finally {
    if (!deps.factory) factory.destroy();
  }
}
