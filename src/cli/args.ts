/** Command-line flags to ScanInput and output options, with one clear error per bad flag. */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/errors.js';
import type { ScanInput } from '../config/schema.js';
import { SEVERITIES, type Severity } from '../engine/vocabulary.js';
import { REPORT_FORMATS, type ReportFormat } from '../publish/report.js';

export const COMMANDS = ['scan', 'checks', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  input: ScanInput;
  format: ReportFormat;
  output?: string;
  failOn?: Severity;
  quiet: boolean;
}

const OPTIONS = {
  regions: { type: 'string' },
  services: { type: 'string' },
  checks: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  publish: { type: 'boolean' },
  'import-passes': { type: 'boolean' },
  'refresh-interval-days': { type: 'string' },
  record: { type: 'string' },
  replay: { type: 'string' },
  snapshot: { type: 'string' },
  'save-snapshot': { type: 'string' },
  'fail-on': { type: 'string' },
  profile: { type: 'string' },
  'account-id': { type: 'string' },
  suppressions: { type: 'string' },
  settings: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The flag that sets each ScanInput field, so errors name what the user typed. */
export const FLAG_OF: Partial<Record<keyof ScanInput, string>> = {
  regions: '--regions', services: '--services', checks: '--checks', accountId: '--account-id', profile: '--profile', record: '--record',
  replay: '--replay', snapshotIn: '--snapshot', snapshotOut: '--save-snapshot', publish: '--publish', importPasses: '--import-passes',
  refreshIntervalDays: '--refresh-interval-days', suppressionsFile: '--suppressions', settings: '--settings',
};

/** Names a field in errors by its flag. */
export const flagOf = (key: string): string => FLAG_OF[key as keyof ScanInput] ?? `flags.${key}`;

export const USAGE = `Usage: data-posture <command> [flags]

Commands:
  scan      scan an account (default), or replay a recording / evaluate a saved inventory
  checks    list every check with its control area and severity
  help      show this text

Scan flags:
  --regions R1,R2           regions to scan (default: AWS_REGION; a replay's recorded regions)
  --services S1,S2          only these services' checks (dynamodb, dax, redshift, redshiftserverless, rds, glue, lakeformation, kms, cloudtrail, logs, secretsmanager)
  --checks ID1,ID2          only these checks
  --format FORMAT           table (default), json, asff or html
  --output FILE, -o FILE    write results to FILE instead of stdout
  --publish                 import findings into Security Hub (lifecycle: create, refresh, resolve, archive)
  --import-passes           with --publish, also import passing checks as archived evidence
  --refresh-interval-days N re-send unchanged failures older than N days (default 7, at most 60)
  --suppressions FILE       accepted risks file (failures become WARNING with owner and expiry)
  --settings FILE           JSON overrides of check settings (e.g. {"minBackupRetentionDays": 14})
  --fail-on SEVERITY        exit 2 when an unsuppressed failure is at least this severe (low|medium|high|critical)
  --record DIR              save every API response (secrets redacted) under DIR
  --replay DIR              answer every API call from a recording; no AWS access
  --snapshot FILE           evaluate a saved inventory instead of collecting
  --save-snapshot FILE      save the collected inventory
  --profile NAME            AWS profile (standard AWS_* variables and AWS_ENDPOINT_URL also work)
  --account-id ID           skip the sts:GetCallerIdentity lookup
  --quiet, -q               no progress on stderr

Exit codes: 0 done; 2 --fail-on met; 1 error (bad input, failed publish, interrupted).`;

function severity(value: string): Severity {
  const upper = value.toUpperCase();
  if (!SEVERITIES.includes(upper as Severity)) throw new ConfigError('--fail-on', `"${value}" is not a severity`, `Use one of: ${SEVERITIES.map((s) => s.toLowerCase()).join(', ')}`);
  return upper as Severity;
}

/** Parses argv (without node and the script). */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>, readFile: (path: string) => string): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flagName = /'(-[^']+)'/.exec(message)?.[1] ?? 'flags';
    throw new ConfigError(flagName, message.replace(/\.$/, ''), 'Run `data-posture help` for the flags');
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const command = (values.help ? 'help' : (first ?? 'scan')) as Command;
  if (!COMMANDS.includes(command)) throw new ConfigError('command', `"${first}" is not a command`, `Use one of: ${COMMANDS.join(', ')}`);
  if (rest.length > 0) throw new ConfigError('arguments', `unexpected "${rest.join(' ')}"`, 'Flags start with --; run `data-posture help`');
  const format = (values.format ?? 'table') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new ConfigError('--format', `"${values.format}" is not a format`, `Use one of: ${REPORT_FORMATS.join(', ')}`);

  let settings: string | undefined;
  if (values.settings !== undefined) {
    try {
      settings = readFile(values.settings);
    } catch (error) {
      throw new ConfigError('--settings', `cannot read ${values.settings} (${(error as Error).message})`, 'Give the path of a JSON file of check settings');
    }
  }
  const input: ScanInput = {
    regions: values.regions ?? (values.replay || values.snapshot ? undefined : (env.AWS_REGION ?? env.AWS_DEFAULT_REGION)),
    services: values.services,
    checks: values.checks,
    accountId: values['account-id'],
    profile: values.profile,
    record: values.record,
    replay: values.replay,
    snapshotIn: values.snapshot,
    snapshotOut: values['save-snapshot'],
    publish: values.publish,
    importPasses: values['import-passes'],
    refreshIntervalDays: values['refresh-interval-days'],
    suppressionsFile: values.suppressions,
    settings,
  };
  if (values['import-passes'] && !values.publish) throw new ConfigError('--import-passes', 'only applies with --publish', 'Add --publish, or drop --import-passes');
  const args: CliArgs = { command, input, format, quiet: values.quiet ?? false };
  if (values.output) args.output = values.output;
  if (values['fail-on'] !== undefined) args.failOn = severity(values['fail-on']);
  return args;
}
