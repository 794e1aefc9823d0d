import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { toAsff } from '../../src/findings/asff.js';
import { findingWith, type Finding } from '../../src/findings/finding.js';
import type { Inventory, Resource } from '../../src/inventory/types.js';
import { nextUpdatedAt, planRegion, resendable, type PlanInput } from '../../src/publish/securityhub-delta.js';
import { scopeJudge } from '../../src/publish/securityhub-scope.js';
import { findingOf, findingsFor, table } from '../findings/builders.js';
import { scopeOf } from '../builders/inventory.js';

const DAY1 = '2026-11-01T06:00:00.000Z';
const DAY2 = new Date('2026-11-02T06:00:00.000Z');

/** What Security Hub would hold after importing `findings` at `at`. */
function held(findings: Finding[], inventory: Inventory, at = DAY1): Map<string, AwsSecurityFinding> {
  const resources = new Map(inventory.resources.map((r) => [r.arn, r]));
  return new Map(findings.map((f) => [f.id, { ...toAsff(f, resources.get(f.resourceArn), { partition: 'aws', now: at, create: true, mappers: {} }), Workflow: { Status: 'NOTIFIED' as const }, Note: { Text: 'ticket SEC-88', UpdatedBy: 'analyst', UpdatedAt: at } }]));
}

function input(findings: Finding[], inventory: Inventory, stored: Map<string, AwsSecurityFinding>, extra: Partial<PlanInput> = {}): PlanInput {
  return {
    findings,
    stored,
    resources: new Map<string, Resource>(inventory.resources.map((r) => [r.arn, r])),
    partition: 'aws',
    region: 'eu-west-1',
    now: DAY2,
    refreshIntervalDays: 7,
    importPasses: false,
    scope: scopeJudge(inventory),
    mappers: {},
    ...extra,
  };
}

describe('planRegion', () => {
  it('archives an open finding whose check is now not applicable', () => {
    // Prepare
    const before = findingsFor([table('orders')]);
    const now = before.findings.map((f) => findingWith(f, { status: 'NOT_APPLICABLE', reason: 'TableStatus is DELETING' }));
    // Act
    const plan = planRegion(input(now, before.inventory, held(before.findings, before.inventory)));
    // Assess
    expect(plan.sends.map((s) => [s.action, s.finding.RecordState, s.finding.Compliance?.Status])).toEqual([
      ['archived', 'ARCHIVED', 'NOT_AVAILABLE'],
      ['archived', 'ARCHIVED', 'NOT_AVAILABLE'],
    ]);
  });

  it('never sends the analyst-owned Workflow, Note or UserDefinedFields of an existing finding', () => {
    // Prepare
    const before = findingsFor([table('orders')]);
    const after = findingsFor([table('orders', { pointInTimeRecovery: true })]);
    // Act
    const plan = planRegion(input(after.findings, after.inventory, held(before.findings, before.inventory), { refreshIntervalDays: 0 }));
    // Assess
    expect(plan.sends).toHaveLength(2);
    for (const { finding } of plan.sends) {
      expect(finding.Workflow).toBeUndefined();
      expect(finding.Note).toBeUndefined();
      expect(finding.UserDefinedFields).toBeUndefined();
      expect(finding.CreatedAt).toBe(DAY1);
    }
  });

  it('reopens archived pass evidence when the check fails again', () => {
    // Prepare
    const passing = findingsFor([table('orders', { pointInTimeRecovery: true })]);
    const failing = findingsFor([table('orders')]);
    const stored = held(passing.findings, passing.inventory);
    // Act
    const plan = planRegion(input(failing.findings, failing.inventory, stored, { importPasses: true }));
    // Assess
    const pitr = plan.sends.find((s) => s.finding.GeneratorId === 'dynamodb.table.pitr');
    expect(pitr).toMatchObject({ action: 'refreshed', finding: { RecordState: 'ACTIVE', Compliance: { Status: 'FAILED' } } });
  });

  it('leaves a finding alone when its resource still exists but its check did not run this time', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const onlyPitr = findings.filter((f) => f.checkId === 'dynamodb.table.pitr');
    // Act
    const plan = planRegion(input(onlyPitr, inventory, held(findings, inventory)));
    // Assess
    expect(plan).toMatchObject({ sends: [], unchanged: 1, untouched: 1 });
  });

  it('leaves findings of another account alone', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const foreign = new Map([...held(findings, inventory)].map(([id, f]) => [id, { ...f, AwsAccountId: '444455556666' }]));
    const empty = { ...inventory, resources: [] };
    // Act
    const plan = planRegion(input([], empty, foreign, { scope: scopeJudge(empty) }));
    // Assess
    expect(plan).toMatchObject({ sends: [], untouched: 2 });
  });

  it('never archives a resource no collector lists in full (another account\u2019s key a store referenced)', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const keyFinding: Finding = findingWith(findingOf(findings, 'dynamodb.table.pitr', 'orders'), { id: 'data-posture/kms.key.rotation/arn:aws:kms:eu-west-1:444455556666:key/k1', resourceKind: 'kms.key', resourceArn: 'arn:aws:kms:eu-west-1:444455556666:key/k1' });
    const withKms = { ...inventory, scopes: [...inventory.scopes, scopeOf('kms', 'eu-west-1', 'complete', { resources: 0, errors: 0 })] };
    // Act
    const plan = planRegion(input(findings, withKms, held([keyFinding], withKms), { scope: scopeJudge(withKms) }));
    // Assess
    expect(plan.untouched).toBe(1);
    expect(plan.sends.filter((s) => s.action === 'archived')).toEqual([]);
  });
});

describe('resendable and nextUpdatedAt', () => {
  it('keeps only our own fields and ProductFields when re-sending a stored finding', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const stored = [...held(findings, inventory).values()][0]!;
    stored.ProductFields = { ...stored.ProductFields, 'aws/securityhub/FindingId': 'arn:aws:securityhub:eu-west-1:111122223333:finding/x' };
    Object.assign(stored, { ProcessedAt: DAY1, CompanyName: 'Personal', UserDefinedFields: { team: 'payments' } });
    // Act
    const out = resendable(stored);
    // Assess
    expect(Object.keys(out.ProductFields ?? {}).every((k) => k.startsWith('data-posture/'))).toBe(true);
    for (const field of ['Workflow', 'Note', 'UserDefinedFields', 'ProcessedAt', 'CompanyName', 'UpdatedAt']) expect(out).not.toHaveProperty(field);
  });

  it('moves UpdatedAt past what Security Hub holds when the clock is behind', () => {
    expect(nextUpdatedAt(new Date('2026-11-01T00:00:00.000Z'), '2026-11-03T00:00:00.000Z')).toBe('2026-11-03T00:00:00.001Z');
    expect(nextUpdatedAt(new Date('2026-11-04T00:00:00.000Z'), '2026-11-03T00:00:00.000Z')).toBe('2026-11-04T00:00:00.000Z');
    expect(nextUpdatedAt(new Date('2026-11-04T00:00:00.000Z'), undefined)).toBe('2026-11-04T00:00:00.000Z');
  });
});
