import { describe, expect, it } from 'vitest';
import { render } from '../../src/publish/report.js';
import type { ScanResult } from '../../src/scan.js';
import { collectionError, scopeOf } from '../builders/inventory.js';
import { findingsFor, table } from '../findings/builders.js';

const NOW = new Date('2026-11-02T08:00:00.000Z');

function resultOf(tables: ReturnType<typeof table>[], extra: Partial<ScanResult> = {}): ScanResult {
  const { findings, inventory } = findingsFor(tables);
  const counts = { PASS: 0, FAIL: 0, NOT_EVALUATED: 0, NOT_APPLICABLE: 0 };
  for (const f of findings) counts[f.status] += 1;
  return { inventory, findings, counts, partial: false, suppressed: 0, expiredSuppressions: [], api: { calls: 0, attempts: 0, throttles: 0, failures: 0, byAction: {} }, durationMs: 1, ...extra };
}

describe('the HTML report', () => {
  it('is one self-contained page: no script and no external asset', () => {
    // Act
    const html = render(resultOf([table('orders')]), 'html', NOW);
    // Assess
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('escapes every value taken from the account, so a hostile tag value cannot inject markup', () => {
    // Prepare
    const hostile = table('orders', { tags: { data_classification: 'red', owner: '<img onerror=x>' }, name: 'orders"><script>alert(1)</script>' });
    // Act
    const html = render(resultOf([hostile]), 'html', NOW);
    // Assess
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('orders&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('lists failures, most severe first, with reason and remediation, and folds the passes away', () => {
    // Prepare
    const result = resultOf([table('ledger'), table('sessions', { tags: { data_classification: 'green' }, pointInTimeRecovery: true })]);
    // Act
    const html = render(result, 'html', NOW);
    // Assess
    const failures = html.slice(html.indexOf('<h2>Failures ('), html.indexOf('<h2>Not evaluated'));
    expect(failures).toContain(`<h2>Failures (${result.counts.FAIL})</h2>`);
    expect(failures.indexOf('CRITICAL')).toBeLessThan(failures.lastIndexOf('HIGH'));
    expect(failures).toContain('PointInTimeRecoveryStatus');
    expect(failures).toContain('update-continuous-backups');
    expect(html).toContain(`<details><summary>Passes (${result.counts.PASS})</summary>`);
  });

  it('says when the scan is partial and lists the collection errors', () => {
    // Prepare
    const base = resultOf([table('orders')]);
    base.inventory.scopes = [scopeOf('dynamodb', 'eu-west-1', 'failed', { resources: 0, errors: 1 })];
    base.inventory.errors = [collectionError('dynamodb:ListTables')];
    // Act
    const html = render({ ...base, partial: true }, 'html', NOW);
    // Assess
    expect(html).toContain('<strong>Partial scan:</strong> dynamodb/eu-west-1 failed');
    expect(html).toContain('<h2>Collection errors (1)</h2>');
    expect(html).toContain('AccessDeniedException: not authorized to perform dynamodb:ListTables');
  });
});
