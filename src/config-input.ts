/**
 * Raw scan input from any door (a Lambda event, environment variables, CLI flags) validated into a
 * ScanConfig. Every bad field gets one ConfigError naming the field, what is wrong and how to fix it.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHECKS } from '../checks/index.js';
import { MANIFEST_FILE, readManifest, type RecordingManifest } from './aws/recording.js';
import { ConfigError } from './config/errors.js';
import { buildConfig, DEFAULT_PUBLISH, MAX_REFRESH_INTERVAL_DAYS, type ScanConfig } from './config/scan-config.js';
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from './engine/settings.js';
import { PII_LEVELS, SERVICE_NAMES, TIERS, type ServiceName } from './engine/vocabulary.js';
import { loadSuppressions, parseSuppressions } from './findings/suppressions.js';
import { DEFAULT_CLASSIFICATION, type ClassificationConfig } from './inventory/classification.js';

/** What a door may set. Lists may be arrays or comma-separated strings; flags may be booleans or "true"/"false". */
export interface ScanInput {
  regions?: unknown;
  services?: unknown;
  checks?: unknown;
  accountId?: unknown;
  profile?: unknown;
  record?: unknown;
  replay?: unknown;
  snapshotIn?: unknown;
  snapshotOut?: unknown;
  publish?: unknown;
  importPasses?: unknown;
  refreshIntervalDays?: unknown;
  /** Path of a suppressions file. */
  suppressionsFile?: unknown;
  /** A suppressions document inline (an object or its JSON text). */
  suppressions?: unknown;
  /** Overrides of CheckSettings (an object or its JSON text). */
  settings?: unknown;
  /** Overrides of the classification tag mapping (an object or its JSON text). */
  classification?: unknown;
}

export const SCAN_INPUT_FIELDS: readonly (keyof ScanInput)[] = [
  'regions', 'services', 'checks', 'accountId', 'profile', 'record', 'replay', 'snapshotIn', 'snapshotOut', 'publish',
  'importPasses', 'refreshIntervalDays', 'suppressionsFile', 'suppressions', 'settings', 'classification',
];

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list given as an array of strings or a comma-separated string; `undefined` when absent or empty. */
function list(value: unknown, field: string, example: string): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
    throw new ConfigError(field, `must be a list of strings, got ${JSON.stringify(value)}`, `Write it as ${example}`);
  }
  const out = items.map((i) => i.trim()).filter((i) => i !== '');
  return out.length > 0 ? out : undefined;
}

function text(value: unknown, field: string, fix: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ConfigError(field, `must be a string, got ${JSON.stringify(value)}`, fix);
  return value;
}

function flag(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ConfigError(field, `must be true or false, got ${JSON.stringify(value)}`, `Set ${field} to true or false`);
}

function integer(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(field, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, `Set ${field} between ${min} and ${max}`);
  }
  return n;
}

function json(value: unknown, field: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch (error) {
      throw new ConfigError(field, `is not valid JSON (${(error as Error).message})`, 'Fix the JSON syntax');
    }
  }
  if (!isObject(parsed)) throw new ConfigError(field, 'must be a JSON object', `Write ${field} as { "name": value, ... }`);
  return parsed;
}

/** The manifest of a recording to replay; a missing directory or unreadable manifest is a ConfigError, not an empty scan. */
function recording(dir: string, field: string): RecordingManifest | undefined {
  const fix = 'Give the directory of a recording made with --record';
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError(field, `${dir} does not exist or is not a directory`, fix);
  try {
    return readManifest(dir);
  } catch (error) {
    // readManifest names the file and the field itself; keep just the problem.
    const problem = (error as Error).message.replace(/^.*manifest\.json: /, '').replace(/; re-record with --record$/, '');
    throw new ConfigError(field, `${dir}/${MANIFEST_FILE} is malformed (${problem})`, 'Re-record with --record');
  }
}

