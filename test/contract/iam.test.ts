import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { COLLECTORS } from '../../src/collectors/index.js';
import { collectorActions, neededCollectors, PUBLISH_ACTIONS, requiredActions } from '../../src/permissions.js';
import { scan } from '../../src/scan.js';
import { loadDemoAccount } from '../fake-aws/demo.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { actionsOf, functionStatements } from './template.js';

/** Actions that need no IAM permission. */
const UNAUTHORIZED_CALLS = new Set(['sts:GetCallerIdentity']);

describe('least privilege', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('grants the function exactly the collectors’ declared actions plus what publishing needs', () => {
    // Act
    const granted = functionStatements().filter((s) => s.Effect === 'Allow').flatMap(actionsOf).sort();
    // Assess
    expect(granted).toEqual(requiredActions());
    expect(new Set(granted).size).toBe(granted.length);
  });

  it('scopes the Security Hub actions to the account’s own product and hub, never *', () => {
    // Act
    const statements = functionStatements().filter((s) => actionsOf(s).some((a) => a.startsWith('securityhub:')));
    // Assess
    expect(statements.flatMap(actionsOf).sort()).toEqual([...PUBLISH_ACTIONS].sort());
    for (const s of statements) {
      expect(actionsOf(s)).toHaveLength(1);
      expect(JSON.stringify(s.Resource)).not.toBe('"*"');
    }
    const importing = statements.find((s) => actionsOf(s)[0] === 'securityhub:BatchImportFindings');
    expect(JSON.stringify(importing?.Resource)).toContain(':product/${AWS::AccountId}/default');
    expect(JSON.stringify(importing?.Condition)).toContain('securityhub:TargetAccount');
  });

  it('grants nothing to a collector whose data no check reads', () => {
    // Prepare
    const idle = COLLECTORS.filter((c) => !neededCollectors().includes(c));
    // Assess
    for (const c of idle) for (const action of c.actions) expect(collectorActions()).not.toContain(action);
  });

  it('grants only read actions to the collectors', () => {
    // Assess
    for (const action of collectorActions()) expect(action).toMatch(/^[a-z0-9-]+:(Describe|List|Get|BatchGet|Search)/);
  });

  it('sends, over the whole demo account, exactly the actions the collectors declare', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    const factory = new ClientFactory({ transport: fake.transport(), maxAttempts: 1 });
    // Act
    await scan(buildConfig({ regions: demo.regions }), { factory });
    // Assess
    const sent = new Set(fake.calls.map((c) => `${c.service}:${c.operation}`).filter((a) => !UNAUTHORIZED_CALLS.has(a)));
    const declared = new Set(collectorActions());
    expect([...sent].filter((a) => !declared.has(a as never)).sort()).toEqual([]);
    // Every declared action is exercised by the demo: a declaration nobody uses would widen the role.
    expect([...declared].filter((a) => !sent.has(a)).sort()).toEqual([]);
  });

  it('publishes with only the publishing actions', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    restore = fake.install();
    // Act
    const result = await scan(buildConfig({ regions: demo.regions, publish: { securityHub: true, importPasses: false, refreshIntervalDays: 7 } }));
    // Assess
    const publishing = new Set(fake.calls.filter((c) => c.service === 'securityhub').map((c) => `${c.service}:${c.operation}`));
    expect([...publishing].sort()).toEqual([...PUBLISH_ACTIONS].sort());
    expect(result.publish?.ok).toBe(true);
  });
});
