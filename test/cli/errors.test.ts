import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, DEMO_RECORDING, tempDir } from '../doors/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A recording directory holding `manifest` (or none). */
function recording(name: string, manifest?: string | object): string {
  const dir = join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  if (manifest !== undefined) tmp.file(join(name, 'manifest.json'), manifest);
  return dir;
}

/** Runs the CLI and expects exit 1 with a single error line matching every pattern, and no report. */
async function rejects(argv: string[], ...patterns: RegExp[]): Promise<string> {
  const run = await cli(argv);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^data-posture: /);
  for (const p of patterns) expect(lines[0]).toMatch(p);
  return lines[0]!;
}

const REPLAY = ['scan', '--replay', DEMO_RECORDING];

describe('data-posture rejects bad flags with one message naming the flag and the fix', () => {
  it('an unknown flag', async () => {
    await rejects([...REPLAY, '--regoins', 'eu-west-1'], /--regoins/, /data-posture help/);
  });

  it('a flag missing its value', async () => {
    await rejects([...REPLAY, '--format'], /--format/, /argument missing/, /data-posture help/);
  });

  it('an unknown command and a stray argument', async () => {
    await rejects(['audit'], /command: "audit" is not a command/, /scan, checks, help/);
    await rejects(['scan', 'eu-west-1'], /unexpected "eu-west-1"/, /Flags start with --/);
  });

  it('a severity --fail-on does not know', async () => {
    await rejects([...REPLAY, '--fail-on', 'severe'], /--fail-on: "severe" is not a severity/, /low, medium, high, critical/);
  });

  it('a report format that does not exist', async () => {
    await rejects([...REPLAY, '--format', 'xml'], /--format: "xml" is not a format/, /table, json, asff, html/);
  });

  it('a service that is not scanned', async () => {
    await rejects([...REPLAY, '--services', 'dynamodb,sqs'], /: --services: "sqs" is not a scanned service/, /Use some of: .*dynamodb/);
  });

  it('a check id no check has', async () => {
    await rejects([...REPLAY, '--checks', 'dynamodb.table.pitr,dynamodb.table.backups'], /: --checks: "dynamodb\.table\.backups" is not a check id/, /data-posture checks/);
  });

  it('a region name that is not one', async () => {
    await rejects([...REPLAY, '--regions', 'eu-west-1,euwest2'], /: --regions: "euwest2" is not an AWS region name/, /eu-west-1/);
  });

  it('--record together with --replay', async () => {
    await rejects([...REPLAY, '--record', join(tmp.dir, 'rec')], /: --record: cannot be combined with replay/, /not both/);
  });

  it('--import-passes without --publish', async () => {
    await rejects([...REPLAY, '--import-passes'], /--import-passes: only applies with --publish/, /Add --publish/);
  });

  it('a region from AWS_REGION that is not one names the variable, not --regions', async () => {
    // Act
    const run = await cli(['scan', '--services', 'dynamodb'], { env: { AWS_REGION: 'Ireland' } });
    // Assess
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^data-posture: AWS_REGION: "Ireland" is not an AWS region name/);
  });

  it('a refresh interval out of range', async () => {
    await rejects([...REPLAY, '--refresh-interval-days', '0'], /: --refresh-interval-days: must be a whole number from 1 to \d+, got "0"/, /Set --refresh-interval-days between/);
  });
});

describe('data-posture rejects a bad recording before scanning', () => {
  it('a replay directory that does not exist, even with regions and account given', async () => {
    // Prepare
    const missing = join(tmp.dir, 'no-such-recording');
    // Act
    const line = await rejects(['scan', '--replay', missing, '--regions', 'eu-west-1', '--account-id', '111122223333'], /: --replay: /, /no-such-recording/, /--record/);
    // Assess
    expect(line).toMatch(/does not exist|not a directory/);
  });

  it('a recording without a manifest asks for the regions', async () => {
    await rejects(['scan', '--replay', recording('no-manifest')], /: --regions: is missing/, /manifest\.json/, /eu-west-1/);
  });

  it('a manifest with a malformed field names the field and says to re-record', async () => {
    // Prepare
    const dir = recording('bad-field', { accountId: '111122223333', regions: 'eu-west-1', recordedAt: '2026-11-20T09:00:00Z' });
    // Act / Assess
    await rejects(['scan', '--replay', dir], /manifest\.json/, /"regions" is missing or malformed/, /--record/);
  });

  it('a manifest that is not JSON names the file', async () => {
    // Prepare
    const dir = recording('not-json', '{ "accountId": 111122223333,');
    // Act / Assess
    await rejects(['scan', '--replay', dir], /: --replay: /, /not-json[/\\]manifest\.json/, /JSON/, /--record/);
  });
});

