/**
 * CloudWatch metrics of a scan, as Powertools Metrics (Embedded Metric Format). Totals carry only the
 * function's default dimensions; breakdowns (by status, severity, service, control area) are single
 * metrics with one dimension each, so every series stays cheap and easy to alarm on.
 */
import { SEVERITIES, STATUSES } from '../vocabulary.js';
import type { ScanResult } from './result.js';

/** The slice of Powertools `Metrics` used here (a structural type, so tests can record calls). */
export interface MetricsSink {
  addMetric(name: string, unit: MetricUnitName, value: number): unknown;
  singleMetric(): MetricsSink;
  addDimension(name: string, value: string): unknown;
}

export type MetricUnitName = 'Count' | 'Milliseconds';

/** Metric names, so the template's alarms and dashboard refer to the same strings. */
export const METRIC = {
  resources: 'ResourcesScanned',
  findings: 'Findings',
  failures: 'FailedChecks',
  collectionErrors: 'CollectionErrors',
  incompleteScopes: 'IncompleteScopes',
  apiCalls: 'ApiCalls',
  apiThrottles: 'ApiThrottles',
  duration: 'ScanDuration',
  suppressed: 'SuppressedFailures',
  expiredSuppressions: 'ExpiredSuppressions',
  created: 'FindingsCreated',
  refreshed: 'FindingsRefreshed',
  resolved: 'FindingsResolved',
  archived: 'FindingsArchived',
  unchanged: 'FindingsUnchanged',
  importFailed: 'FindingsImportFailed',
  ingestionSaved: 'IngestionEventsSaved',
  publishRegionErrors: 'PublishRegionErrors',
} as const;

/** Metrics namespace the template and dashboards use. */
export const METRICS_NAMESPACE = 'DataPosture';

function dimensioned(metrics: MetricsSink, name: string, value: string, metric: string, count: number): void {
  const single = metrics.singleMetric();
  single.addDimension(name, value);
  single.addMetric(metric, 'Count', count);
}

/** Records everything the scan measured; zero counts are emitted too, so alarms see a value every run. */
export function recordScanMetrics(metrics: MetricsSink, result: ScanResult): void {
  metrics.addMetric(METRIC.resources, 'Count', result.inventory.resources.length);
  metrics.addMetric(METRIC.collectionErrors, 'Count', result.inventory.errors.length);
  metrics.addMetric(METRIC.incompleteScopes, 'Count', result.inventory.scopes.filter((s) => s.state !== 'complete').length);
  metrics.addMetric(METRIC.apiCalls, 'Count', result.api.calls);
  metrics.addMetric(METRIC.apiThrottles, 'Count', result.api.throttles);
  metrics.addMetric(METRIC.duration, 'Milliseconds', result.durationMs);
  metrics.addMetric(METRIC.suppressed, 'Count', result.suppressed);
  metrics.addMetric(METRIC.expiredSuppressions, 'Count', result.expiredSuppressions.length);

  for (const status of STATUSES) dimensioned(metrics, 'Status', status, METRIC.findings, result.counts[status]);
  const failing = result.findings.filter((f) => f.status === 'FAIL' && !f.suppression);
  const tally = (key: (f: (typeof failing)[number]) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const f of failing) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return m;
  };
  const bySeverity = tally((f) => f.severity);
  for (const severity of SEVERITIES) dimensioned(metrics, 'Severity', severity, METRIC.failures, bySeverity.get(severity) ?? 0);
  for (const [service, n] of [...tally((f) => f.service)].sort()) dimensioned(metrics, 'Service', service, METRIC.failures, n);
  for (const [area, n] of [...tally((f) => f.control)].sort()) dimensioned(metrics, 'ControlArea', area, METRIC.failures, n);

  const p = result.publish;
  if (p) {
    metrics.addMetric(METRIC.created, 'Count', p.created);
    metrics.addMetric(METRIC.refreshed, 'Count', p.refreshed);
    metrics.addMetric(METRIC.resolved, 'Count', p.resolved);
    metrics.addMetric(METRIC.archived, 'Count', p.archived);
    metrics.addMetric(METRIC.unchanged, 'Count', p.unchanged);
    metrics.addMetric(METRIC.importFailed, 'Count', p.failed.length);
    metrics.addMetric(METRIC.ingestionSaved, 'Count', p.ingestionEventsSaved);
    metrics.addMetric(METRIC.publishRegionErrors, 'Count', p.regionErrors.length);
  }
}
