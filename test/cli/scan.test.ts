import { existsSync, readFileSync } from 'node:fs';
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { USAGE } from '../../src/cli/args.js';
import { SEVERITIES, severityAtLeast } from '../../src/vocabulary.js';
import type { JsonFinding } from '../../src/publish/report.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { loadDemoAccount } from '../fake-aws/demo.js';
import { cli, DEMO_RECORDING, demoJson, tempDir } from '../doors/cli.js';

const JSON_FIELDS = ['checkId', 'status', 'severity', 'resourceArn', 'resourceType', 'region', 'accountId', 'reason', 'control', 'tier'] as const;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const unsuppressedAtLeastHigh = (findings: JsonFinding[]) => findings.filter((f) => f.status === 'FAIL' && !f.suppression && severityAtLeast(f.severity, 'HIGH'));

describe('data-posture scan over the bundled demo recording', () => {
  it('--format json prints every finding with the fields pipelines rely on', async () => {
    // Act
    const { run, findings } = await demoJson();
    // Assess
    expect(run.stderr).toBe('');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const field of JSON_FIELDS) expect(typeof f[field], `${f.id}.${field}`).toBe('string');
      expect(f.accountId).toBe('111122223333');
      expect(['PASS', 'FAIL', 'NOT_EVALUATED', 'NOT_APPLICABLE']).toContain(f.status);
      expect(SEVERITIES).toContain(f.severity);
      expect(f.reason).not.toBe('');
    }
    // The recorded regions, plus `global` for account-level resources.
    const regions = new Set(findings.map((f) => f.region));
    expect(regions.has('eu-west-1') && regions.has('us-east-1')).toBe(true);
    for (const r of regions) expect(['eu-west-1', 'us-east-1', 'global']).toContain(r);
  });

  it('--format table prints failures and blind spots, then verdicts per control area and failures per severity', async () => {
    // Prepare
    const { findings } = await demoJson();
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--format', 'table', '-q']);
    // Assess
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^SEVERITY\s+STATUS\s+CHECK\s+RESOURCE\s+REASON$/);
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows).toHaveLength(findings.filter((f) => f.status === 'FAIL' || f.status === 'NOT_EVALUATED').length);
    const worst = [...SEVERITIES].reverse().find((s) => findings.some((f) => f.status === 'FAIL' && f.severity === s));
    expect(rows[0]).toMatch(new RegExp(`^${worst}\\s+FAIL `));
    expect(run.stdout).toMatch(/^CONTROL AREA\s+PASS\s+FAIL\s+NOT_EVALUATED\s+NOT_APPLICABLE\s*$/m);
    expect(run.stdout).toMatch(/^FAILURES BY SEVERITY\s+CRITICAL\s+HIGH\s+MEDIUM\s+LOW\s+INFORMATIONAL\s+SUPPRESSED$/m);
  });

  it('table is the default format', async () => {
    // Act
    const run = await cli(['--replay', DEMO_RECORDING, '-q']);
    // Assess
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^SEVERITY/);
  });

  it('--format asff prints what Security Hub would hold: every finding but NOT_APPLICABLE', async () => {
    // Prepare
    const { findings } = await demoJson();
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--format', 'asff', '-q']);
    // Assess
    expect(run.code).toBe(0);
    const asff = JSON.parse(run.stdout) as AwsSecurityFinding[];
    const imported = findings.filter((f) => f.status !== 'NOT_APPLICABLE');
    expect(asff.map((a) => a.Id).sort()).toEqual(imported.map((f) => f.id).sort());
    for (const a of asff) {
      expect(a.SchemaVersion).toBe('2018-10-08');
      expect(a.AwsAccountId).toBe('111122223333');
      expect(a.ProductArn).toMatch(/^arn:aws:securityhub:[a-z0-9-]+:111122223333:product\/111122223333\/default$/);
    }
  });

  it('--format html writes one self-contained page', async () => {
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--format', 'html', '-q']);
    // Assess
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).not.toMatch(/<script|<link /i);
  });

  it('--output writes the report to the file; stdout stays empty and progress and summary go to stderr', async () => {
    // Prepare
    const path = tmp.file('findings.json');
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--format', 'json', '--output', path]);
    // Assess
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(path, 'utf8')) as JsonFinding[];
    expect(written.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/^collecting dynamodb in eu-west-1$/m);
    expect(run.stderr).toMatch(/^scanned \d+ resources in eu-west-1, us-east-1 for account 111122223333: \d+ FAIL \(0 suppressed\), \d+ PASS/m);
  });

  it('--quiet prints results only: nothing on stderr', async () => {
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--quiet']);
    // Assess
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toBe('');
  });

  it('an --output path that cannot be written fails with the path named', async () => {
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '-q', '--output', `${tmp.dir}/no-such-dir/findings.txt`]);
    // Assess
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^data-posture: error: .*no-such-dir\/findings\.txt/);
  });

  it('--services keeps only those services\' checks', async () => {
    // Act
    const { findings } = await demoJson(['--services', 'dynamodb']);
    // Assess
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.checkId.split('.')[0]))).toEqual(new Set(['dynamodb']));
  });

  it('--checks keeps exactly those checks', async () => {
    // Act
    const { findings } = await demoJson(['--checks', 'dynamodb.table.pitr, dax.cluster.tls']);
    // Assess
    expect(new Set(findings.map((f) => f.checkId))).toEqual(new Set(['dynamodb.table.pitr', 'dax.cluster.tls']));
  });

  it('--regions keeps only those recorded regions', async () => {
    // Act
    const { findings } = await demoJson(['--regions', 'us-east-1', '--services', 'dynamodb']);
    // Assess
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.region))).toEqual(new Set(['us-east-1']));
  });
});