describe('data-posture rejects bad input files with the entry and field named', () => {
  it('a suppression entry missing its expiry', async () => {
    // Prepare
    const path = tmp.file('suppressions-no-expiry.json', {
      version: 1,
      suppressions: [
        { checkId: 'dynamodb.table.pitr', reason: 'scratch tables', owner: 'data-platform@example.com', expires: '2027-03-31' },
        { checkId: 'dynamodb.table.pitr', reason: 'scratch tables', owner: 'data-platform@example.com' },
      ],
    });
    // Act / Assess
    await rejects([...REPLAY, '--suppressions', path], /suppressions\[1\] \(#2\)\.expires: is missing/, /YYYY-MM-DD/);
  });

  it('a suppression entry with an unknown check id points at the checks command', async () => {
    // Prepare
    const path = tmp.file('suppressions-unknown-check.json', {
      version: 1,
      suppressions: [{ checkId: 'dynamodb.table.pitr_enabled', reason: 'scratch', owner: 'data-platform@example.com', expires: '2027-03-31' }],
    });
    // Act
    const line = await rejects([...REPLAY, '--suppressions', path], /suppressions\[0\] \(#1\)\.checkId: no check has the id dynamodb\.table\.pitr_enabled/);
    // Assess: the hint names a command that exists.
    expect(line).toContain('`data-posture checks`');
  });

  it('a suppressions file that is not JSON, or is missing', async () => {
    await rejects([...REPLAY, '--suppressions', tmp.file('suppressions-broken.json', '{"version": 1,')], /suppressions-broken\.json: is not valid JSON/, /Fix the JSON syntax/);
    await rejects([...REPLAY, '--suppressions', join(tmp.dir, 'absent.json')], /absent\.json: cannot be read/, /suppressions file path/);
  });

  it('a settings file with an unknown setting, a wrong type, bad JSON, or no file', async () => {
    await rejects([...REPLAY, '--settings', tmp.file('settings-unknown.json', { minBackupRetentionDay: 14 })], /: --settings\.minBackupRetentionDay: is not a known setting/, /minBackupRetentionDays/);
    await rejects([...REPLAY, '--settings', tmp.file('settings-type.json', { minBackupRetentionDays: '14' })], /: --settings\.minBackupRetentionDays: must be a number, got "14"/, /default/);
    await rejects([...REPLAY, '--settings', tmp.file('settings-broken.json', '{ minBackupRetentionDays: 14 }')], /: --settings: is not valid JSON/);
    await rejects([...REPLAY, '--settings', join(tmp.dir, 'absent-settings.json')], /--settings: cannot read/, /JSON file of check settings/);
  });

  it('a snapshot with a malformed field, or that is not JSON', async () => {
    // Prepare
    const wrongAccount = tmp.file('snapshot-field.json', { schemaVersion: 1, accountId: '1111', partition: 'aws', collectedAt: '2026-11-20T09:00:00Z', regions: [], services: [], resources: [], errors: [], scopes: [] });
    const notJson = tmp.file('snapshot-broken.json', '[');
    // Act / Assess
    await rejects(['scan', '--snapshot', wrongAccount], /snapshot-field\.json: field "accountId" must be a 12-digit AWS account id/);
    await rejects(['scan', '--snapshot', notJson], /snapshot .*snapshot-broken\.json could not be read as JSON/, /--save-snapshot/);
  });

  it('a --save-snapshot path in a directory that does not exist, before anything is collected', async () => {
    await rejects([...REPLAY, '--save-snapshot', join(tmp.dir, 'missing', 'inventory.json')], /--save-snapshot/, /the directory .*missing does not exist/);
  });

  it('a snapshot that cannot be written still prints the report, then exits 1 naming --save-snapshot', async () => {
    // Prepare: the path is an existing directory, so the write fails after the scan.
    const dir = join(tmp.dir, 'a-directory.json');
    mkdirSync(dir, { recursive: true });
    // Act
    const run = await cli([...REPLAY, '--format', 'json', '--quiet', '--save-snapshot', dir]);
    // Assess
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/--save-snapshot: the inventory could not be saved to .*a-directory\.json/);
  });
});
