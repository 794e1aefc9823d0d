/**
 * ScanConfig: what one scan does, whichever door it came through (a Lambda event, environment variables or
 * CLI flags). The doors' raw input is validated into it by `resolveConfig`.
 */
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from '../engine/settings.js';
import type { ServiceName } from '../vocabulary.js';
import { FINDING_RETENTION_DAYS } from '../findings/asff-limits.js';
import type { SuppressionFile } from '../findings/suppressions.js';
import { DEFAULT_CLASSIFICATION, type ClassificationConfig } from '../inventory/classification.js';

/** How findings reach Security Hub. */
export interface PublishConfig {
  /** Import findings into Security Hub. */
  securityHub: boolean;
  /** Also import passing checks (PASSED, archived) as audit evidence. */
  importPasses: boolean;
  /** Re-send an unchanged failing finding when Security Hub's copy is older than this. */
  refreshIntervalDays: number;
}

/** One scan: where, what, and what to do with the findings. */
export interface ScanConfig {
  regions: string[];
  /** Services whose checks run; empty means all. */
  services: ServiceName[];
  /** Only these check ids, when set. */
  checkIds?: string[];
  /** Skip the STS lookup when known. */
  accountId?: string;
  partition?: string;
  profile?: string;
  record?: string;
  replay?: string;
  /** Evaluate this saved inventory instead of collecting. */
  snapshotIn?: string;
  /** Save the collected inventory here. */
  snapshotOut?: string;
  classification: ClassificationConfig;
  settings: CheckSettings;
  publish: PublishConfig;
  /** Accepted risks: matching failures are reported as suppressed (WARNING in Security Hub). */
  suppressions?: SuppressionFile;
}

/** Time the function keeps back from collection for evaluation and publishing, unless DP_PUBLISH_RESERVE_MS says otherwise. */
export const DEFAULT_PUBLISH_RESERVE_MS = 90_000;

/**
 * Longest refresh interval honoured: an unchanged finding is re-sent at least this often, well inside
 * Security Hub's 90-day deletion of findings that are not updated.
 */
export const MAX_REFRESH_INTERVAL_DAYS = FINDING_RETENTION_DAYS - 30;

export const DEFAULT_PUBLISH: PublishConfig = { securityHub: false, importPasses: false, refreshIntervalDays: 7 };

/** A complete config from partial input; validation of raw input lives in `resolveConfig`. */
export function buildConfig(input: Partial<ScanConfig> & { regions: string[] }): ScanConfig {
  return {
    services: [],
    classification: DEFAULT_CLASSIFICATION,
    settings: DEFAULT_CHECK_SETTINGS,
    publish: DEFAULT_PUBLISH,
    ...input,
  };
}
