/**
 * Record/replay storage: one JSON file per distinct (region, service, operation, input), under
 * `DIR/<region>/<iam-prefix>/<Operation>-<hash>.json`. Dates and bytes survive the round trip; secrets do not.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A saved call: its input, and either its output or the error it raised. */
export interface RecordedCall {
  operation: string;
  input: unknown;
  output?: unknown;
  error?: { name: string; message: string; httpStatusCode?: number; fault?: string };
}

/** Marker written in place of a secret value. */
export const REDACTED = '[REDACTED]';

// Keys whose values are secrets; pagination tokens and references (…Arn, …Id, …Name) are not.
const SECRET_KEY = /(password|passwd|pwd|secret|secretkey|secret_key|token|apikey|api_key|private_?key|credentials?|session_?key)$/i;
const NOT_SECRET_KEY = /^(next_?token|nexttoken|marker|pagination_?token|continuation_?token|.*(arn|id|name|status|type|date|time))$/i;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** Stable key of a command input: the same input always names the same file. */
export function inputHash(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(sortKeys(input ?? {}))).digest('hex').slice(0, 16);
}

export function recordingPath(dir: string, region: string, service: string, operation: string, input: unknown): string {
  return join(dir, region, service, `${operation}-${inputHash(input)}.json`);
}

/** Replace secret values, recursively, keeping keys so checks on key names still work on a replay. */
export function redact(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && key && SECRET_KEY.test(key) && !NOT_SECRET_KEY.test(key)) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, key));
  if (value instanceof Date || value instanceof Uint8Array) return value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) return { $date: raw.toISOString() };
  if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString('base64') };
  if (key === '$metadata') return undefined;
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.$date === 'string' && Object.keys(v).length === 1) return new Date(v.$date);
    if (typeof v.$bytes === 'string' && Object.keys(v).length === 1) return new Uint8Array(Buffer.from(v.$bytes, 'base64'));
  }
  return value;
}

export function serializeCall(call: RecordedCall): string {
  return `${JSON.stringify(redact(call), replacer, 2)}\n`;
}

export function parseCall(text: string): RecordedCall {
  return JSON.parse(text, reviver) as RecordedCall;
}

export function writeRecording(path: string, call: RecordedCall): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, serializeCall(call));
}

/** Reads a recording; `undefined` when this exact call was never recorded. */
export function readRecording(path: string): RecordedCall | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseCall(text);
}

/** What a recording directory holds, so a replay scans the same account, regions and instant. */
export interface RecordingManifest {
  accountId: string;
  partition: string;
  regions: string[];
  /** When the data was collected: a replay evaluates as of this instant. */
  recordedAt: string;
}

export const MANIFEST_FILE = 'manifest.json';

export function writeManifest(dir: string, manifest: RecordingManifest): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The manifest of a recording; `undefined` when the directory has none (recordings made before manifests). */
export function readManifest(dir: string): RecordingManifest | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const raw = JSON.parse(text) as Partial<RecordingManifest>;
  const problem =
    typeof raw.accountId !== 'string' ? 'accountId' : !Array.isArray(raw.regions) ? 'regions' : typeof raw.recordedAt !== 'string' || Number.isNaN(Date.parse(raw.recordedAt)) ? 'recordedAt' : undefined;
  if (problem) throw new Error(`${join(dir, MANIFEST_FILE)}: field "${problem}" is missing or malformed; re-record with --record`);
  return { accountId: raw.accountId!, partition: raw.partition ?? 'aws', regions: raw.regions!, recordedAt: raw.recordedAt! };
}
