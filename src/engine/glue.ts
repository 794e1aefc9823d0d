/**
 * Facts the Glue and Lake Formation checks share: whether a region's lake is in use (a region without
 * catalog tables or jobs is NOT_APPLICABLE, never FAIL), and the data tier of shared resources (security
 * configurations, the catalog) taken from the jobs and tables that use them.
 */
import type { GlueConnection, GlueSecurityConfiguration } from '../inventory/glue.js';
import type { Classification, Resource } from '../inventory/types.js';
import type { CheckContext } from './context.js';
import { scopeEnumerated } from '../inventory/types.js';
import type { Verdict } from './check.js';
import { raiseSeverity, type EffectiveTier, type Severity } from '../vocabulary.js';

const TIER_RANK: Record<EffectiveTier, number> = { red: 3, orange: 2, green: 1 };

/** Is the region's lake in use? `inUse` undefined when what would tell could not be collected. */
export interface LakeUse {
  inUse: boolean | undefined;
  reason: string;
}

/** A region's lake is in use when it has Glue jobs or catalog tables. */
export function lakeInUse(ctx: CheckContext, region: string): LakeUse {
  const jobs = ctx.resources('glue.job', region).length;
  const catalog = ctx.resources('glue.catalog', region)[0];
  const tables = catalog?.tableCount;
  if (tables !== undefined && tables > 0) return { inUse: true, reason: `the catalog holds ${tables} table(s)` };
  if (jobs > 0) return { inUse: true, reason: `the region has ${jobs} Glue job(s)` };
  const scope = ctx.scope('glue', region);
  if (!catalog || tables === undefined) return { inUse: undefined, reason: catalog ? ctx.whyUnknown(catalog, 'tableCount') : `the Glue catalog of ${region} was not collected` };
  if (scope?.state === 'aborted') return { inUse: undefined, reason: `the scan deadline was reached before Glue jobs in ${region} were fully listed` };
  if (!scope || !scopeEnumerated(scope.state)) return { inUse: undefined, reason: `Glue jobs in ${region} were not fully listed (scope ${scope?.state ?? 'not collected'})` };
  return { inUse: false, reason: `${region} has no catalog tables and no Glue jobs` };
}

/** Why data of `service` in `region` is missing: the deadline when its scope was aborted, else `otherwise`. */
export function missingBecause(ctx: CheckContext, service: 'ec2' | 'iam' | 'logs' | 'kms', region: string, otherwise: string): string {
  const scope = ctx.scope(service, service === 'iam' ? 'global' : region);
  return scope?.state === 'aborted' ? `${otherwise}: the scan deadline was reached` : otherwise;
}

/** The most sensitive of `tiers`, or `fallback` when there are none. */
export function mostSensitive(tiers: readonly EffectiveTier[], fallback: EffectiveTier): EffectiveTier {
  return tiers.reduce<EffectiveTier | undefined>((best, t) => (best === undefined || TIER_RANK[t] > TIER_RANK[best] ? t : best), undefined) ?? fallback;
}

/** The tier a security configuration protects: the most sensitive of the jobs and crawlers using it. */
export function configurationTier(configuration: GlueSecurityConfiguration, ctx: CheckContext): { tier: EffectiveTier; source: string } {
  const users = (configuration.usedBy ?? []).map((arn) => ctx.byArn(arn)).filter((r): r is Resource => r !== undefined);
  if (users.length === 0) return { tier: configuration.classification.effectiveTier, source: `used by no job or crawler, judged as ${configuration.classification.effectiveTier} (the default tier)` };
  const tier = mostSensitive(users.map((u) => u.classification.effectiveTier), configuration.classification.effectiveTier);
  const names = users.filter((u) => u.classification.effectiveTier === tier).map((u) => `${u.kind.split('.')[1]} ${u.name}`);
  return { tier, source: `protects ${tier} data (${names.join(', ')})` };
}

/** The tier of the data a connection carries: the most sensitive of the jobs and crawlers using it. */
export function connectionTier(connection: GlueConnection, ctx: CheckContext): { tier: EffectiveTier; source: string } {
  const users: Resource[] = [
    ...ctx.resources('glue.job', connection.region).filter((j) => j.connections?.includes(connection.connectionName)),
    ...ctx.resources('glue.crawler', connection.region).filter((c) => c.connections?.includes(connection.connectionName)),
  ];
  if (users.length === 0) return { tier: connection.classification.effectiveTier, source: `used by no job or crawler, judged as ${connection.classification.effectiveTier}` };
  const tier = mostSensitive(users.map((u) => u.classification.effectiveTier), connection.classification.effectiveTier);
  const names = users.filter((u) => u.classification.effectiveTier === tier).map((u) => `${u.kind.split('.')[1]} ${u.name}`);
  return { tier, source: `carries ${tier} data (${names.join(', ')})` };
}

/** The tier of the region's catalog metadata: the most sensitive of its tables. */
export function catalogTier(ctx: CheckContext, region: string, fallback: EffectiveTier): { tier: EffectiveTier; source: string } {
  const tables = ctx.resources('glue.table', region);
  if (tables.length === 0) return { tier: fallback, source: `no tables collected, judged as ${fallback}` };
  const tier = mostSensitive(tables.map((t) => t.classification.effectiveTier), fallback);
  const count = tables.filter((t) => t.classification.effectiveTier === tier).length;
  return { tier, source: `holds metadata of ${count} ${tier} table(s)` };
}

/** The same resource judged at another tier (for shared resources whose tier comes from their users). */
export function atTier<R extends Resource>(resource: R, tier: EffectiveTier, source: string): R {
  const classification: Classification = { ...resource.classification, effectiveTier: tier, source };
  return { ...resource, classification };
}

/**
 * A connection carries the data of the jobs and crawlers using it: a failure on a connection that red data
 * flows through is raised one level (the engine raises only for the connection's own tier).
 */
export function atJobTier(connection: GlueConnection, verdict: Verdict, baseline: Severity, ctx: CheckContext): Verdict {
  if (verdict.status !== 'FAIL') return verdict;
  const { tier, source } = connectionTier(connection, ctx);
  if (tier !== 'red' || connection.classification.effectiveTier === 'red') return verdict;
  return { ...verdict, reason: `${verdict.reason}; the connection ${source}`, severity: raiseSeverity(verdict.severity ?? baseline) };
}
