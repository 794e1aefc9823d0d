/**
 * Resolves a resource's data tier from its tags (and Lake Formation LF-tags).
 * Keys and value mappings are configurable; unclassified data is judged as the configured default tier.
 */
import type { EffectiveTier, PiiLevel, Tier } from '../vocabulary.js';
import { KINDS } from './kinds/index.js';
import type { Classification, ResourceKind } from './types.js';

export interface ClassificationConfig {
  /** Tag keys read for the tier, first match wins (case-insensitive). */
  tierKeys: string[];
  /** Tag keys read for PII level. */
  piiKeys: string[];
  /** Tag value (lower case) -> tier. */
  tierValues: Record<string, Exclude<Tier, 'unclassified'>>;
  /** Tag value (lower case) -> PII level. */
  piiValues: Record<string, PiiLevel>;
  /** Tier requirements apply to when a resource carries no classification. */
  defaultTier: EffectiveTier;
  /** PII at this level makes data at least orange; `high` PII makes it red. */
  piiRaisesTier: boolean;
}

export const DEFAULT_CLASSIFICATION: ClassificationConfig = {
  tierKeys: ['data_classification', 'classification'],
  piiKeys: ['pii'],
  tierValues: {
    red: 'red', restricted: 'red', confidential: 'red', high: 'red',
    orange: 'orange', internal: 'orange', medium: 'orange',
    green: 'green', public: 'green', low: 'green',
  },
  piiValues: { high: 'high', true: 'high', yes: 'high', low: 'low', none: 'none', false: 'none', no: 'none' },
  defaultTier: 'orange',
  piiRaisesTier: true,
};

const TIER_RANK: Record<EffectiveTier, number> = { red: 3, orange: 2, green: 1 };

function lookup(source: Record<string, string> | undefined, keys: string[]): { key: string; value: string } | undefined {
  if (!source) return undefined;
  const byLower = new Map(Object.entries(source).map(([k, v]) => [k.toLowerCase(), { key: k, value: v }]));
  for (const key of keys) {
    const hit = byLower.get(key.toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Classify from resource tags and LF-tags. LF-tags count as classification too; the more sensitive of the
 * two wins. `tags === undefined` (unreadable) is reported in `source` so a default tier is never silent.
 */
export function classify(
  tags: Record<string, string> | undefined,
  config: ClassificationConfig,
  lfTags?: Record<string, string>,
  whyUnknown?: string,
): Classification {
  const candidates: { tier: EffectiveTier; source: string }[] = [];
  let pii: PiiLevel | undefined;
  for (const [origin, source] of [['tag', tags], ['lf-tag', lfTags]] as const) {
    const tierTag = lookup(source, config.tierKeys);
    const tier = tierTag ? config.tierValues[tierTag.value.trim().toLowerCase()] : undefined;
    if (tierTag && tier) candidates.push({ tier, source: `${origin}:${tierTag.key}=${tierTag.value}` });
    const piiTag = lookup(source, config.piiKeys);
    const level = piiTag ? config.piiValues[piiTag.value.trim().toLowerCase()] : undefined;
    if (level && (!pii || PII_RANK[level] > PII_RANK[pii])) pii = level;
  }
  candidates.sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier]);
  const best = candidates[0];
  const tier: Tier = best?.tier ?? 'unclassified';
  let effectiveTier: EffectiveTier = best?.tier ?? config.defaultTier;
  let source = best?.source ?? (tags === undefined && !lfTags ? 'default (tags could not be read)' : 'default (no classification tag)');
  if (config.piiRaisesTier && pii) {
    const floor: EffectiveTier | undefined = pii === 'high' ? 'red' : pii === 'low' ? 'orange' : undefined;
    if (floor && TIER_RANK[floor] > TIER_RANK[effectiveTier]) {
      effectiveTier = floor;
      source = `${source}; raised to ${floor} by pii=${pii}`;
    }
  }
  const out: Classification = pii ? { tier, effectiveTier, pii, source } : { tier, effectiveTier, source };
  // Red is the most any tag could say: unread tags cannot change it.
  if (whyUnknown !== undefined && !(effectiveTier === 'red' && pii === 'high')) out.unknown = whyUnknown;
  return out;
}

/**
 * A resource's classification from what was read of it: its tags (for kinds that carry them), its LF-tags,
 * and, when those could not be read, why, so the tier is reported unknown rather than defaulted silently.
 */
export function classificationOf(
  resource: { kind: ResourceKind; tags?: Record<string, string>; lfTags?: Record<string, string>; unknown?: Record<string, string> },
  config: ClassificationConfig,
): Classification {
  const tagged = KINDS[resource.kind].tags.from !== 'none';
  const why = (tagged && resource.tags === undefined ? (resource.unknown?.tags ?? 'its tags were not read') : undefined) ?? resource.unknown?.lfTags;
  return classify(tagged ? resource.tags : (resource.tags ?? {}), config, resource.lfTags, why);
}

const PII_RANK: Record<PiiLevel, number> = { high: 2, low: 1, none: 0 };
