/** What one scan returns: what every output (reports, metrics, the doors' summaries) is made from. */
import type { ExpiredSuppression } from '../findings/suppressions.js';
import type { Finding } from '../findings/finding.js';
import type { Inventory } from '../inventory/types.js';
import type { Status } from '../vocabulary.js';
import type { PublishReport } from './securityhub.js';

export interface ScanResult {
  inventory: Inventory;
  findings: Finding[];
  counts: Record<Status, number>;
  /** True when some scope was not fully enumerated (failed or cut by the deadline). */
  partial: boolean;
  publish?: PublishReport;
  /** Failures an active suppression covers (imported as WARNING; never trip `--fail-on`). */
  suppressed: number;
  /** Suppressions past their expiry date: no longer applied. */
  expiredSuppressions: ExpiredSuppression[];
  api: { calls: number; attempts: number; throttles: number; failures: number; byAction: Record<string, number> };
  durationMs: number;
  /** Set when --save-snapshot could not write its file (the scan itself is complete). */
  snapshotError?: string;
}