/** Overrides of a defaults object: only known keys, each of the default's type. */
function overrides<T extends object>(raw: Record<string, unknown> | undefined, defaults: T, field: string): T {
  if (!raw) return defaults;
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in defaults)) throw new ConfigError(`${field}.${key}`, 'is not a known setting', `Use one of: ${Object.keys(defaults).join(', ')}`);
    const expected = (defaults as Record<string, unknown>)[key];
    const sameType = Array.isArray(expected)
      ? Array.isArray(value) && value.every((v) => typeof v === 'string')
      : isObject(expected)
        ? isObject(value)
        : typeof value === typeof expected;
    if (!sameType) {
      throw new ConfigError(`${field}.${key}`, `must be ${Array.isArray(expected) ? 'a list of strings' : `a ${typeof expected}`}, got ${JSON.stringify(value)}`, `See the default: ${JSON.stringify(expected)}`);
    }
    if (typeof value === 'number' && (!Number.isFinite(value) || value < 0)) throw new ConfigError(`${field}.${key}`, `must not be negative, got ${value}`, `See the default: ${JSON.stringify(expected)}`);
    out[key] = value;
  }
  return out as T;
}

/** Tier and PII names in a classification must be ones the engine ranks; any other would judge data at no tier. */
function checkClassification(c: ClassificationConfig, field: string): ClassificationConfig {
  const tiers = TIERS.filter((t) => t !== 'unclassified');
  const fixTier = `Use one of: ${tiers.join(', ')}`;
  if (!tiers.includes(c.defaultTier)) throw new ConfigError(`${field}.defaultTier`, `${JSON.stringify(c.defaultTier)} is not a tier`, fixTier);
  for (const [value, tier] of Object.entries(c.tierValues)) {
    if (!tiers.includes(tier)) throw new ConfigError(`${field}.tierValues.${value}`, `${JSON.stringify(tier)} is not a tier`, fixTier);
  }
  for (const [value, level] of Object.entries(c.piiValues)) {
    if (!PII_LEVELS.includes(level)) throw new ConfigError(`${field}.piiValues.${value}`, `${JSON.stringify(level)} is not a PII level`, `Use one of: ${PII_LEVELS.join(', ')}`);
  }
  return c;
}

/** How errors name a field: `origin.field`, or as the door spells it (a CLI flag). */
export type FieldNamer = (key: keyof ScanInput) => string;

/**
 * Validates raw input into a ScanConfig. `origin` names the input's fields in errors (a prefix, or a
 * FieldNamer). `defaults` fills fields the input leaves out (the Lambda's environment under its event);
 * `defaultsField` names a field whose value came from there (the variable).
 * Unknown fields are errors: a typo must not silently widen a scan.
 */