describe('the scanned regions', () => {
  it('default to AWS_REGION for a live scan', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    // Act
    const run = await cli(['scan', '--services', 'dynamodb', '--format', 'json', '-q'], { env: { AWS_REGION: 'us-east-1' }, deps: { transport: fake.transport() } });
    // Assess
    expect(run.code).toBe(0);
    // Account-level resources (IAM users with static keys) are judged once, under region `global`.
    expect(new Set((JSON.parse(run.stdout) as JsonFinding[]).map((f) => f.region))).toEqual(new Set(['us-east-1', 'global']));
    expect(new Set(fake.calls.map((c) => c.region))).toEqual(new Set(['us-east-1']));
  });

  it('are required when neither --regions nor AWS_REGION says which', async () => {
    // Act
    const run = await cli(['scan', '--services', 'dynamodb']);
    // Assess
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('data-posture: --regions: is missing. Name the regions to scan, e.g. eu-west-1,us-east-1\n');
  });
});

describe('--fail-on', () => {
  it('exits 2 and says why when an unsuppressed failure is at least that severe', async () => {
    // Prepare: the demo has customer data on AWS-owned keys, a HIGH failure.
    const narrow = ['--checks', 'dynamodb.table.encrypted_cmk'];
    const { findings } = await demoJson(narrow);
    const high = unsuppressedAtLeastHigh(findings).length;
    expect(high).toBeGreaterThan(0);
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, ...narrow, '--fail-on', 'HIGH']);
    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--fail-on high: ${high} unsuppressed failure(s) at or above HIGH`);
  });

  it('exits 0 when every failure is less severe', async () => {
    // Prepare: the insecure-transport policy check fails only at LOW and MEDIUM in the demo.
    const narrow = ['--checks', 'dynamodb.table.policy_denies_insecure_transport'];
    const { findings } = await demoJson(narrow);
    expect(findings.some((f) => f.status === 'FAIL')).toBe(true);
    expect(unsuppressedAtLeastHigh(findings)).toEqual([]);
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, ...narrow, '--fail-on', 'high', '-q']);
    // Assess
    expect(run.code).toBe(0);
  });

  it('suppressed failures do not trip it, and stay visible as suppressed', async () => {
    // Prepare
    const suppressions = tmp.file('accepted.json', {
      version: 1,
      suppressions: [{ checkId: 'dynamodb.table.encrypted_cmk', reason: 'key migration planned for Q1', owner: 'data-platform@example.com', expires: '2027-03-31' }],
    });
    const narrow = ['--checks', 'dynamodb.table.encrypted_cmk', '--suppressions', suppressions];
    // Act
    const gate = await cli(['scan', '--replay', DEMO_RECORDING, ...narrow, '--fail-on', 'low']);
    const { findings } = await demoJson(narrow);
    const table = await cli(['scan', '--replay', DEMO_RECORDING, ...narrow, '-q']);
    // Assess
    expect(gate.code).toBe(0);
    const fails = findings.filter((f) => f.status === 'FAIL');
    expect(fails.length).toBeGreaterThan(0);
    for (const f of fails) expect(f.suppression).toMatchObject({ reason: 'key migration planned for Q1', owner: 'data-platform@example.com', expires: '2027-03-31' });
    expect(gate.stderr).toContain(`FAIL (${fails.length} suppressed)`);
    expect(table.stdout).toMatch(/^HIGH\s+SUPPRESSED\s+dynamodb\.table\.encrypted_cmk /m);
  });

  it('an expired suppression no longer applies: the failure trips the gate and the scan warns', async () => {
    // Prepare
    const suppressions = tmp.file('expired.json', {
      version: 1,
      suppressions: [{ checkId: 'dynamodb.table.encrypted_cmk', reason: 'key migration', owner: 'data-platform@example.com', expires: '2026-11-01' }],
    });
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--checks', 'dynamodb.table.encrypted_cmk', '--suppressions', suppressions, '--fail-on', 'high']);
    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^warning: .*2026-11-01/m);
  });
});

describe('snapshots', () => {
  it('--save-snapshot then --snapshot judges the saved inventory again with the same findings', async () => {
    // Prepare
    const path = tmp.file('inventory.json');
    const { findings: live } = await demoJson(['--save-snapshot', path]);
    expect(existsSync(path)).toBe(true);
    // Act
    const run = await cli(['scan', '--snapshot', path, '--format', 'json', '-q']);
    // Assess
    expect(run.code).toBe(0);
    const again = JSON.parse(run.stdout) as JsonFinding[];
    const verdicts = (fs: JsonFinding[]) => fs.map((f) => `${f.id} ${f.status} ${f.severity} ${f.reason}`).sort();
    expect(verdicts(again)).toEqual(verdicts(live));
  });
});

describe('recordings', () => {
  it('--record saves a live scan with its manifest; --replay of it gives the same findings with no AWS', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    const dir = `${tmp.dir}/recording`;
    const live = await cli(['scan', '--regions', 'eu-west-1', '--services', 'dax', '--record', dir, '--format', 'json', '-q'], { deps: { transport: fake.transport() } });
    expect(live.code).toBe(0);
    // Act
    const replayed = await cli(['scan', '--replay', dir, '--services', 'dax', '--format', 'json', '-q']);
    // Assess
    expect(replayed.code).toBe(0);
    const verdicts = (text: string) => (JSON.parse(text) as JsonFinding[]).map((f) => `${f.id} ${f.status} ${f.reason}`).sort();
    expect(verdicts(replayed.stdout)).toEqual(verdicts(live.stdout));
    expect(JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'))).toMatchObject({ accountId: '111122223333', regions: ['eu-west-1'] });
  });
});

describe('commands', () => {
  it('checks lists every check with its control area and severity', async () => {
    // Act
    const run = await cli(['checks']);
    // Assess
    expect(run.code).toBe(0);
    for (const c of CHECKS) expect(run.stdout).toMatch(new RegExp(`^${c.id.replace(/\./g, '\\.')}\\s+${c.control}\\s`, 'm'));
    expect(run.stdout).toContain(`${CHECKS.length} checks`);
  });

  it.each([[['help']], [['--help']], [['scan', '-h']]])('%j prints the usage and exits 0', async (argv) => {
    // Act
    const run = await cli(argv);
    // Assess
    expect(run).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
  });
});
