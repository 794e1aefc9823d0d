import { describe, expect, it } from 'vitest';
import type { Transport } from '../../src/aws/client-factory.js';
import { securityHubStore } from '../fake-aws/services/securityhub.js';
import { SMALL_SIZE, syntheticAccount } from '../fake-aws/synthetic.js';
import { faultConfig, scanWith, verdicts, blindSpots } from './scenario.js';

const SIZE = { ...SMALL_SIZE, dynamodbTables: 60, kmsKeys: 6 };
const PUBLISH = { securityHub: true, importPasses: false, refreshIntervalDays: 7 };

/** Aborts the scan when the `n`th call reaches AWS: deterministic, with later calls still in flight. */
function deadlineAfter(n: number, controller: AbortController) {
  return (inner: Transport): Transport => {
    let calls = 0;
    return (call) => {
      calls += 1;
      if (calls === n) controller.abort(new Error('the Lambda deadline was reached'));
      return inner(call);
    };
  };
}

describe('a deadline reached mid-collection', () => {
  it('evaluates and publishes what was collected, leaves the rest NOT_EVALUATED and reports the scan partial', async () => {
    // Prepare
    const account = syntheticAccount(SIZE);
    const clean = await scanWith({}, syntheticAccount(SIZE), faultConfig(SIZE));
    const controller = new AbortController();
    // Act
    const { result, fake } = await scanWith({ latencyMs: 3 }, account, faultConfig(SIZE, { publish: PUBLISH }), controller.signal, deadlineAfter(60, controller));
    // Assess
    expect(result.partial).toBe(true);
    expect(result.inventory.scopes.some((s) => s.state === 'aborted')).toBe(true);
    const judged = result.findings.filter((f) => f.status === 'PASS' || f.status === 'FAIL');
    const notEvaluated = blindSpots(result);
    expect(judged.length).toBeGreaterThan(0);
    expect(notEvaluated.length).toBeGreaterThan(0);
    // The KMS scope never ran: the encryption checks say the key was not described.
    for (const f of notEvaluated) expect(f.reason).toMatch(/deadline was reached|was not described \(kms:DescribeKey\)/);
    expect(notEvaluated.some((f) => /deadline was reached/.test(f.reason))).toBe(true);
    // Nothing judged on data the deadline cut: every verdict reached agrees with the full scan.
    const full = verdicts(clean.result);
    for (const f of judged) expect(`${f.checkId} ${f.resourceName} ${f.status}`).toBe(`${f.checkId} ${f.resourceName} ${full.get(`${f.checkId} ${f.resourceArn}`)}`);
    // What was judged reached Security Hub.
    expect(result.publish?.failed).toEqual([]);
    const stored = SIZE.regions.flatMap((region) => securityHubStore({ account: fake.account, region }).findings.map((s) => s.Id));
    for (const f of judged.filter((x) => x.status === 'FAIL')) expect(stored).toContain(f.id);
  });

  it('a deadline before any call leaves every scope aborted and judges nothing', async () => {
    // Prepare
    const controller = new AbortController();
    controller.abort(new Error('the Lambda deadline was reached'));
    // Act
    const { result, fake } = await scanWith({}, syntheticAccount(), faultConfig(), controller.signal);
    // Assess
    expect(fake.calls).toEqual([]);
    expect(result.partial).toBe(true);
    expect(result.inventory.scopes.every((s) => s.state === 'aborted')).toBe(true);
    expect(result.counts.PASS + result.counts.FAIL).toBe(0);
  });
});
