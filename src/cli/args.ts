/**
 * Command-line flags to scan input and output options, with one clear error per bad flag. The scan flags
 * come from SCAN_FIELDS; resolveConfig judges their values and names them by their flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { errorMessage } from '../aws/errors.js';
import { ConfigError, parseInput } from '../config/errors.js';
import { resolveConfig } from '../config/resolve.js';
import type { ScanConfig } from '../config/scan-config.js';
import { FIELD_SPECS, oneOf, type ScanInput } from '../config/schema.js';
import { SEVERITIES, type Severity } from '../vocabulary.js';
import { REPORT_FORMATS, type ReportFormat } from '../publish/report.js';

export const COMMANDS = ['scan', 'checks', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

/** What the command line asks for. */
export interface CliArgs {
  command: Command;
  input: ScanInput;
  /** The regions from the SDK's variable when no flag gives them, and that variable's name. */
  regionsFromEnv?: { value: string; variable: string };
  format: ReportFormat;
  output?: string;
  failOn?: Severity;
  quiet: boolean;
}

/** The scan fields the CLI sets, each with its flag's name as parseArgs spells it. */
const SCAN_FLAGS = FIELD_SPECS.flatMap(([field, spec]) => (spec.flag ? [{ ...spec, field, flag: spec.flag, name: spec.flag.slice(2) }] : []));
const FLAG_OF: Record<string, string> = Object.fromEntries(SCAN_FLAGS.map(({ field, flag }) => [field, flag]));

/** Names a field in errors by its flag. */
export const flagOf = (field: string): string => FLAG_OF[field] ?? `flags.${field}`;

const OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  ...Object.fromEntries(SCAN_FLAGS.map((f) => [f.name, { type: f.switch ? ('boolean' as const) : ('string' as const) }])),
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

const SEVERITY_NAMES = SEVERITIES.map((s) => s.toLowerCase());

/** The command and the output options that take a name, keyed as the user spells them. */
const OUTPUT = z.object({
  command: oneOf(COMMANDS, 'a command'),
  '--format': oneOf(REPORT_FORMATS, 'a format').default('table'),
  // Named in lower case, as the help spells them.
  '--fail-on': z
    .string()
    .toLowerCase()
    .pipe(oneOf(SEVERITY_NAMES, 'a severity'))
    .transform((name) => name.toUpperCase() as Severity)
    .optional(),
});

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

/** Parses argv (without node and the script). */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>, readFile: (path: string) => string): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = errorMessage(error);
    throw new ConfigError(/'(-[^']+)'/.exec(message)?.[1] ?? 'flags', message.replace(/\.$/, ''), 'Run `data-posture help` for the flags');
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const output = parseInput(OUTPUT, { command: values.help ? 'help' : (first ?? 'scan'), '--format': values.format, '--fail-on': values['fail-on'] }, ([key]) => String(key));
  if (rest.length > 0) throw new ConfigError('arguments', `unexpected "${rest.join(' ')}"`, 'Flags start with --; run `data-posture help`');
  if (values['import-passes'] && !values.publish) throw new ConfigError('--import-passes', 'only applies with --publish', 'Add --publish, or drop --import-passes');

  const read = (flag: string, what: string, path: string): string => {
    try {
      return readFile(path);
    } catch (error) {
      throw new ConfigError(flag, `cannot read ${path} (${errorMessage(error)})`, `Give the path of ${what}`);
    }
  };
  const input: ScanInput = Object.fromEntries(SCAN_FLAGS.map(({ field, flag, name, file }) => [field, file && typeof values[name] === 'string' ? read(flag, file, values[name]) : values[name]]));
  const args: CliArgs = { command: output.command, input, format: output['--format'], quiet: values.quiet === true };
  // A replay or a snapshot knows its regions; a live scan falls back to the SDK's region variables.
  const variable = values.regions || values.replay || values.snapshot ? undefined : ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => env[name]);
  if (variable) args.regionsFromEnv = { value: env[variable] ?? '', variable };
  if (typeof values.output === 'string' && values.output) args.output = values.output;
  if (output['--fail-on']) args.failOn = output['--fail-on'];
  return args;
}

/** The scan the command line asks for; a bad value is named by its flag, or by the variable it came from. */
export function scanConfigOf({ input, regionsFromEnv: fromEnv }: CliArgs): ScanConfig {
  return resolveConfig(input, flagOf, fromEnv ? { regions: fromEnv.value } : {}, () => fromEnv?.variable ?? '');
}
