/**
 * Normalizes Glue job arguments so no secret value enters the inventory: a value is kept only for Glue's
 * own configuration parameters (flags, modes, log group names), and every value is described by its shape.
 */
import type { ArgumentValueShape, GlueJobArgument } from '../inventory/glue.js';

/**
 * Glue special parameters whose values are configuration, kept verbatim for the logging and encryption checks.
 * https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html
 */
export const CONFIGURATION_ARGUMENTS: ReadonlySet<string> = new Set([
  '--job-language',
  '--enable-continuous-cloudwatch-log',
  '--enable-continuous-log-filter',
  '--continuous-log-logGroup',
  '--continuous-log-logStreamPrefix',
  '--enable-metrics',
  '--enable-observability-metrics',
  '--enable-spark-ui',
  '--enable-job-insights',
  '--enable-auto-scaling',
  '--enable-glue-datacatalog',
  '--job-bookmark-option',
  '--encryption-type',
  '--TempDir',
  '--spark-event-logs-path',
  '--datalake-formats',
]);

const SHAPES: readonly [ArgumentValueShape, RegExp][] = [
  ['aws-access-key-id', /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/],
  ['private-key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['credentials-in-url', /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i],
  ['password-assignment', /(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|secret[._-]?key)\s*[=:]\s*[^\s&;,'"]{3,}/i],
  ['jwt', /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ['vendor-token', /(?:ghp_|gho_|ghs_|github_pat_|glpat-|xox[abprs]-|sk_live_|AIza[0-9A-Za-z_-]{35})/],
  ['secretsmanager-reference', /^arn:aws[a-z-]*:secretsmanager:|^\{\{resolve:secretsmanager:/],
  ['ssm-reference', /^arn:aws[a-z-]*:ssm:[^:]*:\d*:parameter\/|^\{\{resolve:ssm(?:-secure)?:/],
];

/** A 40-character base64-alphabet run with mixed case and digits: the form of an AWS secret access key. */
const SECRET_ACCESS_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;

function looksLikeSecretAccessKey(value: string): boolean {
  for (const match of value.matchAll(SECRET_ACCESS_KEY)) {
    const run = match[0];
    if (/[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run) && !run.includes('//')) return true;
  }
  return false;
}

/** Shannon entropy in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Random-looking tokens: long, no spaces, not a path, URL or ARN, at least three character classes and
 * more than 4 bits of entropy per character (hex ids and UUIDs stay below that).
 */
function highEntropy(value: string): boolean {
  if (value.length < 20 || /\s/.test(value) || /^(?:arn:|s3:\/\/|https?:\/\/|\/)/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 3 && entropy(value) > 4;
}

/** The shapes of a value (never the value). */
export function valueShapes(value: string): ArgumentValueShape[] {
  if (value.trim() === '') return ['empty'];
  let shapes: ArgumentValueShape[] = SHAPES.filter(([, re]) => re.test(value)).map(([shape]) => shape);
  // `arn:…:secretsmanager:…:secret:name` names a secret; it does not assign one.
  if (shapes.some((s) => s.endsWith('-reference'))) shapes = shapes.filter((s) => s !== 'password-assignment');
  if (looksLikeSecretAccessKey(value)) shapes.push('aws-secret-access-key');
  if (!shapes.some((s) => s.endsWith('-reference')) && highEntropy(value)) shapes.push('high-entropy');
  return shapes;
}

/** Shapes that mean the value itself is (or embeds) a credential. */
export const SECRET_SHAPES: ReadonlySet<ArgumentValueShape> = new Set([
  'aws-access-key-id',
  'aws-secret-access-key',
  'private-key',
  'credentials-in-url',
  'password-assignment',
  'jwt',
  'vendor-token',
]);

/** Normalizes DefaultArguments and NonOverridableArguments into key -> shape (and value for configuration keys). */
export function normalizeArguments(
  defaults: Record<string, string> | undefined,
  nonOverridable: Record<string, string> | undefined,
): Record<string, GlueJobArgument> {
  const out: Record<string, GlueJobArgument> = {};
  const add = (key: string, value: string, fixed: boolean): void => {
    const shapes = valueShapes(value);
    const argument: GlueJobArgument = { shapes, length: value.length };
    // Even a configuration key loses its value if the value looks like a credential.
    if (CONFIGURATION_ARGUMENTS.has(key) && !shapes.some((s) => SECRET_SHAPES.has(s) || s === 'high-entropy')) argument.value = value;
    if (fixed) argument.nonOverridable = true;
    out[key] = argument;
  };
  for (const [key, value] of Object.entries(defaults ?? {})) add(key, String(value), false);
  for (const [key, value] of Object.entries(nonOverridable ?? {})) add(key, String(value), true);
  return out;
}
