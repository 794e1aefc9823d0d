import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import { accountOfFunction, ENV_FIELDS, inputFromEnv, LAMBDA_MAX_TIMEOUT_MS, parseLambdaInput } from '../../src/config/lambda-input.js';
import { DEFAULT_PUBLISH_RESERVE_MS } from '../../src/config/scan-config.js';
import { tempDir } from '../doors/cli.js';

const event = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../events/${name}`, import.meta.url), 'utf8'));
const ENV = { AWS_REGION: 'eu-west-1', DP_REGIONS: 'eu-west-1,us-east-1' };

function rejection(act: () => unknown): ConfigError {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseLambdaInput', () => {
  it('the scheduled event scans the configured regions and keeps its trigger for the logs', () => {
    // Act
    const { config, trigger } = parseLambdaInput(event('scheduled.json'), ENV, '111122223333');
    // Assess
    expect(config).toMatchObject({ regions: ['eu-west-1', 'us-east-1'], services: [], accountId: '111122223333' });
    expect(config.publish.securityHub).toBe(false);
    expect(trigger).toEqual({ source: 'data-posture.schedule', scheduledTime: '2026-11-23T05:00:00Z', executionId: '2c1f4c9e-7a52-4d0b-9a3e-0f2b6c8d1e47' });
  });

  it('the subset event narrows regions and services over the environment', () => {
    // Act
    const { config, trigger } = parseLambdaInput(event('scan-subset.json'), { ...ENV, DP_SERVICES: 'redshift' });
    // Assess
    expect(config.regions).toEqual(['eu-west-1']);
    expect(config.services).toEqual(['dynamodb', 'dax', 'kms']);
    expect(trigger).toEqual({ source: 'manual' });
  });

  it('an EventBridge rule event carries its scan fields under detail; its envelope is ignored', () => {
    // Prepare
    const rule = {
      version: '0', id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718', 'detail-type': 'Scheduled Event', source: 'aws.events', account: '111122223333',
      time: '2026-11-23T05:00:00Z', region: 'eu-west-1', resources: ['arn:aws:events:eu-west-1:111122223333:rule/data-posture-daily'],
      detail: { services: ['redshift'], publish: true },
    };
    // Act
    const { config, trigger } = parseLambdaInput(rule, ENV);
    // Assess
    expect(config.services).toEqual(['redshift']);
    expect(config.publish.securityHub).toBe(true);
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(trigger).toEqual({ source: 'aws.events' });
  });

  it('a scan field under detail wins over the same field at the top level, whatever their order', () => {
    // Act
    const before = parseLambdaInput({ detail: { services: ['rds'] }, services: ['dynamodb'] }, ENV);
    const after = parseLambdaInput({ services: ['dynamodb'], detail: { services: ['rds'] } }, ENV);
    // Assess
    expect(before.config.services).toEqual(['rds']);
    expect(after.config.services).toEqual(['rds']);
  });

  it.each([undefined, null, '', {}])('%j is an ordinary run over the environment', (empty) => {
    // Act
    const { config } = parseLambdaInput(empty, ENV);
    // Assess
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1']);
  });

  it.each([
    ['a string', '{"regions": ["eu-west-1"]}', 'event', /must be a JSON object/],
    ['an array', ['eu-west-1'], 'event', /must be a JSON object/],
    ['regions of the wrong type', { regions: 5 }, 'event.regions', /must be a list of strings/],
    ['publish of the wrong type', { publish: 'yes' }, 'event.publish', /must be true or false/],
    ['a misspelt field', { regoins: ['eu-west-1'] }, 'event.regoins', /is not a known field/],
    ['a CLI output option', { output: '/tmp/findings.json' }, 'event.output', /is not a known field/],
    ['a misspelt field under detail', { detail: { service: ['dynamodb'] } }, 'event.service', /is not a known field/],
    ['a detail that is not an object', { detail: 'dynamodb' }, 'event.detail', /must be an object of scan fields/],
    ['a trigger field of the wrong type', { source: 42 }, 'event.source', /must be a string/],
    ['--record', { record: '/tmp/recording' }, 'event.record', /is only available in the CLI/],
    ['--replay', { replay: '/tmp/recording' }, 'event.replay', /is only available in the CLI/],
    ['--profile', { profile: 'audit' }, 'event.profile', /is only available in the CLI/],
    ['--snapshot', { snapshotIn: '/tmp/inventory.json' }, 'event.snapshotIn', /is only available in the CLI/],
    ['--save-snapshot', { detail: { snapshotOut: '/tmp/inventory.json' } }, 'event.snapshotOut', /is only available in the CLI/],
    ['a suppressions file path', { suppressionsFile: '/var/task/suppressions.json' }, 'event.suppressionsFile', /is only available in the CLI/],
  ])('rejects %s with one error naming the field and the fix', (_what, input, field, problem) => {
    // Act
    const error = rejection(() => parseLambdaInput(input, ENV));
    // Assess
    expect(error.field).toBe(field);
    expect(error.problem).toMatch(problem);
    expect(error.fix).not.toBe('');
  });

  it('an unknown field lists only the fields an event may carry', () => {
    // Act
    const error = rejection(() => parseLambdaInput({ regoins: [] }, ENV));
    // Assess
    expect(error.fix).toContain('regions');
    expect(error.fix).not.toMatch(/\brecord\b|\breplay\b|\bprofile\b/);
  });

  it('takes the account from the function, unless the event names one', () => {
    expect(parseLambdaInput({}, ENV, '111122223333').config.accountId).toBe('111122223333');
    expect(parseLambdaInput({ accountId: '444455556666' }, ENV, '111122223333').config.accountId).toBe('444455556666');
  });
});

describe('the environment (template parameters)', () => {
  it('maps every DP_* variable to its scan field', () => {
    // Prepare
    const env = {
      DP_REGIONS: 'eu-west-1',
      DP_SERVICES: 'dynamodb,redshift',
      DP_CHECKS: 'dynamodb.table.pitr',
      DP_PUBLISH: 'true',
      DP_IMPORT_PASSES: 'true',
      DP_REFRESH_INTERVAL_DAYS: '14',
      DP_SUPPRESSIONS: JSON.stringify({ version: 1, suppressions: [{ checkId: 'dynamodb.table.pitr', reason: 'scratch', owner: 'data@example.com', expires: '2027-03-31' }] }),
      DP_SETTINGS: '{"minBackupRetentionDays": 14}',
      DP_CLASSIFICATION: '{"defaultTier": "red"}',
    };
    // Act
    const { config } = parseLambdaInput({}, env);
    // Assess
    expect(Object.keys(ENV_FIELDS).filter((name) => name !== 'DP_SUPPRESSIONS_FILE').sort()).toEqual(Object.keys(env).sort());
    expect(config).toMatchObject({
      regions: ['eu-west-1'],
      services: ['dynamodb', 'redshift'],
      checkIds: ['dynamodb.table.pitr'],
      publish: { securityHub: true, importPasses: true, refreshIntervalDays: 14 },
      settings: { minBackupRetentionDays: 14 },
      classification: { defaultTier: 'red' },
    });
    expect(config.suppressions?.suppressions).toHaveLength(1);
  });

  it('DP_SUPPRESSIONS_FILE loads a suppressions file shipped with the function; an event may not name one', () => {
    // Prepare
    const tmp = tempDir('dp-lambda-');
    const path = tmp.file('suppressions.json', { version: 1, suppressions: [{ checkId: 'dynamodb.table.pitr', reason: 'scratch', owner: 'data@example.com', expires: '2027-03-31' }] });
    try {
      // Act
      const { config } = parseLambdaInput({}, { ...ENV, DP_SUPPRESSIONS_FILE: path });
      // Assess
      expect(config.suppressions).toMatchObject({ source: path, suppressions: [{ checkId: 'dynamodb.table.pitr' }] });
      expect(rejection(() => parseLambdaInput({ suppressionsFile: path }, ENV)).field).toBe('event.suppressionsFile');
    } finally {
      tmp.cleanup();
    }
  });

  it('falls back to the function\'s own region when no regions are configured', () => {
    expect(inputFromEnv({ AWS_REGION: 'eu-central-1' }).regions).toBe('eu-central-1');
    expect(parseLambdaInput({}, { AWS_REGION: 'eu-central-1' }).config.regions).toEqual(['eu-central-1']);
  });

  it('ignores empty variables: an empty template parameter means the default', () => {
    // Act
    const { config } = parseLambdaInput({}, { ...ENV, DP_SERVICES: '', DP_SETTINGS: '', DP_SUPPRESSIONS: '' });
    // Assess
    expect(config.services).toEqual([]);
    expect(config.suppressions).toBeUndefined();
  });

  it('the tag-key parameters override the classification document\'s keys and keep the rest', () => {
    // Act
    const input = inputFromEnv({ DP_CLASSIFICATION: '{"defaultTier": "green"}', DP_TIER_TAG_KEYS: 'sensitivity, data-class', DP_PII_TAG_KEYS: 'personal_data' });
    const { config } = parseLambdaInput({}, { ...ENV, DP_CLASSIFICATION: '{"defaultTier": "green"}', DP_TIER_TAG_KEYS: 'sensitivity, data-class', DP_PII_TAG_KEYS: 'personal_data' });
    // Assess
    expect(input.classification).toEqual({ defaultTier: 'green', tierKeys: ['sensitivity', 'data-class'], piiKeys: ['personal_data'] });
    expect(config.classification).toEqual({ ...DEFAULT_CLASSIFICATION, defaultTier: 'green', tierKeys: ['sensitivity', 'data-class'], piiKeys: ['personal_data'] });
  });

  it('a classification document that is not JSON is named by its variable', () => {
    // Act
    const error = rejection(() => inputFromEnv({ DP_CLASSIFICATION: '{defaultTier: green}', DP_TIER_TAG_KEYS: 'sensitivity' }));
    // Assess
    expect(error.field).toBe('DP_CLASSIFICATION');
  });

  it.each([
    ['DP_REGIONS', 'eu-west-1,Frankfurt', /"Frankfurt" is not an AWS region name/],
    ['DP_SERVICES', 'dynamodb,sqs', /"sqs" is not a scanned service/],
    ['DP_CHECKS', 'dynamodb.table.nope', /is not a check id/],
    ['DP_PUBLISH', 'yes', /must be true or false/],
    ['DP_IMPORT_PASSES', 'sometimes', /must be true or false/],
    ['DP_REFRESH_INTERVAL_DAYS', '90', /must be a whole number/],
    ['DP_SUPPRESSIONS', '{"version": 1, "suppressions": [{"checkId": "dynamodb.table.pitr"}]}', /is missing/],
    ['DP_SETTINGS', '{"minBackupRetentionDays": "two weeks"}', /must be a number/],
    ['DP_CLASSIFICATION', '{"defaultTier": "amber"}', /is not a tier/],
  ])('an invalid %s is named by the variable, not as an event field', (name, value, problem) => {
    // Act
    const error = rejection(() => parseLambdaInput({}, { ...ENV, [name]: value }));
    // Assess
    expect(error.field.startsWith(name)).toBe(true);
    expect(error.problem).toMatch(problem);
  });

  it('DP_PUBLISH_RESERVE_MS is a whole number of milliseconds within Lambda\'s longest timeout', () => {
    // Act
    const { publishReserveMs } = parseLambdaInput({}, { ...ENV, DP_PUBLISH_RESERVE_MS: '120000' });
    const error = rejection(() => parseLambdaInput({}, { ...ENV, DP_PUBLISH_RESERVE_MS: String(LAMBDA_MAX_TIMEOUT_MS + 1) }));
    // Assess
    expect(publishReserveMs).toBe(120_000);
    expect(parseLambdaInput({}, ENV).publishReserveMs).toBe(DEFAULT_PUBLISH_RESERVE_MS);
    expect(error.field).toBe('DP_PUBLISH_RESERVE_MS');
    expect(error.problem).toMatch(/must be a whole number of milliseconds from 0 to 900000/);
  });

  it('a DP_ variable it does not read (a typo) is an error naming it and the variables it does read', () => {
    // Act
    const error = rejection(() => parseLambdaInput({}, { ...ENV, DP_REGION: 'eu-west-1' }));
    // Assess
    expect(error.field).toBe('DP_REGION');
    expect(error.fix).toContain('DP_REGIONS');
  });

  it('an event field overriding an invalid variable is judged on its own value', () => {
    // Act
    const { config } = parseLambdaInput({ publish: false }, { ...ENV, DP_PUBLISH: 'yes' });
    // Assess
    expect(config.publish.securityHub).toBe(false);
  });
});

describe('accountOfFunction', () => {
  it('reads the account and partition from the invoked function ARN', () => {
    expect(accountOfFunction('arn:aws-us-gov:lambda:us-gov-west-1:111122223333:function:data-posture-scan:live')).toEqual({ accountId: '111122223333', partition: 'aws-us-gov' });
  });

  it.each([undefined, '', 'not-an-arn', 'arn:aws:lambda:eu-west-1:local:function:x'])('%j gives nothing, so the scan asks STS', (arn) => {
    expect(accountOfFunction(arn)).toEqual({});
  });
});
