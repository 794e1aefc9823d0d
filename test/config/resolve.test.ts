import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { DEFAULT_PUBLISH, MAX_REFRESH_INTERVAL_DAYS, type ScanConfig } from '../../src/config/scan-config.js';
import { SCAN_INPUT_FIELDS, type ScanInput } from '../../src/config/schema.js';
import { DEFAULT_CHECK_SETTINGS } from '../../src/engine/settings.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import { DEMO_RECORDING, tempDir } from '../doors/cli.js';

const tmp = tempDir('dp-config-');
afterAll(() => tmp.cleanup());

const REGION = { regions: 'eu-west-1' };
const SUPPRESSION = { checkId: 'dynamodb.table.pitr', resourceArn: 'arn:aws:dynamodb:*:*:table/tmp-*', reason: 'scratch tables rebuilt nightly', owner: 'data-platform@example.com', expires: '2027-03-31' };
const SUPPRESSIONS = { version: 1, suppressions: [SUPPRESSION] };

/** The ConfigError `resolveConfig` throws for `input`. */
function errorOf(input: ScanInput, defaults: ScanInput = {}): ConfigError {
  try {
    resolveConfig(input, 'event', defaults);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

interface FieldCase {
  valid: [ScanInput, (config: ScanConfig) => void][];
  /** Input, the field the error names, and a pattern for its problem. */
  invalid: [ScanInput, string, RegExp][];
}

const suppressionsFile = () => tmp.file('suppressions.json', SUPPRESSIONS);
const badSuppressionsFile = () => tmp.file('suppressions-bad.json', { version: 1, suppressions: [SUPPRESSION, { ...SUPPRESSION, owner: '' }] });
const emptyRecording = () => {
  const dir = join(tmp.dir, 'recording-without-manifest');
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** One valid and one invalid input at least, for every field a door may set. */
const FIELDS: Record<(typeof SCAN_INPUT_FIELDS)[number], FieldCase> = {
  regions: {
    valid: [
      [{ regions: 'eu-west-1, us-east-1' }, (c) => expect(c.regions).toEqual(['eu-west-1', 'us-east-1'])],
      [{ regions: ['us-gov-west-1', 'ap-southeast-2'] }, (c) => expect(c.regions).toEqual(['us-gov-west-1', 'ap-southeast-2'])],
    ],
    invalid: [
      [{ regions: 42 }, 'event.regions', /must be a list of strings, got 42/],
      [{ regions: ['eu-west-1', 7] }, 'event.regions', /must be a list of strings/],
      [{ regions: 'eu-west-1,Ireland' }, 'event.regions', /"Ireland" is not an AWS region name/],
      [{}, 'event.regions', /is missing/],
      [{ regions: ' , ' }, 'event.regions', /is missing/],
    ],
  },
  services: {
    valid: [
      [{ ...REGION, services: 'dynamodb,redshift' }, (c) => expect(c.services).toEqual(['dynamodb', 'redshift'])],
      [{ ...REGION, services: ['dax'] }, (c) => expect(c.services).toEqual(['dax'])],
    ],
    invalid: [
      [{ ...REGION, services: 'dynamodb,sqs' }, 'event.services', /"sqs" is not a scanned service/],
      [{ ...REGION, services: { dynamodb: true } }, 'event.services', /must be a list of strings/],
    ],
  },
  checks: {
    valid: [[{ ...REGION, checks: 'dynamodb.table.pitr,dax.cluster.tls' }, (c) => expect(c.checkIds).toEqual(['dynamodb.table.pitr', 'dax.cluster.tls'])]],
    invalid: [[{ ...REGION, checks: ['dynamodb.table.pitr', 'dynamodb.table.backups'] }, 'event.checks', /"dynamodb\.table\.backups" is not a check id/]],
  },
  accountId: {
    valid: [[{ ...REGION, accountId: '444455556666' }, (c) => expect(c.accountId).toBe('444455556666')]],
    invalid: [
      [{ ...REGION, accountId: '4444-5555-6666' }, 'event.accountId', /is not a 12-digit account id/],
      [{ ...REGION, accountId: 444455556666 }, 'event.accountId', /must be a string, got 444455556666/],
    ],
  },
  profile: {
    valid: [[{ ...REGION, profile: 'audit' }, (c) => expect(c.profile).toBe('audit')]],
    invalid: [[{ ...REGION, profile: ['audit'] }, 'event.profile', /must be a string/]],
  },
  record: {
    valid: [[{ ...REGION, record: '/tmp/recording' }, (c) => expect(c.record).toBe('/tmp/recording')]],
    invalid: [
      [{ ...REGION, record: true }, 'event.record', /must be a string, got true/],
      [{ record: '/tmp/recording', replay: DEMO_RECORDING }, 'event.record', /cannot be combined with replay/],
    ],
  },
  replay: {
    valid: [
      [
        { replay: DEMO_RECORDING },
        (c) => {
          // The manifest supplies the account, its partition and the recorded regions.
          expect(c.replay).toBe(DEMO_RECORDING);
          expect(c).toMatchObject({ regions: ['eu-west-1', 'us-east-1'], accountId: '111122223333', partition: 'aws' });
        },
      ],
      [{ replay: DEMO_RECORDING, regions: 'us-east-1' }, (c) => expect(c.regions).toEqual(['us-east-1'])],
    ],
    invalid: [
      [{ replay: join(tmp.dir, 'absent') }, 'event.replay', /does not exist or is not a directory/],
      [{ replay: 12 }, 'event.replay', /must be a string/],
    ],
  },
  snapshotIn: {
    valid: [[{ snapshotIn: '/tmp/inventory.json' }, (c) => expect(c).toMatchObject({ snapshotIn: '/tmp/inventory.json', regions: [] })]],
    invalid: [[{ snapshotIn: { path: '/tmp/inventory.json' } }, 'event.snapshotIn', /must be a string/]],
  },
  snapshotOut: {
    valid: [[{ ...REGION, snapshotOut: '/tmp/inventory.json' }, (c) => expect(c.snapshotOut).toBe('/tmp/inventory.json')]],
    invalid: [[{ ...REGION, snapshotOut: false }, 'event.snapshotOut', /must be a string/]],
  },
  publish: {
    valid: [
      [{ ...REGION, publish: true }, (c) => expect(c.publish.securityHub).toBe(true)],
      [{ ...REGION, publish: 'TRUE' }, (c) => expect(c.publish.securityHub).toBe(true)],
      [{ ...REGION, publish: 'false' }, (c) => expect(c.publish.securityHub).toBe(false)],
    ],
    invalid: [
      [{ ...REGION, publish: 'yes' }, 'event.publish', /must be true or false, got "yes"/],
      [{ ...REGION, publish: 1 }, 'event.publish', /must be true or false, got 1/],
    ],
  },
  importPasses: {
    valid: [[{ ...REGION, importPasses: 'true' }, (c) => expect(c.publish.importPasses).toBe(true)]],
    invalid: [[{ ...REGION, importPasses: 'on' }, 'event.importPasses', /must be true or false/]],
  },
  refreshIntervalDays: {
    valid: [
      [{ ...REGION, refreshIntervalDays: '14' }, (c) => expect(c.publish.refreshIntervalDays).toBe(14)],
      [{ ...REGION, refreshIntervalDays: MAX_REFRESH_INTERVAL_DAYS }, (c) => expect(c.publish.refreshIntervalDays).toBe(MAX_REFRESH_INTERVAL_DAYS)],
    ],
    invalid: [
      [{ ...REGION, refreshIntervalDays: 0 }, 'event.refreshIntervalDays', /must be a whole number from 1 to \d+, got 0/],
      [{ ...REGION, refreshIntervalDays: MAX_REFRESH_INTERVAL_DAYS + 1 }, 'event.refreshIntervalDays', /must be a whole number/],
      [{ ...REGION, refreshIntervalDays: 1.5 }, 'event.refreshIntervalDays', /must be a whole number/],
      [{ ...REGION, refreshIntervalDays: 'a week' }, 'event.refreshIntervalDays', /got "a week"/],
    ],
  },
  suppressionsFile: {
    valid: [[{ ...REGION, suppressionsFile: suppressionsFile() }, (c) => expect(c.suppressions?.suppressions).toEqual([SUPPRESSION])]],
    invalid: [
      [{ ...REGION, suppressionsFile: badSuppressionsFile() }, `${badSuppressionsFile()} suppressions[1] (#2).owner`, /must be a non-empty string/],
      [{ ...REGION, suppressionsFile: join(tmp.dir, 'absent.json') }, join(tmp.dir, 'absent.json'), /cannot be read/],
    ],
  },
  suppressions: {
    valid: [
      [{ ...REGION, suppressions: SUPPRESSIONS }, (c) => expect(c.suppressions).toEqual({ source: 'event.suppressions', suppressions: [SUPPRESSION] })],
      [{ ...REGION, suppressions: JSON.stringify(SUPPRESSIONS) }, (c) => expect(c.suppressions?.suppressions).toEqual([SUPPRESSION])],
    ],
    invalid: [
      [{ ...REGION, suppressions: { version: 1, suppressions: [{ ...SUPPRESSION, expires: '31/03/2027' }] } }, 'event.suppressions suppressions[0] (#1).expires', /"31\/03\/2027" is not a date/],
      [{ ...REGION, suppressions: { version: 1, suppressions: [{ ...SUPPRESSION, checkId: 'dynamodb.table.nope' }] } }, 'event.suppressions suppressions[0] (#1).checkId', /no check has the id/],
      [{ ...REGION, suppressions: { version: 2, suppressions: [] } }, 'event.suppressions version', /2 is not a supported version/],
      [{ ...REGION, suppressions: '{"version": 1' }, 'event.suppressions', /is not valid JSON/],
    ],
  },
  settings: {
    valid: [
      [{ ...REGION, settings: { minBackupRetentionDays: 14, trustedAccounts: ['444455556666'] } }, (c) => expect(c.settings).toEqual({ ...DEFAULT_CHECK_SETTINGS, minBackupRetentionDays: 14, trustedAccounts: ['444455556666'] })],
      [{ ...REGION, settings: '{"deepSql": true}' }, (c) => expect(c.settings.deepSql).toBe(true)],
    ],
    invalid: [
      [{ ...REGION, settings: { minBackupRetentionDay: 14 } }, 'event.settings.minBackupRetentionDay', /is not a known setting/],
      [{ ...REGION, settings: { minBackupRetentionDays: '14' } }, 'event.settings.minBackupRetentionDays', /must be a number, got "14"/],
      [{ ...REGION, settings: { minBackupRetentionDays: -1 } }, 'event.settings.minBackupRetentionDays', /must not be negative/],
      [{ ...REGION, settings: { trustedAccounts: '444455556666' } }, 'event.settings.trustedAccounts', /must be a list of strings/],
      [{ ...REGION, settings: '[1, 2]' }, 'event.settings', /must be a JSON object/],
      [{ ...REGION, settings: '{minBackupRetentionDays: 14}' }, 'event.settings', /is not valid JSON/],
    ],
  },
  classification: {
    valid: [
      [{ ...REGION, classification: { tierKeys: ['sensitivity'], defaultTier: 'red' } }, (c) => expect(c.classification).toEqual({ ...DEFAULT_CLASSIFICATION, tierKeys: ['sensitivity'], defaultTier: 'red' })],
      [{ ...REGION, classification: '{"piiRaisesTier": false}' }, (c) => expect(c.classification.piiRaisesTier).toBe(false)],
    ],
    invalid: [
      [{ ...REGION, classification: { tierKey: ['sensitivity'] } }, 'event.classification.tierKey', /is not a known setting/],
      [{ ...REGION, classification: { piiRaisesTier: 'yes' } }, 'event.classification.piiRaisesTier', /must be a boolean/],
      [{ ...REGION, classification: { tierValues: ['red'] } }, 'event.classification.tierValues', /must be an object/],
      [{ ...REGION, classification: { defaultTier: 'purple' } }, 'event.classification.defaultTier', /"purple" is not a tier/],
      [{ ...REGION, classification: { tierValues: { secret: 'crimson' } } }, 'event.classification.tierValues.secret', /"crimson" is not a tier/],
      [{ ...REGION, classification: { piiValues: { yes: 'very' } } }, 'event.classification.piiValues.yes', /"very" is not a PII level/],
    ],
  },
};

describe('resolveConfig validates every field a door may set', () => {
  it('has cases for every field in SCAN_INPUT_FIELDS', () => {
    expect(Object.keys(FIELDS).sort()).toEqual([...SCAN_INPUT_FIELDS].sort());
  });

  describe.each(Object.entries(FIELDS))('%s', (_field, cases) => {
    it.each(cases.valid.map(([input, assess]) => [JSON.stringify(input), input, assess] as const))('accepts %s', (_name, input, assess) => {
      // Act
      const config = resolveConfig(input, 'event');
      // Assess
      assess(config);
    });

    it.each(cases.invalid.map(([input, field, problem]) => [JSON.stringify(input), input, field, problem] as const))('rejects %s, naming the field and the fix', (_name, input, field, problem) => {
      // Act
      const error = errorOf(input);
      // Assess
      expect(error.field).toBe(field);
      expect(error.problem).toMatch(problem);
      expect(error.fix).not.toBe('');
      expect(error.message).toBe(`${field}: ${error.problem}. ${error.fix}`);
    });
  });

  it('a recording without a manifest needs regions, and says where it looked', () => {
    // Act
    const error = errorOf({ replay: emptyRecording() });
    // Assess
    expect(error.field).toBe('event.regions');
    expect(error.problem).toMatch(/has no manifest\.json/);
  });
});

describe('resolveConfig defaults', () => {
  it('scans every service with the default settings, classification and no publishing', () => {
    // Act
    const config = resolveConfig({ regions: 'eu-west-1' }, 'event');
    // Assess
    expect(config).toEqual({ regions: ['eu-west-1'], services: [], settings: DEFAULT_CHECK_SETTINGS, classification: DEFAULT_CLASSIFICATION, publish: DEFAULT_PUBLISH });
  });

  it('fills what the input leaves out from the defaults, and the input wins where both set a field', () => {
    // Prepare
    const defaults: ScanInput = { regions: 'eu-west-1,us-east-1', services: 'dynamodb', publish: 'true', refreshIntervalDays: '3' };
    // Act
    const config = resolveConfig({ services: ['redshift'] }, 'event', defaults);
    // Assess
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(config.services).toEqual(['redshift']);
    expect(config.publish).toEqual({ securityHub: true, importPasses: false, refreshIntervalDays: 3 });
  });

  it('validates the defaults too, naming the field under the same origin', () => {
    // Act
    const error = errorOf({}, { regions: 'eu-west-1', publish: 'maybe' });
    // Assess
    expect(error.field).toBe('event.publish');
  });

  it('an inline suppressions document wins over a suppressions file', () => {
    // Act
    const config = resolveConfig({ ...REGION, suppressions: { version: 1, suppressions: [{ ...SUPPRESSION, owner: 'inline@example.com' }] }, suppressionsFile: suppressionsFile() }, 'event');
    // Assess
    expect(config.suppressions?.source).toBe('event.suppressions');
    expect(config.suppressions?.suppressions[0]?.owner).toBe('inline@example.com');
  });

  it('rejects an unknown field rather than ignoring it, listing the known ones', () => {
    // Act
    const error = errorOf({ ...REGION, region: 'us-east-1' } as ScanInput);
    // Assess
    expect(error.field).toBe('event.region');
    expect(error.problem).toBe('is not a known field');
    expect(error.fix).toContain('regions');
  });
});
