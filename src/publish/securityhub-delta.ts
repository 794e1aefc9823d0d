/**
 * The lifecycle: what to send to Security Hub in one region, given this scan's findings and what Security
 * Hub holds. Pure: no I/O, so every transition is tested directly.
 */
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { PRODUCT_FIELDS, PRODUCT_FIELD_PREFIX, toAsff, withFingerprint, type AsffOptions } from '../findings/asff.js';
import type { Finding } from '../findings/finding.js';
import type { Resource } from '../inventory/types.js';
import type { ScopeJudge } from './securityhub-scope.js';

const DAY_MS = 86_400_000;

/** Why a finding is sent. */
export type SendAction = 'created' | 'refreshed' | 'resolved' | 'archived';

export interface PlannedSend {
  action: SendAction;
  finding: AwsSecurityFinding;
}

export interface RegionPlan {
  sends: PlannedSend[];
  /** Still failing (or still passing evidence) and fresh in Security Hub: not re-sent. */
  unchanged: number;
  /** Held by Security Hub, but in a scope this scan cannot speak for: left as they are. */
  untouched: number;
  /** Verdicts not imported: NOT_APPLICABLE, and passes when passes are not imported. */
  notImported: number;
}

export interface PlanInput {
  /** This scan's findings published in this region. */
  findings: readonly Finding[];
  /** What Security Hub holds of ours in this region, by Id. */
  stored: ReadonlyMap<string, AwsSecurityFinding>;
  resources: ReadonlyMap<string, Resource>;
  partition: string;
  region: string;
  now: Date;
  refreshIntervalDays: number;
  importPasses: boolean;
  scope: ScopeJudge;
  mappers?: AsffOptions['mappers'];
}

/** Strictly after `previous`, so Security Hub never ignores the update as older than what it holds. */
export function nextUpdatedAt(now: Date, previous: string | undefined): string {
  const before = previous ? Date.parse(previous) : NaN;
  return new Date(Number.isNaN(before) ? now.getTime() : Math.max(now.getTime(), before + 1)).toISOString();
}

const fingerprintOf = (f: AwsSecurityFinding | undefined) => f?.ProductFields?.[PRODUCT_FIELDS.fingerprint];

function stale(stored: AwsSecurityFinding, now: Date, days: number): boolean {
  const updated = Date.parse(stored.UpdatedAt ?? '');
  return Number.isNaN(updated) || now.getTime() - updated >= days * DAY_MS;
}

/**
 * A stored finding re-sent as ours: only fields we wrote, so the analysts' Workflow, Note and
 * UserDefinedFields and Security Hub's own fields are never sent back.
 */
export function resendable(stored: AwsSecurityFinding): AwsSecurityFinding {
  const keep = [
    'SchemaVersion', 'Id', 'ProductArn', 'ProductName', 'GeneratorId', 'AwsAccountId', 'Region', 'Types', 'CreatedAt', 'FirstObservedAt',
    'LastObservedAt', 'Severity', 'Title', 'Description', 'Remediation', 'Compliance', 'Resources', 'FindingProviderFields', 'RecordState',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const k of keep) if (stored[k] !== undefined) out[k] = structuredClone(stored[k]);
  out.ProductFields = Object.fromEntries(Object.entries(stored.ProductFields ?? {}).filter(([k]) => k.startsWith(PRODUCT_FIELD_PREFIX)));
  return out as unknown as AwsSecurityFinding;
}

type PlanCounts = Omit<RegionPlan, 'sends'>;

