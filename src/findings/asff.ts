/**
 * Finding -> ASFF (AWS Security Finding Format 2018-10-08) for the account's own Security Hub product.
 * Deterministic: the same finding and options give the same document, so Security Hub updates in place.
 */
import { createHash } from 'node:crypto';
import type { AwsSecurityFinding, ComplianceStatus, Partition, RecordState, Resource as AsffResource } from '@aws-sdk/client-securityhub';
import { CONTROL_AREAS, type ControlArea } from '../vocabulary.js';
import { errorMessage } from '../aws/errors.js';
import { GLOBAL_REGION, kindOf, type AsffType } from '../inventory/kinds/index.js';
import type { Resource, ResourceKind, ResourceOf } from '../inventory/types.js';
import type { AsffResourceMappers } from './asff-resource.js';
import { ASFF_RESOURCE_MAPPERS } from './asff-resources/index.js';
import { ASFF_LIMITS, jsonBytes, limitPairs, truncate } from './asff-limits.js';
import type { Finding } from './finding.js';

export const ASFF_SCHEMA_VERSION = '2018-10-08';
/** Shown as the product name of every finding we import into the account's default product. */
export const PRODUCT_NAME = 'data-posture';

/** ProductFields keys we write; all start with `data-posture/` so they never collide with Security Hub's `aws/` keys. */
export const PRODUCT_FIELDS = {
  checkId: 'data-posture/CheckId',
  controlArea: 'data-posture/ControlArea',
  controlName: 'data-posture/ControlName',
  pillar: 'data-posture/Pillar',
  service: 'data-posture/Service',
  tier: 'data-posture/DataTier',
  effectiveTier: 'data-posture/EffectiveTier',
  pii: 'data-posture/Pii',
  classificationSource: 'data-posture/ClassificationSource',
  resourceKind: 'data-posture/ResourceKind',
  verdict: 'data-posture/Verdict',
  suppressedBy: 'data-posture/SuppressedBy',
  suppressionReason: 'data-posture/SuppressionReason',
  suppressionExpires: 'data-posture/SuppressionExpires',
  archivedBecause: 'data-posture/ArchivedBecause',
  /** Hash of the material content: a changed hash means the finding must be re-sent. */
  fingerprint: 'data-posture/Fingerprint',
} as const;
export const PRODUCT_FIELD_PREFIX = 'data-posture/';
const EVIDENCE_PREFIX = 'data-posture/evidence/';

/** ASFF finding type (namespace/category/classifier) per control area. https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-findings-format-type-taxonomy.html */
export const ASFF_TYPE_BY_AREA: Record<ControlArea, string> = Object.fromEntries(
  Object.entries(CONTROL_AREAS).map(([area, name]) => [area, `Software and Configuration Checks/AWS Security Best Practices/${name}`]),
) as Record<ControlArea, string>;
const STANDARDS_TYPE = 'Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices';

/** The account's own Security Hub product, the only one an account may import into without an integration. */
export function productArn(partition: string, region: string, accountId: string): string {
  return `arn:${partition}:securityhub:${region}:${accountId}:product/${accountId}/default`;
}

export interface AsffOptions {
  /** Partition of the account (`aws`, `aws-cn`, `aws-us-gov`). */
  partition: string;
  /** Region the finding is imported into; defaults to the finding's region (a global resource needs one). */
  region?: string;
  /** Defaults to the account's own default product in `region` (see productArn). */
  productArn?: string;
  /** The import time: UpdatedAt, and CreatedAt on first import. */
  now: Date | string;
  /** Security Hub's CreatedAt when the finding already exists. */
  createdAt?: string;
  /** Security Hub's FirstObservedAt when the finding already exists. */
  firstObservedAt?: string;
  /** First import: sets Workflow NEW. Never set for a finding that exists (analysts own its workflow). */
  create?: boolean;
  /** Overrides the record state the verdict implies (ARCHIVED for PASS and NOT_APPLICABLE). */
  recordState?: RecordState;
  /** Include evidence ProductFields; defaults to true. */
  evidence?: boolean;
  /** Resource mappers by kind; defaults to every service's (asff-resources/index.ts). */
  mappers?: AsffResourceMappers;
}

/** Compliance.Status and reason code of a finding; a suppressed failure is a WARNING. */
export function complianceOf(finding: Finding): { status: ComplianceStatus; code: string } {
  switch (finding.status) {
    case 'PASS':
      return { status: 'PASSED', code: 'CHECK_PASSED' };
    case 'FAIL':
      return finding.suppression ? { status: 'WARNING', code: 'SUPPRESSED' } : { status: 'FAILED', code: 'CHECK_FAILED' };
    case 'NOT_EVALUATED':
      return { status: 'NOT_AVAILABLE', code: 'NOT_EVALUATED' };
    case 'NOT_APPLICABLE':
      return { status: 'NOT_AVAILABLE', code: 'NOT_APPLICABLE' };
  }
}

