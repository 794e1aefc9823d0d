/**
 * Which data stores a CloudWatch Logs log group belongs to, so its requirements follow their data tier.
 * Pure: reads only the inventory.
 *
 * A log group holds what its service logs about the data (queries, parameters, error rows), so it is as
 * sensitive as the most sensitive store it serves:
 * - `/aws/rds/{cluster,instance,proxy}/<id>/…` and `/aws/redshift/cluster/<id>/…` name one store: that
 *   store (any RDS or Redshift resource of that name in the region).
 * - Shared groups (`/aws-glue/…` for every job and crawler, `/aws/dynamodb/…`), and named groups whose
 *   store is not in the inventory: every resource of that service in the region (conservative).
 * The tier is the highest of the group's own tags (when it carries a classification) and its owners'.
 */
import type { LogGroup } from '../inventory/logs.js';
import type { Resource } from '../inventory/types.js';
import type { CheckContext } from './context.js';
import type { EffectiveTier } from '../vocabulary.js';

export interface LogGroupOwnership {
  /** Stores the group belongs to. */
  owners: Resource[];
  /** The tier requirements are judged against. */
  tier: EffectiveTier;
  /** How the tier was decided, for reasons. */
  source: string;
}

const RANK: Record<EffectiveTier, number> = { green: 0, orange: 1, red: 2 };

/** Service kind prefixes whose resources a log group prefix belongs to. */
const SERVICE_OF_PREFIX: readonly { prefix: string; kinds: readonly string[] }[] = [
  { prefix: '/aws/rds/', kinds: ['rds.'] },
  { prefix: '/aws/redshift/', kinds: ['redshift.', 'redshiftserverless.'] },
  { prefix: '/aws-glue/', kinds: ['glue.'] },
  { prefix: '/aws/dynamodb/', kinds: ['dynamodb.table'] },
];

const NAMED = /^\/aws\/(rds|redshift)\/(?:cluster|instance|proxy)\/([^/]+)\//;

export function logGroupOwnership(group: LogGroup, ctx: CheckContext): LogGroupOwnership {
  const service = SERVICE_OF_PREFIX.find((s) => group.logGroupName.startsWith(s.prefix));
  const inRegion = service ? ctx.inventory.resources.filter((r) => r.region === group.region && service.kinds.some((k) => r.kind.startsWith(k))) : [];
  const named = NAMED.exec(group.logGroupName);
  const byName = named ? inRegion.filter((r) => r.name === named[2]) : [];
  const owners = byName.length > 0 ? byName : inRegion;
  const how = byName.length > 0 ? `store ${named?.[2]}` : service ? `every ${service.prefix} store in ${group.region}` : 'no store';

  let tier: EffectiveTier = group.classification.effectiveTier;
  let source = `the log group's own classification (${group.classification.source})`;
  const own = group.classification.tier !== 'unclassified';
  if (owners.length > 0) {
    const top = owners.reduce((a, b) => (RANK[b.classification.effectiveTier] > RANK[a.classification.effectiveTier] ? b : a));
    if (!own || RANK[top.classification.effectiveTier] > RANK[tier]) {
      tier = top.classification.effectiveTier;
      source = `${how} (${top.name} is ${tier})`;
    }
  }
  return { owners, tier, source };
}
