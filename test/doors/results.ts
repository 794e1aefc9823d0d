/** ScanResults built from real findings over realistic tables, for the report and metrics tests. */
import type { Finding } from '../../src/findings/finding.js';
import type { CollectionError, ScopeStatus } from '../../src/inventory/types.js';
import type { PublishReport } from '../../src/publish/securityhub.js';
import type { ScanResult } from '../../src/scan.js';
import type { Status } from '../../src/vocabulary.js';
import { findingOf, findingsFor, table } from '../findings/builders.js';

export const SUPPRESSION = { reason: 'key rotation to a CMK planned for Q1', owner: 'data-platform@example.com', expires: '2027-03-31', index: 0, source: 'suppressions.json' };

/**
 * Findings of the DynamoDB PITR and CMK checks over four tables:
 * - `orders` (red): both FAIL (red raises severity);
 * - `sessions` (green, PITR on): both PASS;
 * - `clickstream` (orange): PITR unknown (access denied) so NOT_EVALUATED, CMK FAIL;
 * - `archive` (pii=high): PITR NOT_APPLICABLE (made so here), CMK FAIL, suppressed.
 */
export function demoFindings(): { findings: Finding[]; tables: ReturnType<typeof table>[] } {
  const tables = [
    table('orders'),
    table('sessions', { tags: { data_classification: 'green' }, pointInTimeRecovery: true }),
    table('clickstream', { region: 'us-east-1', tags: { data_classification: 'orange' }, pointInTimeRecovery: undefined, unknown: { pointInTimeRecovery: 'dynamodb:DescribeContinuousBackups failed: AccessDeniedException' } }),
    table('archive', { tags: { pii: 'high' }, pointInTimeRecovery: false }),
  ];
  const { findings } = findingsFor(tables);
  const archivePitr = findingOf(findings, 'dynamodb.table.pitr', 'archive');
  Object.assign(archivePitr, { status: 'NOT_APPLICABLE', reason: 'the table is being deleted: TableStatus is DELETING' });
  findingOf(findings, 'dynamodb.table.encrypted_cmk', 'archive').suppression = { ...SUPPRESSION };
  return { findings, tables };
}

export interface ResultExtras {
  errors?: CollectionError[];
  scopes?: ScopeStatus[];
  publish?: PublishReport;
  expired?: ScanResult['expiredSuppressions'];
}

/** A ScanResult holding `findings` about `tables`, counted as scan() counts. */
export function resultOf(findings: Finding[], tables: ReturnType<typeof table>[], extras: ResultExtras = {}): ScanResult {
  const { inventory } = findingsFor(tables);
  inventory.errors = extras.errors ?? [];
  if (extras.scopes) inventory.scopes = extras.scopes;
  const counts: Record<Status, number> = { PASS: 0, FAIL: 0, NOT_EVALUATED: 0, NOT_APPLICABLE: 0 };
  for (const f of findings) counts[f.status] += 1;
  const result: ScanResult = {
    inventory,
    findings,
    counts,
    partial: inventory.scopes.some((s) => s.state !== 'complete'),
    suppressed: findings.filter((f) => f.status === 'FAIL' && f.suppression).length,
    expiredSuppressions: extras.expired ?? [],
    api: { calls: 42, attempts: 45, throttles: 3, failures: 1, byAction: { 'dynamodb:ListTables': 2 } },
    durationMs: 1_234,
  };
  if (extras.publish) result.publish = extras.publish;
  return result;
}

/** A publish report with every count distinct, so each metric is traceable to its source. */
export function publishReport(overrides: Partial<PublishReport> = {}): PublishReport {
  return {
    attempted: 12, imported: 11, batches: 2, created: 5, refreshed: 3, resolved: 2, archived: 1, unchanged: 7, ingestionEventsSaved: 9, untouched: 0, notImported: 4, calls: 4, throttles: 0, retries: 1, rateLimitedMs: 0,
    failed: [{ id: 'data-posture/dynamodb.table.pitr/arn:aws:dynamodb:eu-west-1:111122223333:table/orders', region: 'eu-west-1', code: 'InvalidInput', message: 'Finding is invalid' }],
    regionErrors: [],
    ok: false,
    ...overrides,
  };
}
