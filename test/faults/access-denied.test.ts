import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import type { ScanResult } from '../../src/scan.js';
import { scanWith, verdicts } from './scenario.js';

const PITR = 'dynamodb.table.pitr';

/** Ids of the checks that declare they read `action`. */
function readersOf(action: string): Set<string> {
  return new Set(CHECKS.filter((c) => (c.uses as readonly string[]).includes(action)).map((c) => c.id));
}

/** Verdicts that differ from the clean scan's. */
function changed(result: ScanResult, clean: ScanResult) {
  const before = verdicts(clean);
  return result.findings.filter((f) => before.get(`${f.checkId} ${f.resourceArn}`) !== f.status);
}

describe('AccessDenied degrades only what depends on the denied call', () => {
  it('a whole service denied (KMS): only the key verdicts of stores using a KMS key are NOT_EVALUATED, naming kms:DescribeKey', async () => {
    // Prepare
    const clean = await scanWith();
    // Act
    const { result } = await scanWith({ faults: [{ service: 'kms', error: 'AccessDeniedException' }] });
    // Assess
    const degraded = changed(result, clean.result);
    const judgedKinds = new Set<string>(CHECKS.filter((c) => readersOf('kms:DescribeKey').has(c.id)).map((c) => c.resource as string));
    const usesKey = new Set(result.inventory.resources.filter((r) => judgedKinds.has(r.kind) && r.kind !== 'kms.key' && (r.kmsKeyRefs ?? []).length > 0).map((r) => r.arn));
    expect(usesKey.size).toBeGreaterThan(0);
    expect([...new Set(degraded.map((f) => f.resourceArn))].sort()).toEqual([...usesKey].sort());
    const readers = readersOf('kms:DescribeKey');
    for (const f of degraded) {
      expect(readers.has(f.checkId)).toBe(true);
      expect(f).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('kms:DescribeKey') });
    }
    expect(result.findings.filter((f) => f.checkId === PITR && f.status === 'NOT_EVALUATED')).toEqual([]);
  });

  it('a whole service denied (DynamoDB): its scopes are failed, the scan partial, and nothing is judged on missing data', async () => {
    // Act
    const { result } = await scanWith({ faults: [{ service: 'dynamodb', error: 'AccessDeniedException' }] });
    // Assess
    expect(result.partial).toBe(true);
    expect(result.inventory.scopes.filter((s) => s.service === 'dynamodb').map((s) => s.state)).toEqual(['failed', 'failed']);
    expect(result.inventory.errors.every((e) => e.kind === 'access-denied')).toBe(true);
    const judged = result.findings.filter((f) => f.resourceArn.startsWith('arn:aws:dynamodb:') && (f.status === 'PASS' || f.status === 'FAIL'));
    expect(judged).toEqual([]);
  });

  it('one operation denied: every table\u2019s PITR verdict is NOT_EVALUATED with the reason, and nothing else changes', async () => {
    // Prepare
    const clean = await scanWith();
    // Act
    const { result } = await scanWith({ faults: [{ service: 'dynamodb', operation: 'DescribeContinuousBackups', error: 'AccessDeniedException' }] });
    // Assess
    const degraded = changed(result, clean.result);
    const tables = result.inventory.resources.filter((r) => r.kind === 'dynamodb.table');
    expect(degraded).toHaveLength(tables.length);
    for (const f of degraded) expect(f).toMatchObject({ checkId: PITR, status: 'NOT_EVALUATED', reason: expect.stringContaining('dynamodb:DescribeContinuousBackups failed: AccessDeniedException') });
    expect(result.inventory.scopes.filter((s) => s.service === 'dynamodb').every((s) => s.state === 'partial')).toBe(true);
  });

  it('one resource denied: only that table\u2019s verdicts that read the call are NOT_EVALUATED', async () => {
    // Prepare
    const clean = await scanWith();
    const victim = clean.result.inventory.resources.find((r) => r.kind === 'dynamodb.table' && r.region === 'eu-west-1')!;
    // Act
    const { result } = await scanWith({ faults: [{ service: 'dynamodb', operation: 'DescribeTable', region: 'eu-west-1', input: { TableName: victim.name }, error: 'AccessDeniedException' }] });
    // Assess
    const degraded = changed(result, clean.result);
    expect(degraded.length).toBeGreaterThan(0);
    const readers = readersOf('dynamodb:DescribeTable');
    for (const f of degraded) {
      expect(readers.has(f.checkId)).toBe(true);
      expect(f).toMatchObject({ resourceArn: victim.arn, status: 'NOT_EVALUATED', reason: expect.stringContaining('dynamodb:DescribeTable') });
    }
    expect(result.findings.find((f) => f.checkId === PITR && f.resourceArn === victim.arn)?.status).toBe(clean.result.findings.find((f) => f.checkId === PITR && f.resourceArn === victim.arn)?.status);
  });
});
