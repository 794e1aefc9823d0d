/** `--format json`: one object per finding, with stable field names pipelines can rely on. */
import type { ControlArea, Severity, Status } from '../vocabulary.js';
import type { Finding } from '../findings/finding.js';
import { kindOf } from '../inventory/kinds/index.js';
import type { ScanResult } from './result.js';

/** One finding in `--format json`: stable field names pipelines can rely on. */
export interface JsonFinding {
  id: string;
  checkId: string;
  title: string;
  status: Status;
  severity: Severity;
  resourceArn: string;
  resourceName: string;
  /** ASFF resource type, e.g. AwsDynamoDbTable (Other where ASFF has none). */
  resourceType: string;
  resourceKind: string;
  region: string;
  accountId: string;
  reason: string;
  control: ControlArea;
  controlName: string;
  pillar: string;
  /** The tier the requirements were judged at (unclassified resolved to the configured default). */
  tier: string;
  /** The tier the tags declare, or `unclassified`. */
  declaredTier: string;
  pii?: string;
  standards: readonly string[];
  remediation: { text: string; url: string };
  suppression?: Finding['suppression'];
  evidence?: Finding['evidence'];
  observedAt: string;
}

/** Every finding of the scan as `--format json` writes it. */
export function toJsonFindings(result: ScanResult): JsonFinding[] {
  return result.findings.map((f) => {
    const out: JsonFinding = {
      id: f.id,
      checkId: f.checkId,
      title: f.title,
      status: f.status,
      severity: f.severity,
      resourceArn: f.resourceArn,
      resourceName: f.resourceName,
      resourceType: kindOf(f.resourceKind).asff,
      resourceKind: f.resourceKind,
      region: f.region,
      accountId: f.accountId,
      reason: f.reason,
      control: f.control,
      controlName: f.controlName,
      pillar: f.pillar,
      tier: f.effectiveTier,
      declaredTier: f.tier,
      standards: f.standards,
      remediation: f.remediation,
      observedAt: f.observedAt,
    };
    if (f.pii) out.pii = f.pii;
    if (f.suppression) out.suppression = f.suppression;
    if (f.evidence) out.evidence = f.evidence;
    return out;
  });
}