const toIso = (t: Date | string) => (typeof t === 'string' ? t : t.toISOString());

function descriptionOf(finding: Finding): string {
  const lines = [`${finding.status}: ${finding.reason}`];
  const s = finding.suppression;
  if (finding.status === 'FAIL' && s) lines.push(`Suppressed until ${s.expires} by ${s.owner}: ${s.reason} (${s.source} #${s.index + 1}).`);
  lines.push(finding.description);
  return truncate(lines.join('\n\n'), ASFF_LIMITS.description);
}

/** A resource's ASFF `Type` and `Details`, as `Resources[0]` carries them. */
export interface AsffShape {
  Type: AsffType;
  Details?: AsffResource['Details'];
}

/**
 * The descriptor's ASFF type with the kind's mapper's Details. Throws when the mapper does (the caller
 * decides what to publish instead).
 */
export function asffShape<K extends ResourceKind>(kind: K, resource: ResourceOf<K>, mappers: AsffResourceMappers = ASFF_RESOURCE_MAPPERS): AsffShape | undefined {
  const mapper = mappers[kind];
  if (!mapper) return undefined;
  const own = mapper(resource);
  const type = kindOf(kind).asff;
  if (type === 'Other') return { Type: type, Details: { Other: limitPairs(own as Record<string, string>, ASFF_LIMITS.otherPairs, ASFF_LIMITS.otherKey, ASFF_LIMITS.otherValue) } };
  return own === undefined ? { Type: type } : { Type: type, Details: { [type]: own } };
}

/**
 * Resources[0]: the resource's ASFF shape, or `Other` with a few scalar facts when the kind has no mapper,
 * the resource is gone, or its mapper failed.
 */
export function asffResource(finding: Finding, resource: Resource | undefined, partition: string, mappers: AsffResourceMappers = ASFF_RESOURCE_MAPPERS): AsffResource {
  const other: Record<string, string> = { kind: finding.resourceKind, name: finding.resourceName, dataTier: finding.tier, classificationSource: finding.classificationSource };
  let shape: AsffShape = { Type: 'Other', Details: { Other: other } };
  if (resource) {
    try {
      shape = asffShape(finding.resourceKind, resource, mappers) ?? shape;
    } catch (error) {
      // One resource's odd data must not stop the whole import: publish it as Other and say why.
      shape = { Type: 'Other', Details: { Other: { ...other, detailsError: `resource mapper failed: ${errorMessage(error)}` } } };
    }
  }
  const out: AsffResource = { Type: shape.Type, Id: finding.resourceArn, Partition: partition as Partition };
  if (finding.region !== GLOBAL_REGION) out.Region = finding.region;
  if (resource?.tags && Object.keys(resource.tags).length > 0) out.Tags = limitPairs(resource.tags, ASFF_LIMITS.resourceTags, ASFF_LIMITS.tagKey, ASFF_LIMITS.tagValue);
  if (shape.Details && Object.keys(shape.Details).length > 0) out.Details = shape.Details;
  return out;
}

function productFieldsOf(finding: Finding, withEvidence: boolean): Record<string, string> {
  const core: Record<string, string | undefined> = {
    [PRODUCT_FIELDS.checkId]: finding.checkId,
    [PRODUCT_FIELDS.controlArea]: finding.control,
    [PRODUCT_FIELDS.controlName]: finding.controlName,
    [PRODUCT_FIELDS.pillar]: finding.pillar,
    [PRODUCT_FIELDS.service]: finding.service,
    [PRODUCT_FIELDS.tier]: finding.tier,
    [PRODUCT_FIELDS.effectiveTier]: finding.effectiveTier,
    [PRODUCT_FIELDS.pii]: finding.pii,
    [PRODUCT_FIELDS.classificationSource]: finding.classificationSource,
    [PRODUCT_FIELDS.resourceKind]: finding.resourceKind,
    [PRODUCT_FIELDS.verdict]: finding.status,
  };
  if (finding.status === 'FAIL' && finding.suppression) {
    core[PRODUCT_FIELDS.suppressedBy] = finding.suppression.owner;
    core[PRODUCT_FIELDS.suppressionReason] = finding.suppression.reason;
    core[PRODUCT_FIELDS.suppressionExpires] = finding.suppression.expires;
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(core)) if (v !== undefined) fields[k] = truncate(v === '' ? '-' : v, ASFF_LIMITS.productFieldValue);
  // Evidence fills what is left of the 50 pairs, keeping one for the fingerprint.
  const room = ASFF_LIMITS.productFields - Object.keys(fields).length - 1;
  if (withEvidence && finding.evidence && room > 0) {
    const evidence = Object.fromEntries(Object.entries(finding.evidence).map(([k, v]) => [`${EVIDENCE_PREFIX}${k}`, String(v)]));
    Object.assign(fields, limitPairs(evidence, room, ASFF_LIMITS.productFieldKey, ASFF_LIMITS.productFieldValue));
  }
  return fields;
}