export function resolveConfig(input: ScanInput, origin: string | FieldNamer, defaults: ScanInput = {}, defaultsField?: FieldNamer): ScanConfig {
  const named: FieldNamer = typeof origin === 'string' ? (key) => `${origin}.${key}` : origin;
  for (const key of Object.keys(input)) {
    if (!SCAN_INPUT_FIELDS.includes(key as keyof ScanInput)) {
      throw new ConfigError(named(key as keyof ScanInput), 'is not a known field', `Use only: ${SCAN_INPUT_FIELDS.join(', ')}`);
    }
  }
  const pick = <K extends keyof ScanInput>(key: K): unknown => (input[key] === undefined ? defaults[key] : input[key]);
  const at = (key: keyof ScanInput): string => (input[key] === undefined && defaults[key] !== undefined ? (defaultsField ?? named)(key) : named(key));

  const replay = text(pick('replay'), at('replay'), 'Give the directory of a recording made with --record');
  const manifest = replay ? recording(replay, at('replay')) : undefined;
  const snapshotIn = text(pick('snapshotIn'), at('snapshotIn'), 'Give the path of a saved inventory');
  // A snapshot carries its own regions.
  const regions = list(pick('regions'), at('regions'), '"eu-west-1,us-east-1" or ["eu-west-1"]') ?? manifest?.regions ?? (snapshotIn ? [] : undefined);
  if (!regions) throw new ConfigError(at('regions'), replay ? `is missing and ${replay} has no ${MANIFEST_FILE} to take them from` : 'is missing', 'Name the regions to scan, e.g. eu-west-1,us-east-1');
  for (const r of regions) if (!REGION.test(r)) throw new ConfigError(at('regions'), `"${r}" is not an AWS region name`, 'Use names such as eu-west-1 or us-east-1');

  const services = list(pick('services'), at('services'), '"dynamodb,rds"') ?? [];
  for (const s of services) {
    if (!SERVICE_NAMES.includes(s as ServiceName)) throw new ConfigError(at('services'), `"${s}" is not a scanned service`, `Use some of: ${SERVICE_NAMES.join(', ')}`);
  }
  const checkIds = list(pick('checks'), at('checks'), '"dynamodb.table.pitr,rds.cluster.tls_enforced"');
  const known = new Set(CHECKS.map((c) => c.id));
  for (const id of checkIds ?? []) if (!known.has(id)) throw new ConfigError(at('checks'), `"${id}" is not a check id`, 'List the checks with `data-posture checks`');

  const accountId = text(pick('accountId'), at('accountId'), 'Give the 12-digit account id') ?? manifest?.accountId;
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) throw new ConfigError(at('accountId'), `"${accountId}" is not a 12-digit account id`, 'Give the 12-digit account id');

  const refresh = integer(pick('refreshIntervalDays'), at('refreshIntervalDays'), 1, MAX_REFRESH_INTERVAL_DAYS);
  const publish = {
    securityHub: flag(pick('publish'), at('publish')) ?? DEFAULT_PUBLISH.securityHub,
    importPasses: flag(pick('importPasses'), at('importPasses')) ?? DEFAULT_PUBLISH.importPasses,
    refreshIntervalDays: refresh ?? DEFAULT_PUBLISH.refreshIntervalDays,
  };
  const record = text(pick('record'), at('record'), 'Give a directory to record into');
  if (record && replay) throw new ConfigError(at('record'), 'cannot be combined with replay', 'Record a live scan, or replay a recording, not both');
  const settings = overrides<CheckSettings>(json(pick('settings'), at('settings')), DEFAULT_CHECK_SETTINGS, at('settings'));
  const classification = checkClassification(overrides<ClassificationConfig>(json(pick('classification'), at('classification')), DEFAULT_CLASSIFICATION, at('classification')), at('classification'));

  const inline = pick('suppressions');
  const file = text(pick('suppressionsFile'), at('suppressionsFile'), 'Give the path of a suppressions file');
  const suppressions =
    inline !== undefined && inline !== ''
      ? parseSuppressions(typeof inline === 'string' ? inline : JSON.stringify(inline), at('suppressions'), known)
      : file
        ? loadSuppressions(file, known)
        : undefined;

  const config = buildConfig({
    regions,
    services: services as ServiceName[],
    settings,
    classification,
    publish,
  });
  if (checkIds) config.checkIds = checkIds;
  if (accountId) config.accountId = accountId;
  if (manifest) config.partition = manifest.partition;
  const profile = text(pick('profile'), at('profile'), 'Give an AWS profile name');
  if (profile) config.profile = profile;
  if (record) config.record = record;
  if (replay) config.replay = replay;
  if (snapshotIn) config.snapshotIn = snapshotIn;
  const snapshotOut = text(pick('snapshotOut'), at('snapshotOut'), 'Give a path to save the inventory to');
  if (snapshotOut) {
    // Checked before collecting, so a bad path never costs a scan.
    const dir = dirname(snapshotOut);
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError(at('snapshotOut'), `the directory ${dir} does not exist`, 'Create it, or save the inventory elsewhere');
    config.snapshotOut = snapshotOut;
  }
  if (suppressions) config.suppressions = suppressions;
  return config;
}
