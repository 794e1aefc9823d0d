/**
 * Suppressions as code: a versioned JSON file, reviewed like any change, that turns matching failures into
 * Security Hub WARNINGs with a reason, an owner and an expiry. An expired suppression stops applying and is
 * reported, so accepted risks are looked at again.
 *
 * ```json
 * { "version": 1, "suppressions": [
 *   { "checkId": "dynamodb.table.pitr", "resourceArn": "arn:aws:dynamodb:*:*:table/tmp-*",
 *     "tag": { "key": "env", "value": "sandbox" },
 *     "reason": "scratch tables, rebuilt nightly", "owner": "data-platform@example.com", "expires": "2027-03-31" } ] }
 * ```
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import type { Inventory } from '../inventory/types.js';
import { findingWith, type Finding } from './finding.js';

export const SUPPRESSIONS_VERSION = 1;

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

const FIELDS = new Set(['checkId', 'resourceArn', 'tag', 'reason', 'owner', 'expires']);
const CHECK_ID = /^[a-z0-9]+\.[a-z0-9_]+\.[a-z0-9_]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

function requiredText(entry: Record<string, unknown>, key: 'reason' | 'owner', at: string, fix: string): string {
  const v = entry[key];
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`${at}.${key}`, v === undefined ? 'is missing' : 'must be a non-empty string', fix);
  return v.trim();
}

function parseEntry(raw: unknown, index: number, source: string, checkIds: ReadonlySet<string> | undefined): Suppression {
  const at = `${source} suppressions[${index}] (#${index + 1})`;
  if (!isObject(raw)) throw new ConfigError(at, 'must be an object', 'Write each suppression as { "checkId"?, "resourceArn"?, "tag"?, "reason", "owner", "expires" }');
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) throw new ConfigError(`${at}.${key}`, 'is not a known field', `Use only ${[...FIELDS].join(', ')} (names are case-sensitive)`);
  }
  const out: Suppression = {
    reason: requiredText(raw, 'reason', at, 'Say why the risk is accepted, e.g. "scratch tables rebuilt nightly"'),
    owner: requiredText(raw, 'owner', at, 'Name who accepted the risk, e.g. a team address'),
    expires: '',
  };
  if (raw.checkId !== undefined) {
    if (typeof raw.checkId !== 'string' || !CHECK_ID.test(raw.checkId)) throw new ConfigError(`${at}.checkId`, `${JSON.stringify(raw.checkId)} is not a check id`, 'Use a check id such as "dynamodb.table.pitr"');
    if (checkIds && !checkIds.has(raw.checkId)) throw new ConfigError(`${at}.checkId`, `no check has the id ${raw.checkId}`, 'Use an id from docs/checks.md or `data-posture checks`');
    out.checkId = raw.checkId;
  }
  if (raw.resourceArn !== undefined) {
    if (typeof raw.resourceArn !== 'string' || !/^(arn:|\*)/.test(raw.resourceArn)) {
      throw new ConfigError(`${at}.resourceArn`, `${JSON.stringify(raw.resourceArn)} is not an ARN pattern`, 'Use an ARN, with * for any characters, e.g. "arn:aws:dynamodb:*:111122223333:table/tmp-*"');
    }
    out.resourceArn = raw.resourceArn;
  }
  if (raw.tag !== undefined) {
    const tag = raw.tag;
    if (!isObject(tag) || typeof tag.key !== 'string' || tag.key === '' || typeof tag.value !== 'string') {
      throw new ConfigError(`${at}.tag`, 'must be { "key": string, "value": string }', 'Give the tag key and the value it must have, e.g. { "key": "env", "value": "sandbox" }');
    }
    out.tag = { key: tag.key, value: tag.value };
  }
  if (!out.checkId && !out.resourceArn && !out.tag) {
    throw new ConfigError(at, 'has no matcher, so it would suppress every failure', 'Add at least one of checkId, resourceArn or tag');
  }
  const expires = raw.expires;
  if (expires === undefined) throw new ConfigError(`${at}.expires`, 'is missing', 'Every suppression expires: add "expires": "YYYY-MM-DD"');
  if (typeof expires !== 'string' || !validDate(expires)) throw new ConfigError(`${at}.expires`, `${JSON.stringify(expires)} is not a date`, 'Write the date as YYYY-MM-DD, e.g. "2027-03-31"');
  out.expires = expires;
  return out;
}

/**
 * Parses and validates a suppression file. Throws ConfigError naming the entry and field and how to fix
 * it. When `checkIds` is given, an unknown check id is an error too.
 */
export function parseSuppressions(text: string, source: string, checkIds?: Iterable<string>): SuppressionFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(source, `is not valid JSON (${(error as Error).message})`, 'Fix the JSON syntax');
  }
  if (!isObject(doc)) throw new ConfigError(source, 'must be a JSON object', `Write { "version": ${SUPPRESSIONS_VERSION}, "suppressions": [...] }`);
  if (doc.version !== SUPPRESSIONS_VERSION) {
    throw new ConfigError(`${source} version`, `${JSON.stringify(doc.version)} is not a supported version`, `Set "version": ${SUPPRESSIONS_VERSION}`);
  }
  if (!Array.isArray(doc.suppressions)) throw new ConfigError(`${source} suppressions`, 'must be an array', 'Write "suppressions": [ ... ] (it may be empty)');
  const known = checkIds ? new Set(checkIds) : undefined;
  return { source, suppressions: doc.suppressions.map((entry, i) => parseEntry(entry, i, source, known)) };
}

/** Reads and parses a suppression file from disk. */
export function loadSuppressions(path: string, checkIds?: Iterable<string>): SuppressionFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, `cannot be read (${(error as Error).message})`, 'Check the suppressions file path');
  }
  return parseSuppressions(text, path, checkIds);
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