/** Maps one finding to ASFF. `resource` gives the Details and Tags; without it the resource is `Other`. */
export function toAsff(finding: Finding, resource: Resource | undefined, options: AsffOptions): AwsSecurityFinding {
  const region = options.region ?? finding.region;
  const now = toIso(options.now);
  const compliance = complianceOf(finding);
  const resolved = finding.status === 'PASS' || finding.status === 'NOT_APPLICABLE';
  const severity = { Label: finding.status === 'PASS' ? 'INFORMATIONAL' : finding.severity, Original: finding.severity } as const;
  const types = [ASFF_TYPE_BY_AREA[finding.control]];
  if (finding.standards.some((s) => s.startsWith('FSBP'))) types.push(STANDARDS_TYPE);
  const asff: AwsSecurityFinding = {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: finding.id,
    ProductArn: options.productArn ?? productArn(options.partition, region, finding.accountId),
    ProductName: PRODUCT_NAME,
    GeneratorId: finding.checkId,
    AwsAccountId: finding.accountId,
    Region: region,
    Types: types,
    CreatedAt: options.createdAt ?? now,
    UpdatedAt: now,
    FirstObservedAt: options.firstObservedAt ?? finding.observedAt,
    LastObservedAt: finding.observedAt,
    Severity: severity,
    Title: truncate(finding.title, ASFF_LIMITS.title),
    Description: descriptionOf(finding),
    Remediation: { Recommendation: { Text: truncate(finding.remediation.text, ASFF_LIMITS.remediationText), Url: finding.remediation.url } },
    Compliance: {
      Status: compliance.status,
      ...(finding.standards.length > 0 ? { RelatedRequirements: finding.standards.slice(0, ASFF_LIMITS.relatedRequirements) } : {}),
      StatusReasons: [{ ReasonCode: compliance.code, Description: truncate(finding.reason, ASFF_LIMITS.statusReasonDescription) }],
    },
    Resources: [asffResource(finding, resource, options.partition, options.mappers)],
    ProductFields: productFieldsOf(finding, options.evidence ?? true),
    FindingProviderFields: { Severity: severity, Types: types },
    RecordState: options.recordState ?? (resolved ? 'ARCHIVED' : 'ACTIVE'),
  };
  if (options.create) asff.Workflow = { Status: 'NEW' };
  return withFingerprint(fitFindingSize(asff));
}

/**
 * Keeps a finding under Security Hub's 240 KB: drops resource details first (they are the only unbounded
 * part), then evidence. Text is already truncated to its field limits.
 */
export function fitFindingSize(asff: AwsSecurityFinding, limit: number = ASFF_LIMITS.findingBytes): AwsSecurityFinding {
  if (jsonBytes(asff) <= limit) return asff;
  const resource = asff.Resources?.[0];
  if (resource?.Details) {
    resource.Details = { Other: { detailsOmitted: `resource details exceeded the ${Math.round(limit / 1024)} KB finding limit` } };
    if (jsonBytes(asff) <= limit) return asff;
  }
  if (asff.ProductFields) {
    for (const key of Object.keys(asff.ProductFields)) if (key.startsWith(EVIDENCE_PREFIX)) delete asff.ProductFields[key];
  }
  if (resource?.Tags && jsonBytes(asff) > limit) delete resource.Tags;
  return asff;
}

/** The parts of a finding whose change means Security Hub must be told (timestamps and workflow excluded). */
export function materialContent(asff: AwsSecurityFinding): unknown {
  const fields = Object.fromEntries(Object.entries(asff.ProductFields ?? {}).filter(([k]) => k.startsWith(PRODUCT_FIELD_PREFIX) && k !== PRODUCT_FIELDS.fingerprint));
  // Resource details (sizes, counts) drift every day; they ride along with the periodic refresh instead.
  const resources = (asff.Resources ?? []).map(({ Type, Id, Partition, Region, Tags }) => ({ Type, Id, Partition, Region, Tags }));
  return [asff.GeneratorId, asff.Types, asff.Severity, asff.Title, asff.Description, asff.Remediation, asff.Compliance, resources, asff.RecordState, fields];
}

/** Stable hash of JSON with sorted keys. */
export function stableHash(value: unknown): string {
  const canonical = JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** Adds (or replaces) the fingerprint ProductField. */
export function withFingerprint(asff: AwsSecurityFinding): AwsSecurityFinding {
  asff.ProductFields = { ...asff.ProductFields, [PRODUCT_FIELDS.fingerprint]: stableHash(materialContent(asff)) };
  return asff;
}
