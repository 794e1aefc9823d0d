/** Engine-neutral findings: one per (check, resource), with a deterministic id. */
import { createHash } from 'node:crypto';
import type { Evaluation } from '../engine/evaluate.js';
import type { AnyCheck, Evidence } from '../engine/check.js';
import { CONTROL_AREAS, PILLARS, type ControlArea, type EffectiveTier, type PiiLevel, type Pillar, type ServiceName, type Severity, type Status, type Tier } from '../vocabulary.js';
import type { Resource, ResourceKind } from '../inventory/types.js';

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

/** Every field of a finding as a plain object: what JSON, spreads and copies see. */
export function plainFinding(f: Finding): Finding {
  const out: Finding = {
    id: f.id,
    checkId: f.checkId,
    title: f.title,
    description: f.description,
    status: f.status,
    severity: f.severity,
    reason: f.reason,
    control: f.control,
    controlName: f.controlName,
    pillar: f.pillar,
    pillarName: f.pillarName,
    service: f.service,
    resourceArn: f.resourceArn,
    resourceName: f.resourceName,
    resourceKind: f.resourceKind,
    region: f.region,
    accountId: f.accountId,
    tier: f.tier,
    effectiveTier: f.effectiveTier,
    classificationSource: f.classificationSource,
    standards: f.standards,
    remediation: f.remediation,
    observedAt: f.observedAt,
  };
  if (f.pii) out.pii = f.pii;
  if (f.evidence) out.evidence = f.evidence;
  if (f.suppression) out.suppression = f.suppression;
  return out;
}

/** A copy of `f` with `changes` (a plain object: a finding made by the engine cannot be spread). */
export function findingWith(f: Finding, changes: Partial<Finding>): Finding {
  return { ...plainFinding(f), ...changes };
}

/**
 * A finding as the engine makes it: its own verdict, and the check and resource it is about, whose fields
 * it reads through rather than copies. A large scan holds one per (check, resource), so every copied field
 * would cost megabytes; a spread of it would lose the read-through fields (use `findingWith`).
 */
class EngineFinding implements Finding {
  evidence?: Evidence;
  suppression?: Finding['suppression'];

  constructor(
    readonly status: Status,
    readonly severity: Severity,
    readonly reason: string,
    readonly observedAt: string,
    private readonly check: AnyCheck,
    private readonly resource: Resource,
  ) {}

  /** Made when asked: one rope of the check's prefix and the ARN, never held by the finding. */
  get id(): string {
    return findingId(this.check.id, this.resource.arn);
  }
  get checkId(): string {
    return this.check.id;
  }
  get title(): string {
    return this.check.title;
  }
  get description(): string {
    return this.check.description;
  }
  get control(): ControlArea {
    return this.check.control;
  }
  get controlName(): string {
    return CONTROL_AREAS[this.check.control];
  }
  get pillar(): Pillar {
    return this.check.pillar;
  }
  get pillarName(): string {
    return PILLARS[this.check.pillar];
  }
  get service(): ServiceName {
    return this.check.service;
  }
  get standards(): readonly string[] {
    return this.check.standards ?? NO_STANDARDS;
  }
  get remediation(): { text: string; url: string } {
    return this.check.remediation;
  }
  get resourceArn(): string {
    return this.resource.arn;
  }
  get resourceName(): string {
    return this.resource.name;
  }
  get resourceKind(): ResourceKind {
    return this.resource.kind;
  }
  get region(): string {
    return this.resource.region;
  }
  get accountId(): string {
    return this.resource.accountId;
  }
  get tier(): Tier {
    return this.resource.classification.tier;
  }
  get effectiveTier(): EffectiveTier {
    return this.resource.classification.effectiveTier;
  }
  get classificationSource(): string {
    return this.resource.classification.source;
  }
  get pii(): PiiLevel | undefined {
    return this.resource.classification.pii;
  }

  toJSON(): Finding {
    return plainFinding(this);
  }
}

export function toFinding(e: Evaluation, observedAt: string): Finding {
  const { check, resource, verdict } = e;
  const finding = new EngineFinding(verdict.status, e.severity, verdict.reason, observedAt, check, resource);
  if (verdict.evidence) finding.evidence = verdict.evidence;
  return finding;
}
