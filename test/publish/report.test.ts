import { describe, expect, it } from 'vitest';
import { render, severityTable, summaryTable, toAsffFindings, toJsonFindings, toTable } from '../../src/publish/report.js';
import { findingOf } from '../findings/builders.js';
import { demoFindings, resultOf, SUPPRESSION } from '../doors/results.js';

const NOW = new Date('2026-11-02T06:00:00.000Z');

function demoResult() {
  const { findings, tables } = demoFindings();
  return resultOf(findings, tables);
}

describe('JSON report', () => {
  it('gives each finding the stable fields pipelines rely on', () => {
    // Prepare
    const result = demoResult();
    // Act
    const json = toJsonFindings(result);
    // Assess
    const orders = json.find((f) => f.checkId === 'dynamodb.table.encrypted_cmk' && f.resourceName === 'orders');
    expect(orders).toMatchObject({
      id: 'data-posture/dynamodb.table.encrypted_cmk/arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
      status: 'FAIL',
      resourceArn: 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
      resourceType: 'AwsDynamoDbTable',
      resourceKind: 'dynamodb.table',
      region: 'eu-west-1',
      accountId: '111122223333',
      control: 'encryption',
      controlName: 'Encryption at rest',
      tier: 'red',
      declaredTier: 'red',
      observedAt: result.inventory.collectedAt,
    });
    expect(orders?.reason).not.toBe('');
    expect(orders?.remediation.url).toMatch(/^https:\/\//);
    expect(orders?.suppression).toBeUndefined();
    expect(json).toHaveLength(result.findings.length);
  });

  it('keeps the declared tier apart from the tier the data was judged at, and the PII level when tagged', () => {
    // Act
    const json = toJsonFindings(demoResult());
    // Assess
    const archive = json.find((f) => f.checkId === 'dynamodb.table.encrypted_cmk' && f.resourceName === 'archive');
    expect(archive).toMatchObject({ declaredTier: 'unclassified', tier: 'red', pii: 'high' });
    expect(json.find((f) => f.resourceName === 'orders')).not.toHaveProperty('pii');
  });

  it('shows a suppressed failure as a FAIL with its suppression', () => {
    // Act
    const json = toJsonFindings(demoResult());
    // Assess
    const archive = json.find((f) => f.checkId === 'dynamodb.table.encrypted_cmk' && f.resourceName === 'archive');
    expect(archive).toMatchObject({ status: 'FAIL', suppression: SUPPRESSION });
  });
});

describe('ASFF report', () => {
  it('holds every finding Security Hub would, never a NOT_APPLICABLE one', () => {
    // Prepare
    const result = demoResult();
    // Act
    const asff = toAsffFindings(result, NOW);
    // Assess
    expect(asff.map((a) => a.Id).sort()).toEqual(result.findings.filter((f) => f.status !== 'NOT_APPLICABLE').map((f) => f.id).sort());
    expect(asff.map((a) => a.Id)).not.toContain(findingOf(result.findings, 'dynamodb.table.pitr', 'archive').id);
  });

  it('maps verdicts to compliance: FAILED, PASSED, NOT_AVAILABLE, and WARNING for a suppressed failure', () => {
    // Prepare
    const result = demoResult();
    // Act
    const byId = new Map(toAsffFindings(result, NOW).map((a) => [a.Id, a]));
    // Assess
    const status = (checkId: string, name: string) => byId.get(findingOf(result.findings, checkId, name).id)?.Compliance?.Status;
    expect(status('dynamodb.table.pitr', 'orders')).toBe('FAILED');
    expect(status('dynamodb.table.pitr', 'sessions')).toBe('PASSED');
    expect(status('dynamodb.table.pitr', 'clickstream')).toBe('NOT_AVAILABLE');
    expect(status('dynamodb.table.encrypted_cmk', 'archive')).toBe('WARNING');
  });

  it('stamps the import time and the account\'s own product', () => {
    // Act
    const [first] = toAsffFindings(demoResult(), NOW);
    // Assess
    expect(first?.UpdatedAt).toBe(NOW.toISOString());
    expect(first?.ProductArn).toMatch(/^arn:aws:securityhub:(eu-west-1|us-east-1):111122223333:product\/111122223333\/default$/);
  });
});

describe('table report', () => {
  it('lists failures first, most severe first, then what could not be evaluated; passes and not-applicable are left out', () => {
    // Prepare
    const result = demoResult();
    // Act
    const lines = toTable(result).split('\n');
    // Assess
    expect(lines[0]).toMatch(/^SEVERITY\s+STATUS\s+CHECK\s+RESOURCE\s+REASON$/);
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows).toHaveLength(result.counts.FAIL + result.counts.NOT_EVALUATED);
    const statuses = rows.map((r) => r.split(/\s+/)[1]);
    expect(statuses.lastIndexOf('FAIL') < statuses.indexOf('NOT_EVALUATED') || !statuses.includes('FAIL')).toBe(true);
    expect(rows.at(-1)).toMatch(/NOT_EVALUATED\s+dynamodb\.table\.pitr\s+clickstream \(us-east-1\)\s+.*AccessDeniedException/);
    const failSeverities = rows.filter((r) => /^\S+\s+(FAIL|SUPPRESSED)\s/.test(r)).map((r) => r.split(/\s+/)[0]);
    const rank = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    expect(failSeverities).toEqual([...failSeverities].sort((a, b) => rank.indexOf(b!) - rank.indexOf(a!)));
    expect(toTable(result)).not.toMatch(/\bsessions\b/);
  });

  it('shows a suppressed failure as SUPPRESSED', () => {
    // Act
    const table = toTable(demoResult());
    // Assess
    expect(table).toMatch(/^\S+\s+SUPPRESSED\s+dynamodb\.table\.encrypted_cmk\s+archive \(eu-west-1\)/m);
  });

  it('truncates long reasons and check ids with an ellipsis', () => {
    // Prepare
    const { findings, tables } = demoFindings();
    findingOf(findings, 'dynamodb.table.pitr', 'orders').reason = `PointInTimeRecoveryStatus is DISABLED ${'and more detail '.repeat(20)}`;
    // Act
    const row = toTable(resultOf(findings, tables)).split('\n').find((l) => l.includes('PointInTimeRecoveryStatus is DISABLED and more'));
    // Assess
    expect(row?.endsWith('…')).toBe(true);
    expect(row!.length).toBeLessThan(240);
  });

  it('says so when there is nothing to act on', () => {
    // Prepare
    const { findings, tables } = demoFindings();
    const passing = findings.filter((f) => f.status === 'PASS');
    // Act
    const table = toTable(resultOf(passing, tables));
    // Assess
    expect(table.split('\n')[1]).toBe('(no failures and nothing left unevaluated)');
  });

  it('counts verdicts per control area with a total row', () => {
    // Prepare
    const result = demoResult();
    // Act
    const lines = summaryTable(result).split('\n');
    // Assess
    const cells = (label: string) => lines.find((l) => l.startsWith(label))?.slice(22).trim().split(/\s+/).map(Number);
    expect(cells('Backup and recovery')).toEqual([1, 1, 1, 1]);
    expect(cells('Encryption at rest')).toEqual([1, 3, 0, 0]);
    expect(cells('Network isolation')).toEqual([0, 0, 0, 0]);
    expect(cells('Total')).toEqual([result.counts.PASS, result.counts.FAIL, result.counts.NOT_EVALUATED, result.counts.NOT_APPLICABLE]);
  });

  it('counts unsuppressed failures by severity and suppressed ones apart', () => {
    // Prepare
    const result = demoResult();
    // Act
    const [header, counts] = severityTable(result).split('\n');
    // Assess
    expect(header).toMatch(/^FAILURES BY SEVERITY\s+CRITICAL\s+HIGH\s+MEDIUM\s+LOW\s+INFORMATIONAL\s+SUPPRESSED$/);
    const numbers = counts!.trim().split(/\s+/).map(Number);
    const unsuppressed = result.findings.filter((f) => f.status === 'FAIL' && !f.suppression);
    expect(numbers).toEqual([
      ...['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => unsuppressed.filter((f) => f.severity === s).length),
      1,
    ]);
  });
});

describe('render', () => {
  it('writes the chosen format', () => {
    // Prepare
    const result = demoResult();
    // Act / Assess
    expect(JSON.parse(render(result, 'json', NOW))).toEqual(JSON.parse(JSON.stringify(toJsonFindings(result))));
    expect(JSON.parse(render(result, 'asff', NOW))).toEqual(JSON.parse(JSON.stringify(toAsffFindings(result, NOW))));
    expect(render(result, 'table', NOW)).toBe(toTable(result));
    expect(render(result, 'html', NOW)).toMatch(/^<!doctype html>/i);
  });
});
