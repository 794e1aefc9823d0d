/**
 * The Lambda's input: the invocation event (EventBridge Scheduler's Input, or a manual invocation) over
 * defaults from the function's environment (template parameters). Both validate into one ScanConfig.
 */
import { ConfigError } from './config/errors.js';
import type { ScanConfig } from './config/scan-config.js';
import { resolveConfig } from './config/resolve.js';
import { SCAN_INPUT_FIELDS, type ScanInput } from './config/schema.js';

/** Environment variables the template sets; each maps to one ScanInput field. */
export const ENV_FIELDS = {
  DP_REGIONS: 'regions',
  DP_SERVICES: 'services',
  DP_CHECKS: 'checks',
  DP_PUBLISH: 'publish',
  DP_IMPORT_PASSES: 'importPasses',
  DP_REFRESH_INTERVAL_DAYS: 'refreshIntervalDays',
  DP_SUPPRESSIONS: 'suppressions',
  DP_SUPPRESSIONS_FILE: 'suppressionsFile',
  DP_SETTINGS: 'settings',
  DP_CLASSIFICATION: 'classification',
} as const satisfies Record<string, keyof ScanInput>;

/** Event fields that describe the invocation rather than the scan. */
const INVOCATION_FIELDS = ['source', 'scheduledTime', 'executionId', 'detail-type', 'detail', 'version', 'id', 'account', 'time', 'region', 'resources'] as const;

/** Scan fields that only make sense on a laptop. */
const CLI_ONLY: readonly (keyof ScanInput)[] = ['profile', 'record', 'replay', 'snapshotIn', 'snapshotOut', 'suppressionsFile'];

export interface LambdaInput {
  config: ScanConfig;
  /** What triggered the scan, for the logs. */
  trigger: { source?: string; scheduledTime?: string; executionId?: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** DP_* variables read elsewhere than ENV_FIELDS (classification tag keys here, the publish reserve in the handler). */
const OTHER_VARIABLES = ['DP_TIER_TAG_KEYS', 'DP_PII_TAG_KEYS', 'DP_PUBLISH_RESERVE_MS'] as const;

/** Defaults from the environment; AWS_REGION when no regions are configured. A DP_ variable we do not read is a typo, and an error. */
export function inputFromEnv(env: Record<string, string | undefined>): ScanInput {
  const known = new Set<string>([...Object.keys(ENV_FIELDS), ...OTHER_VARIABLES]);
  for (const name of Object.keys(env)) {
    if (name.startsWith('DP_') && !known.has(name)) throw new ConfigError(name, 'is not a variable data-posture reads', `Use one of: ${[...known].sort().join(', ')}`);
  }
  const input: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(ENV_FIELDS)) if (env[name] !== undefined && env[name] !== '') input[field] = env[name];
  if (input.regions === undefined && env.AWS_REGION) input.regions = env.AWS_REGION;
  // Template parameters for the classification tag keys, over any DP_CLASSIFICATION document.
  const tierKeys = env.DP_TIER_TAG_KEYS?.split(',').map((k) => k.trim()).filter(Boolean) ?? [];
  const piiKeys = env.DP_PII_TAG_KEYS?.split(',').map((k) => k.trim()).filter(Boolean) ?? [];
  if (tierKeys.length > 0 || piiKeys.length > 0) {
    let base: unknown = {};
    if (typeof input.classification === 'string') {
      try {
        base = JSON.parse(input.classification);
      } catch (error) {
        throw new ConfigError('DP_CLASSIFICATION', `is not valid JSON (${(error as Error).message})`, 'Fix the JSON syntax');
      }
    }
    if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new ConfigError('DP_CLASSIFICATION', 'must be a JSON object', 'Write { "tierKeys": [...], ... }');
    input.classification = { ...base, ...(tierKeys.length > 0 ? { tierKeys } : {}), ...(piiKeys.length > 0 ? { piiKeys } : {}) };
  }
  return input;
}

/**
 * Parses an invocation event. Scan fields sit at the top level (Scheduler's Input) or, for an
 * EventBridge rule, under `detail`. Unknown fields are errors, so a typo cannot silently widen a scan.
 */
export function parseLambdaInput(event: unknown, env: Record<string, string | undefined>, accountId?: string): LambdaInput {
  if (event === undefined || event === null || event === '') event = {};
  if (!isObject(event)) throw new ConfigError('event', `must be a JSON object, got ${JSON.stringify(event)}`, 'Invoke with {} or an object of scan fields, e.g. {"regions": ["eu-west-1"]}');
  const scan: Record<string, unknown> = {};
  const trigger: LambdaInput['trigger'] = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'detail') {
      if (value === undefined || value === null) continue;
      if (!isObject(value)) throw new ConfigError('event.detail', 'must be an object of scan fields', 'Set detail to {} or e.g. {"services": ["dynamodb"]}');
      Object.assign(scan, value);
    } else if ((INVOCATION_FIELDS as readonly string[]).includes(key)) {
      if (key === 'source' || key === 'scheduledTime' || key === 'executionId') {
        if (typeof value !== 'string') throw new ConfigError(`event.${key}`, 'must be a string', `Set ${key} to a string or leave it out`);
        trigger[key] = value;
      }
    } else if (SCAN_INPUT_FIELDS.includes(key as keyof ScanInput)) {
      scan[key] = value;
    } else {
      throw new ConfigError(`event.${key}`, 'is not a known field', `Use scan fields (${SCAN_INPUT_FIELDS.filter((f) => !CLI_ONLY.includes(f)).join(', ')}) or leave it out`);
    }
  }
  for (const key of CLI_ONLY) {
    if (scan[key] !== undefined) throw new ConfigError(`event.${key}`, 'is only available in the CLI', 'Remove it from the event');
  }
  // A bad value from the environment is named by its variable, so nobody looks for it in the event.
  const variable = Object.fromEntries(Object.entries(ENV_FIELDS).map(([name, field]) => [field, name])) as Partial<Record<string, string>>;
  const envName = (key: string): string => (key === 'regions' && !env.DP_REGIONS ? 'AWS_REGION' : (variable[key] ?? `env.${key}`));
  const config = resolveConfig(scan, 'event', inputFromEnv(env), envName);
  if (accountId && !config.accountId) config.accountId = accountId;
  return { config, trigger };
}

/** The account a function runs in, from its ARN (saves an sts:GetCallerIdentity call). */
export function accountOfFunction(invokedFunctionArn: string | undefined): { accountId?: string; partition?: string } {
  const parts = invokedFunctionArn?.split(':') ?? [];
  return /^\d{12}$/.test(parts[4] ?? '') ? { accountId: parts[4], partition: parts[1] } : {};
}
