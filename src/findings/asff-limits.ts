/**
 * Security Hub's limits on ASFF findings and imports, each a named constant with the AWS page that states
 * it, plus the helpers that keep a finding inside them: text is truncated, never rejected.
 */

/** Finding field limits. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AwsSecurityFinding.html */
export const ASFF_LIMITS = {
  /** https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-title */
  title: 256,
  /** https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-description */
  description: 1024,
  /** Remediation.Recommendation.Text. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_Recommendation.html */
  remediationText: 512,
  /** ProductFields pairs, key and value lengths. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AwsSecurityFinding.html */
  productFields: 50,
  productFieldKey: 128,
  productFieldValue: 2048,
  /** Resources per finding. https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-resources */
  resources: 32,
  /** Resource Details.Other: up to 50 pairs, key under 128 and value under 1,024 characters. https://docs.aws.amazon.com/securityhub/latest/userguide/asff-resourcedetails-other.html */
  otherPairs: 50,
  otherKey: 127,
  otherValue: 1023,
  /** Resource tags: 50 pairs, key 128 and value 256 characters. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_Resource.html */
  resourceTags: 50,
  tagKey: 128,
  tagValue: 256,
  /** Compliance.RelatedRequirements items. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_Compliance.html */
  relatedRequirements: 32,
  /** Types per finding. https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-types */
  types: 50,
  /** Our own cap on a StatusReason description, so the reason never dominates the finding's size. */
  statusReasonDescription: 2048,
  /** A finding's serialized size. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchImportFindings.html */
  findingBytes: 240 * 1024,
} as const;

/** BatchImportFindings limits. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchImportFindings.html */
export const IMPORT_LIMITS = {
  /** Findings per BatchImportFindings call. */
  batchFindings: 100,
  /** Request payload per BatchImportFindings call. */
  batchBytes: 6 * 1024 * 1024,
} as const;

/** GetFindings page size. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_GetFindings.html */
export const GET_FINDINGS_MAX_RESULTS = 100;

/** Security Hub API rate: 10 requests per second, burst 30, per account and region. https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-limits.html */
export const SECURITY_HUB_RATE = { perSecond: 10, burst: 30 } as const;

/** Security Hub deletes a finding not updated for this many days. https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-findings.html */
export const FINDING_RETENTION_DAYS = 90;

const ELLIPSIS = '…';

/** `text` cut to at most `max` characters, marked with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return text.slice(0, max);
  return text.slice(0, max - ELLIPSIS.length) + ELLIPSIS;
}

/** A string map within `pairs` pairs (sorted by key, so the same ones survive every run) and key/value lengths. */
export function limitPairs(map: Record<string, string>, pairs: number, keyMax: number, valueMax: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map).sort(([a], [b]) => a.localeCompare(b))) {
    if (Object.keys(out).length >= pairs) break;
    const k = truncate(key, keyMax);
    // Empty values are rejected by Security Hub; a dash keeps the key meaningful.
    out[k] = truncate(value === '' ? '-' : value, valueMax);
  }
  return out;
}

/** UTF-8 size of the JSON a value serializes to: what counts against the byte limits. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
