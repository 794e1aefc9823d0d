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

function planFinding(f: Finding, input: PlanInput, plan: RegionPlan): void {
  const stored = input.stored.get(f.id);
  const active = stored?.RecordState === 'ACTIVE';
  const passLike = f.status === 'PASS' || f.status === 'NOT_APPLICABLE';
  // Nothing open to close, and nothing to record as evidence.
  if (passLike && !active && (f.status === 'NOT_APPLICABLE' || !input.importPasses)) {
    plan.notImported += 1;
    return;
  }
  const options: AsffOptions = { partition: input.partition, region: input.region, now: nextUpdatedAt(input.now, stored?.UpdatedAt), mappers: input.mappers };
  if (stored) {
    if (stored.CreatedAt) options.createdAt = stored.CreatedAt;
    if (stored.FirstObservedAt) options.firstObservedAt = stored.FirstObservedAt;
  } else options.create = true;
  const asff = toAsff(f, input.resources.get(f.resourceArn), options);
  if (!stored) {
    plan.sends.push({ action: 'created', finding: asff });
    return;
  }
  if (active && passLike) {
    plan.sends.push({ action: f.status === 'PASS' ? 'resolved' : 'archived', finding: asff });
    return;
  }
  const changed = fingerprintOf(asff) !== fingerprintOf(stored) || stored.RecordState !== asff.RecordState;
  if (changed || stale(stored, input.now, input.refreshIntervalDays)) plan.sends.push({ action: 'refreshed', finding: asff });
  else plan.unchanged += 1;
}

function planGone(stored: AwsSecurityFinding, input: PlanInput, plan: RegionPlan): void {
  const resource = stored.Resources?.[0];
  const kind = stored.ProductFields?.[PRODUCT_FIELDS.resourceKind];
  if (!input.scope.provablyGone(stored.AwsAccountId ?? '', kind, resource?.Region ?? stored.Region, resource?.Id)) {
    plan.untouched += 1;
    return;
  }
  const archived = resendable(stored);
  archived.RecordState = 'ARCHIVED';
  archived.UpdatedAt = nextUpdatedAt(input.now, stored.UpdatedAt);
  archived.ProductFields = { ...archived.ProductFields, [PRODUCT_FIELDS.archivedBecause]: `resource no longer exists (not found by the scan of ${input.now.toISOString()})` };
  plan.sends.push({ action: 'archived', finding: withFingerprint(archived) });
}

/** Decides every send for one region. */
export function planRegion(input: PlanInput): RegionPlan {
  const plan: RegionPlan = { sends: [], unchanged: 0, untouched: 0, notImported: 0 };
  const seen = new Set<string>();
  for (const f of input.findings) {
    seen.add(f.id);
    planFinding(f, input, plan);
  }
  for (const [id, stored] of input.stored) {
    if (seen.has(id) || stored.RecordState !== 'ACTIVE') continue;
    planGone(stored, input, plan);
  }
  return plan;
}
