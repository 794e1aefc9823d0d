import { describe, expect, it } from 'vitest';
import { SEVERITIES, STATUSES } from '../../src/vocabulary.js';
import type { CollectionError } from '../../src/inventory/types.js';
import { METRIC, recordScanMetrics } from '../../src/publish/metrics.js';
import { RecordingMetrics } from '../doors/lambda.js';
import { demoFindings, publishReport, resultOf } from '../doors/results.js';
import { scopeOf } from '../builders/inventory.js';

const ERROR: CollectionError = {
  service: 'dynamodb', region: 'us-east-1', operation: 'DescribeContinuousBackups', action: 'dynamodb:DescribeContinuousBackups',
  code: 'AccessDeniedException', message: 'not authorized to perform: dynamodb:DescribeContinuousBackups', kind: 'access-denied',
};

function recorded(extras: Parameters<typeof resultOf>[2] = {}) {
  const { findings, tables } = demoFindings();
  const result = resultOf(findings, tables, extras);
  const metrics = new RecordingMetrics();
  recordScanMetrics(metrics, result);
  return { result, metrics };
}

describe('recordScanMetrics', () => {
  it('emits the scan totals with no dimension', () => {
    // Act
    const { result, metrics } = recorded({
      errors: [ERROR],
      scopes: [
        scopeOf('dynamodb', 'eu-west-1', 'complete', { resources: 3, errors: 0 }),
        scopeOf('dynamodb', 'us-east-1', 'partial', { resources: 1, errors: 1 }),
        scopeOf('kms', 'us-east-1', 'aborted', { resources: 0, errors: 1 }),
      ],
      expired: [{ index: 1, source: 'suppressions.json', expires: '2026-10-31', message: 'suppressions.json #2 expired on 2026-10-31' }],
    });
    // Assess
    expect(metrics.value(METRIC.resources)).toBe(4);
    expect(metrics.value(METRIC.collectionErrors)).toBe(1);
    expect(metrics.value(METRIC.incompleteScopes)).toBe(2);
    expect(metrics.value(METRIC.apiCalls)).toBe(result.api.calls);
    expect(metrics.value(METRIC.apiThrottles)).toBe(result.api.throttles);
    expect(metrics.value(METRIC.duration)).toBe(1_234);
    expect(metrics.recorded.find((m) => m.name === METRIC.duration)?.unit).toBe('Milliseconds');
    expect(metrics.value(METRIC.suppressed)).toBe(1);
    expect(metrics.value(METRIC.expiredSuppressions)).toBe(1);
  });

  it('counts findings by status, every status every run, zeros included', () => {
    // Act
    const { result, metrics } = recorded();
    // Assess
    for (const status of STATUSES) expect(metrics.value(METRIC.findings, { Status: status }), status).toBe(result.counts[status]);
    expect(result.counts).toEqual({ PASS: 2, FAIL: 4, NOT_EVALUATED: 1, NOT_APPLICABLE: 1 });
  });

  it('counts unsuppressed failures by severity (all severities), by service and by control area, each on its own dimension', () => {
    // Act
    const { result, metrics } = recorded();
    // Assess
    const failing = result.findings.filter((f) => f.status === 'FAIL' && !f.suppression);
    expect(failing).toHaveLength(3);
    for (const severity of SEVERITIES) {
      expect(metrics.value(METRIC.failures, { Severity: severity }), severity).toBe(failing.filter((f) => f.severity === severity).length);
    }
    expect(metrics.value(METRIC.failures, { Service: 'dynamodb' })).toBe(3);
    expect(metrics.value(METRIC.failures, { ControlArea: 'encryption' })).toBe(failing.filter((f) => f.control === 'encryption').length);
    expect(metrics.value(METRIC.failures, { ControlArea: 'backup' })).toBe(failing.filter((f) => f.control === 'backup').length);
    // Areas and services without failures are not emitted; no metric carries two dimensions.
    expect(metrics.value(METRIC.failures, { ControlArea: 'network' })).toBeUndefined();
    expect(metrics.recorded.every((m) => Object.keys(m.dimensions).length <= 1)).toBe(true);
  });

  it('emits the publish counts when the scan published', () => {
    // Act
    const { metrics } = recorded({ publish: publishReport() });
    // Assess
    expect({
      created: metrics.value(METRIC.created),
      refreshed: metrics.value(METRIC.refreshed),
      resolved: metrics.value(METRIC.resolved),
      archived: metrics.value(METRIC.archived),
      unchanged: metrics.value(METRIC.unchanged),
      importFailed: metrics.value(METRIC.importFailed),
      ingestionSaved: metrics.value(METRIC.ingestionSaved),
      publishRegionErrors: metrics.value(METRIC.publishRegionErrors),
    }).toEqual({ created: 5, refreshed: 3, resolved: 2, archived: 1, unchanged: 7, importFailed: 1, ingestionSaved: 9, publishRegionErrors: 0 });
  });

  it('emits no publish metric when the scan did not publish', () => {
    // Act
    const { metrics } = recorded();
    // Assess
    const publishMetrics: string[] = [METRIC.created, METRIC.refreshed, METRIC.resolved, METRIC.archived, METRIC.unchanged, METRIC.importFailed, METRIC.ingestionSaved, METRIC.publishRegionErrors];
    expect(metrics.recorded.filter((m) => publishMetrics.includes(m.name))).toEqual([]);
  });
});
