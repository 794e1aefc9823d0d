/**
 * What a scan may be told, as zod schemas: the kinds of value a door may give, the documents nested in them
 * (check settings, classification), and the scan fields, each with the CLI flag and the Lambda variable that
 * set it. Adding a field is one line in SCAN_FIELDS; `resolveConfig` puts it into the ScanConfig.
 */
import { z } from 'zod';
import { CHECKS } from '../../checks/index.js';
import { errorMessage } from '../aws/errors.js';
import { DEFAULT_CHECK_SETTINGS } from '../engine/settings.js';
import { PII_LEVELS, SERVICE_NAMES, TIERS, type EffectiveTier } from '../vocabulary.js';
import { DEFAULT_CLASSIFICATION } from '../inventory/classification.js';
import { mustBe, says, shown, type PathNamer } from './errors.js';
import { MAX_REFRESH_INTERVAL_DAYS } from './scan-config.js';

// Doors differ in what they can spell: a variable is always text and an event is JSON. So a list may be an
// array or a comma-separated string, a flag a boolean or "true"/"false", a document an object or its JSON text.

/** Empty input (`null`, `""`) is not given, so an empty template parameter means the default. */
export const given = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === null || value === '' ? undefined : value), schema.optional());

/** A schema whose every message ends with `fix`. */
type Leaf<T> = (fix: string) => z.ZodType<T>;
const text = (fix: string) => z.string({ error: mustBe('a string', fix) });
const boolean: Leaf<boolean> = (fix) => z.boolean({ error: mustBe('a boolean', fix) });
const count: Leaf<number> = (fix) => z.number({ error: mustBe('a number', fix) }).nonnegative({ error: (issue) => says(`must not be negative, got ${shown(issue.input)}`, fix) });
// A guard rather than z.array(z.string()), so a bad item is reported with the whole list.
const strings: Leaf<string[]> = (fix) => z.custom<string[]>((v) => Array.isArray(v) && v.every((i) => typeof i === 'string'), { error: mustBe('a list of strings', fix) });
const mapOf = <T>(value: z.ZodType<T>): Leaf<Record<string, T>> => (fix) => z.record(z.string(), value, { error: mustBe('an object', fix) });

/** A list as an array of strings or one comma-separated string, each item checked by `item`; an empty list is not given. */
export const list = <S extends z.ZodType<unknown, string>>(item: S, example: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: mustBe('a list of strings', `Write it as ${example}`) })
    .transform((value) => (typeof value === 'string' ? value.split(',') : value).map((i) => i.trim()).filter((i) => i !== ''))
    .pipe(z.array(item))
    .transform((items) => (items.length > 0 ? items : undefined));

const flag = z.preprocess(
  (value) => (typeof value === 'string' && /^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : value),
  z.boolean({ error: mustBe('true or false', 'Set {field} to true or false') }),
);

/** A whole number from `min` to `max`, as a number or a digit string; `of` names its unit. */
export function wholeNumber(min: number, max: number, { of = '', fix = `Set {field} between ${min} and ${max}` } = {}) {
  const bad = mustBe(`a whole number${of && ` of ${of}`} from ${min} to ${max}`, fix);
  const number = (value: number | string): number => (typeof value !== 'string' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN);
  // Judged before the conversion, so the message shows the value as it was written.
  return z
    .union([z.number(), z.string()], { error: bad })
    .refine((value) => Number.isInteger(number(value)) && number(value) >= min && number(value) <= max, { error: bad })
    .transform(number);
}

/** One of `values`; `noun` says what it is in the message. */
export const oneOf = <const T extends readonly string[]>(values: T, noun: string, fix = `Use one of: ${values.join(', ')}`) =>
  z.enum(values, { error: (issue) => says(`${shown(issue.input)} is not ${noun}`, fix) });

/** An object of only `shape`'s keys; `unknownKey` is the message for another key, `notObject` for a value that is no object. */
export const strict = <S extends z.ZodRawShape>(shape: S, unknownKey: string, notObject: string) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKey : notObject) });

/** A JSON document given as a value or as its text (an environment variable, a file's content). */
export const jsonDocument = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: says(`is not valid JSON (${errorMessage(error)})`, 'Fix the JSON syntax'), input: value });
      return z.NEVER;
    }
  }, schema);

/** The schema of a value of `example`'s type: a list of strings, a number not negative, text, a boolean or an object. */
const leafLike = (example: unknown): Leaf<unknown> =>
  Array.isArray(example) ? strings : typeof example === 'number' ? count : typeof example === 'string' ? text : typeof example === 'boolean' ? boolean : mapOf(z.unknown());

/**
 * Overrides of a defaults object: only its keys, each of the default's type unless `leaves` says more, with the
 * default shown as the fix. Parses to the defaults with the overrides applied.
 */
function overridesOf<T extends object>(defaults: T, leaves: { [K in keyof T]?: Leaf<T[K]> } = {}): z.ZodType<T> {
  const byKey: Record<string, Leaf<unknown> | undefined> = leaves;
  const shape = Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, (byKey[key] ?? leafLike(value))(`See the default: ${shown(value)}`).optional()]));
  const document = strict(shape, says('is not a known setting', `Use one of: ${Object.keys(defaults).join(', ')}`), says('must be a JSON object', 'Write {field} as { "name": value, ... }'));
  return jsonDocument(document).transform((overrides) => ({ ...defaults, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) }));
}

const ASSIGNABLE_TIERS = TIERS.filter((t): t is EffectiveTier => t !== 'unclassified');
const tier = oneOf(ASSIGNABLE_TIERS, 'a tier');

