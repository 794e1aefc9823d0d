import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { DEMO_RECORDING, recordDemo } from '../../scripts/record-demo.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { CONTROL_AREAS } from '../../src/vocabulary.js';
import { scan } from '../../src/scan.js';
import { runCli } from '../../src/cli/run.js';
import { ASFF_LIMITS, jsonBytes } from '../../src/findings/asff-limits.js';
import { DEMO_RECORDED_AT, loadDemoAccount } from '../fake-aws/demo.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { sent } from '../publish/securityhub-harness.js';

const REQUIRED_ASFF = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'Types', 'CreatedAt', 'UpdatedAt', 'Severity', 'Title', 'Description', 'Resources'] as const;

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('the bundled demo account', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('is recorded from the current fixtures and collectors (run `npm run record-demo`)', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'dp-demo-'));
    // Act
    await recordDemo(dir);
    // Assess
    const fresh = files(dir);
    const bundled = files(DEMO_RECORDING);
    expect([...bundled.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) expect(bundled.get(name), name).toBe(text);
  });

  it('replays to every check with a verdict, across all seven control areas, with failures and passes', async () => {
    // Prepare
    const demo = loadDemoAccount();
    // Act
    const result = await scan(buildConfig({ regions: demo.regions, replay: DEMO_RECORDING }));
    // Assess
    const judged = new Set(result.findings.map((f) => f.checkId));
    expect(CHECKS.map((c) => c.id).filter((id) => !judged.has(id))).toEqual([]);
    for (const area of Object.keys(CONTROL_AREAS)) {
      expect(result.findings.some((f) => f.control === area && f.status === 'FAIL'), `a failure in ${area}`).toBe(true);
    }
    expect(result.counts.PASS).toBeGreaterThan(0);
    expect(result.counts.NOT_EVALUATED).toBeGreaterThan(0);
  });

  it('holds DynamoDB tables in two regions, listed over several pages, one of them behind a key the scanner may not read', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const recordedListings = readdirSync(join(DEMO_RECORDING, 'eu-west-1', 'dynamodb')).filter((f) => f.startsWith('ListTables-'));
    // Act
    const result = await scan(buildConfig({ regions: demo.regions, replay: DEMO_RECORDING, services: ['dynamodb'] }));
    // Assess
    const tables = result.inventory.resources.filter((r) => r.kind === 'dynamodb.table');
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(new Set(tables.map((t) => t.region))).toEqual(new Set(['eu-west-1', 'us-east-1']));
    expect(recordedListings.length).toBeGreaterThanOrEqual(2);
    const deniedKey = result.findings.filter((f) => f.checkId === 'dynamodb.table.encrypted_cmk' && f.status === 'NOT_EVALUATED' && f.reason.includes('kms:DescribeKey failed') && f.reason.includes('AccessDeniedException'));
    expect(deniedKey.map((f) => f.resourceName)).toEqual(['shared-risk-scores']);
  });

  it('replays through the CLI as ASFF meeting every required field and limit', async () => {
    // Prepare
    const out: string[] = [];
    // Act
    const code = await runCli(['scan', '--replay', DEMO_RECORDING, '--format', 'asff', '--quiet'], { stdout: (t) => out.push(t), stderr: () => undefined, env: {} });
    // Assess
    expect(code).toBe(0);
    const findings = JSON.parse(out.join('')) as AwsSecurityFinding[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const field of REQUIRED_ASFF) expect(f[field], `${f.Id} ${field}`).toBeDefined();
      expect(f.Id!.length).toBeLessThanOrEqual(512);
      expect(f.Title!.length).toBeLessThanOrEqual(ASFF_LIMITS.title);
      expect(f.Description!.length).toBeLessThanOrEqual(ASFF_LIMITS.description);
      expect((f.Remediation?.Recommendation?.Text ?? '').length).toBeLessThanOrEqual(ASFF_LIMITS.remediationText);
      expect(Object.keys(f.ProductFields ?? {}).length).toBeLessThanOrEqual(ASFF_LIMITS.productFields);
      expect(f.Resources!.length).toBeGreaterThan(0);
      expect(f.Resources!.length).toBeLessThanOrEqual(ASFF_LIMITS.resources);
      for (const r of f.Resources!) expect(r.Type && r.Id).toBeTruthy();
      expect(Object.keys(f.Resources![0]!.Details?.Other ?? {}).length).toBeLessThanOrEqual(ASFF_LIMITS.otherPairs);
      expect(jsonBytes(f)).toBeLessThanOrEqual(ASFF_LIMITS.findingBytes);
      expect(f.Compliance?.Status).toMatch(/^(PASSED|FAILED|WARNING|NOT_AVAILABLE)$/);
    }
  });

  it('publishes once, then a rescan of the unchanged account sends nothing', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    restore = fake.install();
    const config = buildConfig({ regions: demo.regions, publish: { securityHub: true, importPasses: false, refreshIntervalDays: 7 } });
    // Act
    const first = await scan(config, { now: () => new Date(DEMO_RECORDED_AT) });
    const sentFirst = sent(fake).length;
    const second = await scan(config, { now: () => new Date(Date.parse(DEMO_RECORDED_AT) + 86_400_000) });
    // Assess
    expect(first.publish?.ok).toBe(true);
    expect(sentFirst).toBe(first.publish?.imported);
    expect(sentFirst).toBeGreaterThan(0);
    expect(second.publish).toMatchObject({ ok: true, attempted: 0, created: 0, refreshed: 0 });
    expect(sent(fake).length).toBe(sentFirst);
    expect(second.publish?.ingestionEventsSaved).toBe(sentFirst);
  });
});
