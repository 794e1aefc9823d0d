/**
 * Raw scan input from any door (a Lambda event over its environment, CLI flags) validated into a ScanConfig:
 * each field by SCAN_INPUT, then what takes more than one field or a look at the disk (a recording's
 * manifest, the regions, the snapshot's directory, suppressions). One ConfigError for the first bad field.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../aws/errors.js';
import { MANIFEST_FILE, readManifest, type RecordingManifest } from '../aws/recording.js';
import { ConfigError, parseInput } from './errors.js';
import { buildConfig, DEFAULT_PUBLISH, type ScanConfig } from './scan-config.js';
import { CHECK_IDS, SCAN_INPUT, scanPath, type FieldNamer, type ScanField, type ScanInput } from './schema.js';
import { loadSuppressions, parseSuppressions } from './suppressions.js';

const isDirectory = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** `value` without its undefined fields, so they do not hide defaults spread under them. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The manifest of a recording to replay; a missing directory or unreadable manifest is a ConfigError, not an empty scan. */
function recording(dir: string, field: string): RecordingManifest | undefined {
  if (!isDirectory(dir)) throw new ConfigError(field, `${dir} does not exist or is not a directory`, 'Give the directory of a recording made with --record');
  try {
    return readManifest(dir);
  } catch (error) {
    // readManifest names the file and the field itself; keep just the problem.
    const problem = errorMessage(error).replace(/^.*manifest\.json: /, '').replace(/; re-record with --record$/, '');
    throw new ConfigError(field, `${dir}/${MANIFEST_FILE} is malformed (${problem})`, 'Re-record with --record');
  }
}

/**
 * Validates raw input into a ScanConfig. `origin` names the input's fields in errors (a prefix, or a
 * FieldNamer). `defaults` fills fields the input leaves out (the Lambda's environment under its event);
 * `defaultsField` names a field whose value came from there (the variable).
 * Unknown fields are errors: a typo must not silently widen a scan.
 */
export function resolveConfig(input: ScanInput, origin: string | FieldNamer, defaults: ScanInput = {}, defaultsField?: FieldNamer): ScanConfig {
  const named: FieldNamer = typeof origin === 'string' ? (field) => `${origin}.${field}` : origin;
  const at: FieldNamer = (field) => (input[field as ScanField] === undefined && defaults[field as ScanField] !== undefined ? (defaultsField ?? named)(field) : named(field));
  // Fields named as in ScanConfig (profile, the paths, settings, classification) pass straight through.
  const { regions: listed, services = [], checks: checkIds, accountId, publish, importPasses, refreshIntervalDays, suppressions: inline, suppressionsFile, ...same } = parseInput(
    SCAN_INPUT,
    { ...defaults, ...defined(input) },
    scanPath(at),
  );
  const { replay, record, snapshotIn, snapshotOut } = same;
  const manifest = replay ? recording(replay, at('replay')) : undefined;
  // A snapshot carries its own regions.
  const regions = listed ?? manifest?.regions ?? (snapshotIn ? [] : undefined);
  if (!regions) throw new ConfigError(at('regions'), replay ? `is missing and ${replay} has no ${MANIFEST_FILE} to take them from` : 'is missing', 'Name the regions to scan, e.g. eu-west-1,us-east-1');
  if (record && replay) throw new ConfigError(at('record'), 'cannot be combined with replay', 'Record a live scan, or replay a recording, not both');
  // Checked before collecting, so a bad path never costs a scan.
  if (snapshotOut && !isDirectory(dirname(snapshotOut))) throw new ConfigError(at('snapshotOut'), `the directory ${dirname(snapshotOut)} does not exist`, 'Create it, or save the inventory elsewhere');
  const suppressions = inline !== undefined ? parseSuppressions(inline, at('suppressions'), CHECK_IDS) : suppressionsFile ? loadSuppressions(suppressionsFile, CHECK_IDS) : undefined;
  return buildConfig(
    defined({
      ...same,
      regions,
      services,
      checkIds,
      accountId: accountId ?? manifest?.accountId,
      partition: manifest?.partition,
      publish: {
        securityHub: publish ?? DEFAULT_PUBLISH.securityHub,
        importPasses: importPasses ?? DEFAULT_PUBLISH.importPasses,
        refreshIntervalDays: refreshIntervalDays ?? DEFAULT_PUBLISH.refreshIntervalDays,
      },
      suppressions,
    }),
  );
}
