/**
 * Suppressions as code: a versioned JSON file, reviewed like any change, that turns matching failures into
 * Security Hub WARNINGs with a reason, an owner and an expiry. An expired suppression stops applying and is
 * reported, so accepted risks are looked at again. The file is read and validated by config/suppressions.ts.
 *
 * ```json
 * { "version": 1, "suppressions": [
 *   { "checkId": "dynamodb.table.pitr", "resourceArn": "arn:aws:dynamodb:*:*:table/tmp-*",
 *     "tag": { "key": "env", "value": "sandbox" },
 *     "reason": "scratch tables, rebuilt nightly", "owner": "data-platform@example.com", "expires": "2027-03-31" } ] }
 * ```
 */
import type { Inventory } from '../inventory/types.js';
import { findingWith, type Finding } from './finding.js';

export interface Suppression {
  /** Exact check id. */
  checkId?: string;
  /** Resource ARN pattern; `*` matches any run of characters. */
  resourceArn?: string;
  /** Resource tag that must be present; `*` in the value matches any run of characters. */
  tag?: { key: string; value: string };
  reason: string;
  owner: string;
  /** YYYY-MM-DD: from the start of this day (UTC) the suppression no longer applies. */
  expires: string;
}

export interface SuppressionFile {
  /** Where it came from (a path), named in errors and in suppressed findings. */
  source: string;
  suppressions: Suppression[];
}

/** `*` matches any run of characters; everything else is literal. */
export function globMatches(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return regex.test(value);
}

export interface ExpiredSuppression {
  index: number;
  source: string;
  expires: string;
  message: string;
}

export interface SuppressionResult {
  /** The findings, with `suppression` set on every FAIL an active suppression covers. */
  findings: Finding[];
  /** How many failures were suppressed. */
  suppressed: number;
  expired: ExpiredSuppression[];
}

/** True while `now` is before the start (UTC) of the expiry day. */
export function suppressionActive(s: Pick<Suppression, 'expires'>, now: Date): boolean {
  return now.getTime() < Date.parse(`${s.expires}T00:00:00Z`);
}

function matches(s: Suppression, f: Finding, tags: Record<string, string> | undefined): boolean {
  if (s.checkId && s.checkId !== f.checkId) return false;
  if (s.resourceArn && !globMatches(s.resourceArn, f.resourceArn)) return false;
  if (s.tag) {
    const value = tags?.[s.tag.key];
    if (value === undefined || !globMatches(s.tag.value, value)) return false;
  }
  return true;
}

/**
 * Marks failures covered by an active suppression (the first matching entry wins) and reports the expired
 * ones. Only FAIL verdicts are suppressed: a pass needs no exception and an unknown stays visible.
 */
export function applySuppressions(findings: readonly Finding[], file: SuppressionFile, inventory: Pick<Inventory, 'resources'>, now: Date): SuppressionResult {
  const tagsByArn = new Map(inventory.resources.map((r) => [r.arn, r.tags]));
  const active: { s: Suppression; index: number }[] = [];
  const expired: ExpiredSuppression[] = [];
  file.suppressions.forEach((s, index) => {
    if (suppressionActive(s, now)) active.push({ s, index });
    else expired.push({ index, source: file.source, expires: s.expires, message: `suppression #${index + 1} in ${file.source} expired on ${s.expires}; no longer applied` });
  });
  let suppressed = 0;
  const out = findings.map((f) => {
    if (f.status !== 'FAIL') return f;
    const hit = active.find(({ s }) => matches(s, f, tagsByArn.get(f.resourceArn)));
    if (!hit) return f;
    suppressed += 1;
    return findingWith(f, { suppression: { reason: hit.s.reason, owner: hit.s.owner, expires: hit.s.expires, index: hit.index, source: file.source } });
  });
  return { findings: out, suppressed, expired };
}