/** Overrides of the check settings: only known keys, each of the default's type, numbers not negative. */
export const SETTINGS = overridesOf(DEFAULT_CHECK_SETTINGS);

/** Overrides of the classification mapping; tier and PII names must be ones the engine ranks, or data would sit at no tier. */
export const CLASSIFICATION = overridesOf(DEFAULT_CLASSIFICATION, { tierValues: mapOf(tier), piiValues: mapOf(oneOf(PII_LEVELS, 'a PII level')), defaultTier: () => tier });

/** Every check's id: a list or a suppression naming another is a mistake, not a narrower scan. */
export const CHECK_IDS: ReadonlySet<string> = new Set(CHECKS.map((c) => c.id));
const ACCOUNT_FIX = 'Give the 12-digit account id';
const region = z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/, { error: (issue) => says(`${shown(issue.input)} is not an AWS region name`, 'Use names such as eu-west-1 or us-east-1') });
const checkId = z.string().refine((id) => CHECK_IDS.has(id), { error: (issue) => says(`${shown(issue.input)} is not a check id`, 'List the checks with `data-posture checks`') });

/** One scan field: how its value is checked, and how each door spells it. */
export interface FieldSpec {
  schema: z.ZodType;
  /** The CLI flag that sets it; a `switch` takes no value; a `file` flag names a file holding the value (says what file). */
  flag?: `--${string}`;
  switch?: true;
  file?: string;
  /** The Lambda's environment variable that sets it. */
  env?: `DP_${string}`;
  /** An invocation event may not set it: a local path or profile means nothing to the function. */
  inEvent?: false;
}

/** Every field a door may set. */
export const SCAN_FIELDS = {
  regions: { schema: list(region, '"eu-west-1,us-east-1" or ["eu-west-1"]'), flag: '--regions', env: 'DP_REGIONS' },
  services: { schema: list(oneOf(SERVICE_NAMES, 'a scanned service', `Use some of: ${SERVICE_NAMES.join(', ')}`), '"dynamodb,rds"'), flag: '--services', env: 'DP_SERVICES' },
  checks: { schema: list(checkId, '"dynamodb.table.pitr,rds.cluster.tls_enforced"'), flag: '--checks', env: 'DP_CHECKS' },
  accountId: { schema: text(ACCOUNT_FIX).regex(/^\d{12}$/, { error: (issue) => says(`${shown(issue.input)} is not a 12-digit account id`, ACCOUNT_FIX) }), flag: '--account-id' },
  profile: { schema: text('Give an AWS profile name'), flag: '--profile', inEvent: false },
  record: { schema: text('Give a directory to record into'), flag: '--record', inEvent: false },
  replay: { schema: text('Give the directory of a recording made with --record'), flag: '--replay', inEvent: false },
  snapshotIn: { schema: text('Give the path of a saved inventory'), flag: '--snapshot', inEvent: false },
  snapshotOut: { schema: text('Give a path to save the inventory to'), flag: '--save-snapshot', inEvent: false },
  publish: { schema: flag, flag: '--publish', switch: true, env: 'DP_PUBLISH' },
  importPasses: { schema: flag, flag: '--import-passes', switch: true, env: 'DP_IMPORT_PASSES' },
  refreshIntervalDays: { schema: wholeNumber(1, MAX_REFRESH_INTERVAL_DAYS), flag: '--refresh-interval-days', env: 'DP_REFRESH_INTERVAL_DAYS' },
  suppressionsFile: { schema: text('Give the path of a suppressions file'), flag: '--suppressions', env: 'DP_SUPPRESSIONS_FILE', inEvent: false },
  // An object or its JSON text, read by parseSuppressions, which names its entries its own way.
  suppressions: { schema: z.unknown(), env: 'DP_SUPPRESSIONS' },
  settings: { schema: SETTINGS, flag: '--settings', file: 'a JSON file of check settings', env: 'DP_SETTINGS' },
  classification: { schema: CLASSIFICATION, env: 'DP_CLASSIFICATION' },
} as const satisfies Record<string, FieldSpec>;

export type ScanField = keyof typeof SCAN_FIELDS;
export const SCAN_INPUT_FIELDS = Object.keys(SCAN_FIELDS) as ScanField[];
/** SCAN_FIELDS as entries, for the doors to derive their names from. */
export const FIELD_SPECS = Object.entries(SCAN_FIELDS) as [ScanField, FieldSpec][];

/** What a door may set, before validation. */
export type ScanInput = { [K in ScanField]?: unknown };
/** The scan fields validated, each as its schema gives it. */
export type ScanValues = { [K in ScanField]?: z.output<(typeof SCAN_FIELDS)[K]['schema']> };

/** The scan fields, each optional; an unknown field is an error, so a typo cannot silently widen a scan. */
export const SCAN_INPUT: z.ZodType<ScanValues> = strict(
  Object.fromEntries(FIELD_SPECS.map(([field, { schema }]) => [field, given(schema)])),
  says('is not a known field', `Use only: ${SCAN_INPUT_FIELDS.join(', ')}`),
  says('must be an object of scan fields', 'Give the scan fields as an object'),
);

/** How errors name a scan field: `origin.field`, or as the door spells it (a flag, a variable). */
export type FieldNamer = (field: string) => string;

/** Names a path into scan input: the field by `named`, then the keys under it (`--settings.minBackupRetentionDays`); list positions are left out. */
export const scanPath =
  (named: FieldNamer): PathNamer =>
  ([field = '', ...rest]) =>
    [named(String(field)), ...rest.filter((key) => typeof key === 'string')].join('.');
