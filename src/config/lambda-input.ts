/**
 * The Lambda's input: the invocation event (EventBridge Scheduler's Input, an EventBridge rule's detail, or a
 * manual invocation) over defaults from the function's environment (template parameters). Both validate into
 * one ScanConfig, and a bad value is named where it was written: `event.regions`, `DP_REGIONS`, `AWS_REGION`.
 */
import { z } from 'zod';
import { parseInput, says, shown, type PathNamer } from './errors.js';
import { resolveConfig } from './resolve.js';
import { DEFAULT_PUBLISH_RESERVE_MS, type ScanConfig } from './scan-config.js';
import { FIELD_SPECS, given, jsonDocument, list, strict, wholeNumber, type FieldNamer, type ScanField, type ScanInput } from './schema.js';

/** Lambda's longest timeout: a longer reserve would leave nothing to collect in. https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html */
export const LAMBDA_MAX_TIMEOUT_MS = 900_000;

/** Environment variables the template sets; each maps to one scan field. */
export const ENV_FIELDS: Readonly<Record<string, ScanField>> = Object.fromEntries(FIELD_SPECS.flatMap(([field, { env }]) => (env ? [[env, field]] : [])));

const TAG_KEYS = given(list(z.string(), '"data_classification,sensitivity"'));
/** DP_* variables that are not scan fields. */
const OTHER_VARIABLES = {
  // Template parameters for the classification tag keys, over any DP_CLASSIFICATION document.
  DP_TIER_TAG_KEYS: TAG_KEYS,
  DP_PII_TAG_KEYS: TAG_KEYS,
  // Time kept back from collection to evaluate and publish.
  DP_PUBLISH_RESERVE_MS: given(wholeNumber(0, LAMBDA_MAX_TIMEOUT_MS, { of: 'milliseconds', fix: `Set it below the function's timeout, e.g. ${DEFAULT_PUBLISH_RESERVE_MS}` })),
};
const VARIABLES = [...Object.keys(ENV_FIELDS), ...Object.keys(OTHER_VARIABLES)].sort();

/** The DP_* variables; any other is a typo, and an error. Scan fields stay text here: resolveConfig judges them. */
const ENVIRONMENT = strict(
  { ...Object.fromEntries(Object.keys(ENV_FIELDS).map((name) => [name, z.string().optional()])), ...OTHER_VARIABLES },
  says('is not a variable data-posture reads', `Use one of: ${VARIABLES.join(', ')}`),
  says('must be an object', 'Pass the process environment'),
);
const CLASSIFICATION_BASE = given(jsonDocument(z.record(z.string(), z.unknown(), { error: says('must be a JSON object', 'Write { "tierKeys": [...], ... }') })));

/** The environment validated: scan input for the fields it sets, and the publish reserve. */
function environment(env: Record<string, string | undefined>): { input: ScanInput; publishReserveMs: number } {
  const vars = parseInput(ENVIRONMENT, Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('DP_'))), ([name]) => String(name));
  const input: ScanInput = Object.fromEntries(Object.entries(ENV_FIELDS).flatMap(([name, field]) => (env[name] ? [[field, env[name]]] : [])));
  if (input.regions === undefined && env.AWS_REGION) input.regions = env.AWS_REGION;
  const { DP_TIER_TAG_KEYS: tierKeys, DP_PII_TAG_KEYS: piiKeys } = vars;
  if (tierKeys || piiKeys) input.classification = { ...parseInput(CLASSIFICATION_BASE, env.DP_CLASSIFICATION, () => 'DP_CLASSIFICATION'), ...(tierKeys && { tierKeys }), ...(piiKeys && { piiKeys }) };
  return { input, publishReserveMs: vars.DP_PUBLISH_RESERVE_MS ?? DEFAULT_PUBLISH_RESERVE_MS };
}

/** Defaults from the environment; AWS_REGION when no regions are configured. A DP_ variable we do not read is a typo, and an error. */
export const inputFromEnv = (env: Record<string, string | undefined>): ScanInput => environment(env).input;

