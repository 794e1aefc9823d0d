/** Engine-neutral findings: one per (check, resource), with a deterministic id. */
import { createHash } from 'node:crypto';
import type { Evaluation } from '../engine/evaluate.js';
import type { Evidence } from '../engine/check.js';
import { CONTROL_AREAS, PILLARS, type ControlArea, type EffectiveTier, type PiiLevel, type Pillar, type ServiceName, type Severity, type Status, type Tier } from '../engine/vocabulary.js';
import type { ResourceKind } from '../inventory/types.js';

/** Security Hub's limit on a finding Id. https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AwsSecurityFinding.html */
export const MAX_FINDING_ID_LENGTH = 512;
/** Prefix of every finding id this product writes. */
export const FINDING_ID_PREFIX = 'data-posture';

export interface Finding {
  /** Stable across runs for the same (check, resource): Security Hub updates in place. */
  id: string;
  checkId: string;
  title: string;
  description: string;
  status: Status;
  /** Severity of the control for this resource (red data raised); a PASS keeps it for reference. */
  severity: Severity;
  reason: string;
  control: ControlArea;
  controlName: string;
  pillar: Pillar;
  pillarName: string;
  service: ServiceName;
  resourceArn: string;
  resourceName: string;
  resourceKind: ResourceKind;
  region: string;
  accountId: string;
  tier: Tier;
  effectiveTier: EffectiveTier;
  pii?: PiiLevel;
  classificationSource: string;
  /** The check's own list, shared by its findings (never modify). */
  standards: readonly string[];
  remediation: { text: string; url: string };
  evidence?: Evidence;
  /** When the data was collected (ISO). */
  observedAt: string;
  /** Set on a FAIL that a suppression (src/findings/suppressions.ts) covers: imported as WARNING. */
  suppression?: { reason: string; owner: string; expires: string; index: number; source: string };
}

/**
 * `data-posture/<check id>/`, built once per check: every id of a check then costs one concatenation with
 * the resource ARN it already shares (a scan holds hundreds of thousands of ids).
 */
const idPrefixes = new Map<string, string>();
function idPrefix(checkId: string): string {
  let prefix = idPrefixes.get(checkId);
  if (prefix === undefined) {
    prefix = `${FINDING_ID_PREFIX}/${checkId}/`;
    idPrefixes.set(checkId, prefix);
  }
  return prefix;
}

/** Deterministic id: readable when it fits Security Hub's limit, hashed when the ARN is too long. */
export function findingId(checkId: string, resourceArn: string): string {
  const prefix = idPrefix(checkId);
  if (prefix.length + resourceArn.length <= MAX_FINDING_ID_LENGTH) return prefix + resourceArn;
  const digest = createHash('sha256').update(resourceArn).digest('hex');
  return `${prefix}sha256:${digest}`;
}

const NO_STANDARDS: readonly string[] = Object.freeze([]);

export function toFinding(e: Evaluation, observedAt: string): Finding {
  const { check, resource, verdict } = e;
  const finding: Finding = {
    id: findingId(check.id, resource.arn),
    checkId: check.id,
    title: check.title,
    description: check.description,
    status: verdict.status,
    severity: e.severity,
    reason: verdict.reason,
    control: check.control,
    controlName: CONTROL_AREAS[check.control],
    pillar: check.pillar,
    pillarName: PILLARS[check.pillar],
    service: check.service,
    resourceArn: resource.arn,
    resourceName: resource.name,
    resourceKind: resource.kind,
    region: resource.region,
    accountId: resource.accountId,
    tier: resource.classification.tier,
    effectiveTier: resource.classification.effectiveTier,
    classificationSource: resource.classification.source,
    standards: check.standards ?? NO_STANDARDS,
    remediation: check.remediation,
    observedAt,
  };
  if (resource.classification.pii) finding.pii = resource.classification.pii;
  if (verdict.evidence) finding.evidence = verdict.evidence;
  return finding;
}