function planFinding(f: Finding, stored: AwsSecurityFinding | undefined, input: PlanInput, counts: PlanCounts): PlannedSend | undefined {
  const active = stored?.RecordState === 'ACTIVE';
  const passLike = f.status === 'PASS' || f.status === 'NOT_APPLICABLE';
  // Nothing open to close, and nothing to record as evidence.
  if (passLike && !active && (f.status === 'NOT_APPLICABLE' || !input.importPasses)) {
    counts.notImported += 1;
    return undefined;
  }
  const options: AsffOptions = { partition: input.partition, region: input.region, now: nextUpdatedAt(input.now, stored?.UpdatedAt), mappers: input.mappers };
  if (stored) {
    if (stored.CreatedAt) options.createdAt = stored.CreatedAt;
    if (stored.FirstObservedAt) options.firstObservedAt = stored.FirstObservedAt;
  } else options.create = true;
  const asff = toAsff(f, input.resources.get(f.resourceArn), options);
  if (!stored) return { action: 'created', finding: asff };
  if (active && passLike) return { action: f.status === 'PASS' ? 'resolved' : 'archived', finding: asff };
  const changed = fingerprintOf(asff) !== fingerprintOf(stored) || stored.RecordState !== asff.RecordState;
  if (changed || stale(stored, input.now, input.refreshIntervalDays)) return { action: 'refreshed', finding: asff };
  counts.unchanged += 1;
  return undefined;
}

function planGone(stored: AwsSecurityFinding, input: PlanInput, counts: PlanCounts): PlannedSend | undefined {
  const resource = stored.Resources?.[0];
  const kind = stored.ProductFields?.[PRODUCT_FIELDS.resourceKind];
  if (!input.scope.provablyGone(stored.AwsAccountId ?? '', kind, resource?.Region ?? stored.Region, resource?.Id)) {
    counts.untouched += 1;
    return undefined;
  }
  const archived = resendable(stored);
  archived.RecordState = 'ARCHIVED';
  archived.UpdatedAt = nextUpdatedAt(input.now, stored.UpdatedAt);
  archived.ProductFields = { ...archived.ProductFields, [PRODUCT_FIELDS.archivedBecause]: `resource no longer exists (not found by the scan of ${input.now.toISOString()})` };
  return { action: 'archived', finding: withFingerprint(archived) };
}

/**
 * Every send for one region, made as it is consumed: the publisher imports each batch before the next is
 * built, so a first scan of a large account never holds all its ASFF at once. `counts` fills as it goes.
 */
export function* planSends(input: PlanInput, counts: PlanCounts): Generator<PlannedSend> {
  // Stored findings this scan judged again; the rest may be gone. Bounded by what Security Hub holds.
  const judged = new Set<string>();
  for (const f of input.findings) {
    const id = f.id;
    const stored = input.stored.get(id);
    if (stored) judged.add(id);
    const send = planFinding(f, stored, input, counts);
    if (send) yield send;
  }
  for (const [id, stored] of input.stored) {
    if (judged.has(id) || stored.RecordState !== 'ACTIVE') continue;
    const send = planGone(stored, input, counts);
    if (send) yield send;
  }
}

/** Decides every send for one region, at once. */
export function planRegion(input: PlanInput): RegionPlan {
  const counts: PlanCounts = { unchanged: 0, untouched: 0, notImported: 0 };
  const sends = [...planSends(input, counts)];
  return { sends, ...counts };
}

/**
 * What planning needs of a stored finding that this scan judges again (its Id is among the scan's
 * findings): state, dates and fingerprint. Those no longer judged are kept whole, to be re-sent as
 * archived. Pages of GetFindings are projected as they arrive, so the state of a large account stays small.
 */
export function plannable(stored: AwsSecurityFinding): AwsSecurityFinding {
  const lean: AwsSecurityFinding = { Id: stored.Id } as AwsSecurityFinding;
  if (stored.RecordState !== undefined) lean.RecordState = stored.RecordState;
  if (stored.UpdatedAt !== undefined) lean.UpdatedAt = stored.UpdatedAt;
  if (stored.CreatedAt !== undefined) lean.CreatedAt = stored.CreatedAt;
  if (stored.FirstObservedAt !== undefined) lean.FirstObservedAt = stored.FirstObservedAt;
  const fingerprint = fingerprintOf(stored);
  if (fingerprint !== undefined) lean.ProductFields = { [PRODUCT_FIELDS.fingerprint]: fingerprint };
  return lean;
}
