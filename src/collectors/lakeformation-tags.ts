/** LF-tag records: from the API's key/values pairs, inherited down the catalog, rolled up to the table. */
import type { LFTagPair } from '@aws-sdk/client-lakeformation';
import type { ClassificationConfig } from '../inventory/classification.js';

/** `[{TagKey, TagValues}]` -> key -> value (an LF-tag assigned to a resource has one value). */
export function lfTagRecord(pairs: readonly LFTagPair[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    if (pair.TagKey && pair.TagValues?.[0] !== undefined) out[pair.TagKey] = pair.TagValues.join(',');
  }
  return out;
}

/** Tags of `inner` override the inherited `outer` ones, as Lake Formation applies them. */
export function mergeTags(outer: Record<string, string>, inner: Record<string, string>): Record<string, string> {
  return { ...outer, ...inner };
}

const TIER_RANK: Record<string, number> = { red: 3, orange: 2, green: 1 };
const PII_RANK: Record<string, number> = { high: 2, low: 1, none: 0 };

function rank(key: string, value: string, config: ClassificationConfig): number {
  const lower = key.toLowerCase();
  const v = value.trim().toLowerCase();
  if (config.tierKeys.some((k) => k.toLowerCase() === lower)) return TIER_RANK[config.tierValues[v] ?? ''] ?? -1;
  if (config.piiKeys.some((k) => k.toLowerCase() === lower)) return PII_RANK[config.piiValues[v] ?? ''] ?? -1;
  return -1;
}

/**
 * The table's own tags, with each classification key (tier and PII keys) raised to the most sensitive value
 * any of its columns carries. Other keys keep the table's value.
 */
export function rollUp(own: Record<string, string>, parts: readonly Record<string, string>[], config: ClassificationConfig): Record<string, string> {
  const out = { ...own };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const candidate = rank(key, value, config);
      if (candidate < 0) continue;
      const current = out[key];
      if (current === undefined || candidate > rank(key, current, config)) out[key] = value;
    }
  }
  return out;
}
