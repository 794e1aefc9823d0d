import { afterEach, describe, expect, it } from 'vitest';
import { assertPublished, publishRegion } from '../../src/publish/securityhub.js';
import { securityHubStore } from '../fake-aws/services/securityhub.js';
import { publishVia, virtualTime } from '../publish/securityhub-harness.js';
import { NOW, scanWith } from './scenario.js';

const REGION = 'eu-west-1';

describe('Security Hub partially failing imports after a scan', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('retries transient per-finding failures and throttling, reports permanent ones by id, and imports the rest', async () => {
    // Prepare
    const { result, fake } = await scanWith();
    const failures = result.findings.filter((f) => f.status === 'FAIL');
    const rejected = failures.find((f) => f.region === REGION)!;
    securityHubStore({ account: fake.account, region: REGION }).failures = [
      { id: rejected.id, code: 'InvalidInput', message: 'Finding does not adhere to ASFF' },
      { id: 'data-posture/dynamodb.table.pitr/*', code: 'InternalFailure', times: 3 },
    ];
    fake.addFault({ service: 'securityhub', operation: 'BatchImportFindings', error: 'TooManyRequestsException', rate: 0.3 });
    restore = fake.install();
    // Act
    const report = await publishVia(virtualTime())(result.findings, result.inventory, NOW().toISOString());
    // Assess
    expect(report.failed).toEqual([{ id: rejected.id, region: REGION, code: 'InvalidInput', message: 'Finding does not adhere to ASFF' }]);
    expect(report.ok).toBe(false);
    expect(report.retries).toBeGreaterThan(0);
    expect(() => assertPublished(report)).toThrow(/1 finding\(s\) failed/);
    const stored = new Set(result.inventory.regions.flatMap((region) => securityHubStore({ account: fake.account, region }).findings.map((f) => f.Id)));
    const missing = failures.filter((f) => !stored.has(f.id)).map((f) => f.id);
    expect(missing).toEqual([rejected.id]);
  });

  it('a region whose imports are denied is reported, and the other region is still published', async () => {
    // Prepare
    const { result, fake } = await scanWith();
    fake.addFault({ service: 'securityhub', operation: 'BatchImportFindings', region: REGION, error: 'AccessDeniedException' });
    restore = fake.install();
    // Act
    const report = await publishVia(virtualTime())(result.findings, result.inventory, NOW().toISOString());
    // Assess
    expect(report.ok).toBe(false);
    // Failures and blind spots (NOT_EVALUATED, imported as NOT_AVAILABLE) are what a first publish sends.
    const imported = (f: { status: string }) => f.status === 'FAIL' || f.status === 'NOT_EVALUATED';
    // Account-level findings (IAM users) are imported into the first scanned region.
    const deniedFailures = result.findings.filter((f) => imported(f) && publishRegion(f, result.inventory) === REGION);
    const otherFailures = result.findings.filter((f) => imported(f) && publishRegion(f, result.inventory) !== REGION);
    expect(report.failed.map((f) => f.id).sort()).toEqual(deniedFailures.map((f) => f.id).sort());
    for (const f of report.failed) expect(f.code).toBe('AccessDeniedException');
    const storedElsewhere = new Set(securityHubStore({ account: fake.account, region: 'us-east-1' }).findings.map((f) => f.Id));
    expect(otherFailures.length).toBeGreaterThan(0);
    for (const f of otherFailures) expect(storedElsewhere.has(f.id)).toBe(true);
  });
});