const trigger = (key: string) => z.string({ error: says('must be a string', `Set ${key} to a string or leave it out`) }).optional();
/** EventBridge's envelope: about the delivery, not the scan. */
const ENVELOPE = ['detail-type', 'version', 'id', 'account', 'time', 'region', 'resources'];
const IN_EVENT = FIELD_SPECS.filter(([, spec]) => spec.inEvent !== false).map(([field]) => field);
const UNKNOWN_FIELD = says('is not a known field', `Use scan fields (${IN_EVENT.join(', ')}) or leave it out`);
/** The scan fields an event may carry, by name only: resolveConfig judges their values, over the environment. */
const SCAN_FIELD_NAMES = Object.fromEntries(
  FIELD_SPECS.map(([field, spec]) => [field, (spec.inEvent === false ? z.undefined({ error: says('is only available in the CLI', 'Remove it from the event') }) : z.unknown()).optional()]),
);

/** An invocation event: what triggered it, and scan fields at the top level (Scheduler's Input) or under `detail` (an EventBridge rule). */
const EVENT = z.preprocess(
  (event) => (event === undefined || event === null || event === '' ? {} : event),
  z.strictObject(
    {
      source: trigger('source'),
      scheduledTime: trigger('scheduledTime'),
      executionId: trigger('executionId'),
      ...Object.fromEntries(ENVELOPE.map((key) => [key, z.unknown().transform(() => undefined).optional()])),
      detail: strict(SCAN_FIELD_NAMES, UNKNOWN_FIELD, says('must be an object of scan fields', 'Set detail to {} or e.g. {"services": ["dynamodb"]}')).nullish(),
      ...SCAN_FIELD_NAMES,
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? UNKNOWN_FIELD : says(`must be a JSON object, got ${shown(issue.input)}`, 'Invoke with {} or an object of scan fields, e.g. {"regions": ["eu-west-1"]}')) },
  ),
);
// A field under `detail` is named as if at the top level: it is the same scan field.
const eventPath: PathNamer = ([key, inDetail]) => (key === undefined ? 'event' : `event.${String(key === 'detail' && inDetail !== undefined ? inDetail : key)}`);

/** A Lambda invocation's scan, and what to log about it. */
export interface LambdaInput {
  config: ScanConfig;
  /** What triggered the scan, for the logs. */
  trigger: { source?: string; scheduledTime?: string; executionId?: string };
  /** Time kept back from collection to evaluate and publish (DP_PUBLISH_RESERVE_MS). */
  publishReserveMs: number;
}

/**
 * Parses an invocation event. Scan fields sit at the top level (Scheduler's Input) or, for an
 * EventBridge rule, under `detail`. Unknown fields are errors, so a typo cannot silently widen a scan.
 */
export function parseLambdaInput(event: unknown, env: Record<string, string | undefined>, accountId?: string): LambdaInput {
  const { source, scheduledTime, executionId, detail, ...scan } = parseInput(EVENT, event, eventPath);
  // A bad value from the environment is named by its variable, so nobody looks for it in the event.
  const variable: Record<string, string> = Object.fromEntries(Object.entries(ENV_FIELDS).map(([name, field]) => [field, name]));
  const envName: FieldNamer = (field) => (field === 'regions' && !env.DP_REGIONS ? 'AWS_REGION' : (variable[field] ?? `env.${field}`));
  const { input: defaults, publishReserveMs } = environment(env);
  const config = resolveConfig({ ...scan, ...detail }, 'event', defaults, envName);
  if (accountId && !config.accountId) config.accountId = accountId;
  return { config, trigger: { source, scheduledTime, executionId }, publishReserveMs };
}

/** The account a function runs in, from its ARN (saves an sts:GetCallerIdentity call). */
export function accountOfFunction(invokedFunctionArn: string | undefined): { accountId?: string; partition?: string } {
  const parts = invokedFunctionArn?.split(':') ?? [];
  return /^\d{12}$/.test(parts[4] ?? '') ? { accountId: parts[4], partition: parts[1] } : {};
}
