import { describe, expect, it } from 'vitest';
import type { Transport } from '../../src/aws/client-factory.js';
import type { JsonFinding } from '../../src/publish/report.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { loadDemoAccount } from '../fake-aws/demo.js';
import { cli, DEMO_RECORDING } from '../doors/cli.js';

/**
 * Interrupts (as Ctrl-C would) when the first eu-west-1 table is described. Scanning us-east-1 first, its
 * tables' calls are already answered or in flight by then (and complete); what follows is not made.
 */
function interruptAtEuWest1(controller: AbortController, inner: Transport): Transport {
  return (call) => {
    if (call.region === 'eu-west-1' && call.operation === 'DescribeTable') controller.abort(new Error('interrupted'));
    return inner(call);
  };
}

const REGIONS = ['--regions', 'us-east-1,eu-west-1', '--account-id', '111122223333'];

describe('data-posture interrupted mid-scan', () => {
  it('stops collecting, still reports what was collected, warns the scan is partial and exits 1', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    const controller = new AbortController();
    const transport = interruptAtEuWest1(controller, fake.transport());
    // Act
    const run = await cli(['scan', ...REGIONS, '--services', 'dynamodb', '--format', 'json'], {
      signal: controller.signal,
      deps: { transport },
    });
    // Assess
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    expect(findings.some((f) => f.status === 'PASS' || f.status === 'FAIL')).toBe(true);
    expect(findings.some((f) => f.status === 'NOT_EVALUATED' && /interrupted/.test(f.reason))).toBe(true);
    expect(run.stderr).toMatch(/^warning: the scan is partial \(.*aborted.*\)/m);
    expect(run.stderr).toMatch(/^data-posture: interrupted: /m);
  });

  it('interrupted before the first call: an empty report, every scope aborted, exit 1', async () => {
    // Prepare
    const controller = new AbortController();
    controller.abort(new Error('interrupted'));
    // Act
    const run = await cli(['scan', '--replay', DEMO_RECORDING, '--services', 'dynamodb', '--format', 'json'], { signal: controller.signal });
    // Assess
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toContain('dynamodb/eu-west-1 aborted');
  });

  it('a --fail-on failure found before the interruption still exits 2', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    const controller = new AbortController();
    // Act
    const run = await cli(['scan', ...REGIONS, '--checks', 'dynamodb.table.policy_not_public', '--fail-on', 'high', '--format', 'json'], {
      signal: controller.signal,
      deps: { transport: interruptAtEuWest1(controller, fake.transport()) },
    });
    // Assess: the public table policy in us-east-1 was judged before the interruption; eu-west-1 was cut.
    expect(run.code).toBe(2);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    expect(findings.some((f) => f.region === 'us-east-1' && f.status === 'FAIL' && f.severity === 'HIGH')).toBe(true);
    expect(findings.some((f) => f.region === 'eu-west-1' && f.status === 'NOT_EVALUATED')).toBe(true);
    expect(run.stderr).toMatch(/^--fail-on high: /m);
  });
});
