import { describe, expect, it } from 'vitest';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { loadDemoAccount } from '../fake-aws/demo.js';
import { securityHubStore } from '../fake-aws/services/securityhub.js';
import { cli } from '../doors/cli.js';

/** The demo account live (through the fake), as `--publish` would scan it; Security Hub refuses `refuse` ids. */
function liveDemo(refuse?: string) {
  const demo = loadDemoAccount();
  if (refuse) securityHubStore({ account: demo.spec, region: 'us-east-1' }).failures = [{ id: refuse, code: 'InvalidInput', message: 'Finding is invalid' }];
  const fake = new FakeAws(demo.spec, { faults: demo.faults });
  const stored = (regions = demo.regions) => regions.flatMap((region) => securityHubStore({ account: fake.account, region }).findings);
  return { fake, stored, argv: ['scan', '--regions', demo.regions.join(','), '--services', 'dynamodb', '--publish', '-q'] };
}

describe('data-posture scan --publish', () => {
  it('identifies the account with STS, keeps Security Hub current and exits 0', async () => {
    // Prepare
    const { fake, stored, argv } = liveDemo();
    // Act
    const run = await cli([...argv, '--format', 'json'], { deps: { transport: fake.transport() } });
    // Assess
    expect(run.code).toBe(0);
    expect(fake.callsTo('sts:GetCallerIdentity')).toHaveLength(1);
    const failures = (JSON.parse(run.stdout) as { status: string }[]).filter((f) => f.status === 'FAIL').length;
    expect(stored().filter((f) => f.Compliance?.Status === 'FAILED')).toHaveLength(failures);
  });

  it('prints the Security Hub counts in the summary', async () => {
    // Prepare
    const { fake, stored, argv } = liveDemo();
    // Act
    const run = await cli(argv.filter((a) => a !== '-q'), { deps: { transport: fake.transport() } });
    // Assess
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^Security Hub: ${stored().length} created, 0 refreshed, 0 resolved, 0 archived, 0 unchanged, 0 failed$`, 'm'));
  });

  it('a finding Security Hub refuses: the report is still written, the rest published, and the exit is 1 with the reason', async () => {
    // Prepare
    const refused = 'data-posture/dynamodb.table.policy_not_public/*';
    const { fake, stored, argv } = liveDemo(refused);
    // Act
    const run = await cli([...argv, '--format', 'json'], { deps: { transport: fake.transport() } });
    // Assess
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).not.toEqual([]);
    expect(run.stderr).toMatch(/^data-posture: Security Hub publishing incomplete: \d+ finding\(s\) failed .*us-east-1 InvalidInput: Finding is invalid/m);
    expect(stored(['us-east-1']).length).toBeGreaterThan(0);
    expect(stored(['us-east-1']).some((f) => f.GeneratorId === 'dynamodb.table.policy_not_public')).toBe(false);
    expect(stored(['eu-west-1']).length).toBeGreaterThan(0);
  });
});
