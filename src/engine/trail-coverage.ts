/**
 * What a trail's or event data store's selectors record: management events (read, write) and data events
 * on one resource. Pure.
 *
 * - Classic selectors: `IncludeManagementEvents` with `ReadWriteType` (All, ReadOnly, WriteOnly); data
 *   resources of a type with values that are ARNs or ARN prefixes (`arn:aws:dynamodb` means every table).
 * - Advanced selectors: fields are ANDed; within a field, the positive operators (Equals, StartsWith,
 *   EndsWith) are ORed and any negative one (NotEquals, NotStartsWith, NotEndsWith) excludes. `readOnly`
 *   Equals `true` / `false` narrows to reads / writes. A selector that also filters on other fields
 *   (eventName, userIdentity.arn, eventSource…) records only some events, so it does not count as coverage.
 */
import type { AdvancedEventSelector, EventSelection, FieldSelector } from '../inventory/cloudtrail.js';
import type { IamAction } from '../vocabulary.js';
import type { CheckContext } from './context.js';

export interface Coverage {
  read: boolean;
  write: boolean;
}

const BOTH: Coverage = { read: true, write: true };
const NONE: Coverage = { read: false, write: false };
const union = (a: Coverage, b: Coverage): Coverage => ({ read: a.read || b.read, write: a.write || b.write });

function fromReadWriteType(type: string): Coverage {
  if (type === 'ReadOnly') return { read: true, write: false };
  if (type === 'WriteOnly') return { read: false, write: true };
  return BOTH;
}

/** Does one field selector accept `value`? */
export function fieldAccepts(f: FieldSelector, value: string): boolean {
  const positive = [...(f.equals ?? []).map((v) => value === v), ...(f.startsWith ?? []).map((v) => value.startsWith(v)), ...(f.endsWith ?? []).map((v) => value.endsWith(v))];
  if (positive.length > 0 && !positive.some(Boolean)) return false;
  if ((f.notEquals ?? []).includes(value)) return false;
  if ((f.notStartsWith ?? []).some((v) => value.startsWith(v))) return false;
  if ((f.notEndsWith ?? []).some((v) => value.endsWith(v))) return false;
  return true;
}

const field = (s: AdvancedEventSelector, name: string): FieldSelector | undefined => s.fieldSelectors.find((f) => f.field === name);

function readOnlyCoverage(s: AdvancedEventSelector): Coverage {
  const f = field(s, 'readOnly');
  if (!f) return BOTH;
  return { read: fieldAccepts(f, 'true'), write: fieldAccepts(f, 'false') };
}

/** Management events the selection records. Excluded event sources (kms, rdsdata) still count. */
export function managementCoverage(selection: EventSelection): Coverage {
  let cov = NONE;
  for (const s of selection.basic) if (s.includeManagementEvents) cov = union(cov, fromReadWriteType(s.readWriteType));
  for (const s of selection.advanced) {
    const category = field(s, 'eventCategory');
    if (!category || !fieldAccepts(category, 'Management')) continue;
    cov = union(cov, readOnlyCoverage(s));
  }
  return cov;
}

const DATA_FIELDS = new Set(['eventCategory', 'resources.type', 'resources.ARN', 'readOnly']);

export interface DataCoverage extends Coverage {
  /** Selectors that select this resource type but filter on other fields too: partial, not counted. */
  narrowed: string[];
}

/**
 * Data events on `resourceArn` (of CloudTrail resource type `resourceType`, e.g. `AWS::DynamoDB::Table`,
 * `AWS::Glue::Table`) the selection records.
 */
export function dataCoverage(selection: EventSelection, resourceType: string, resourceArn: string): DataCoverage {
  let cov = NONE;
  const narrowed: string[] = [];
  for (const s of selection.basic) {
    for (const d of s.dataResources) {
      if (d.type !== resourceType) continue;
      if (d.values.some((v) => resourceArn === v || resourceArn.startsWith(v))) cov = union(cov, fromReadWriteType(s.readWriteType));
    }
  }
  selection.advanced.forEach((s, index) => {
    const category = field(s, 'eventCategory');
    const type = field(s, 'resources.type');
    if (!category || !fieldAccepts(category, 'Data') || !type || !fieldAccepts(type, resourceType)) return;
    const arn = field(s, 'resources.ARN');
    if (arn && !fieldAccepts(arn, resourceArn)) return;
    const others = s.fieldSelectors.filter((f) => !DATA_FIELDS.has(f.field)).map((f) => f.field);
    if (others.length > 0) {
      narrowed.push(`${s.name ?? `advanced selector ${index}`} (filters ${others.join(', ')})`);
      return;
    }
    cov = union(cov, readOnlyCoverage(s));
  });
  return { ...cov, narrowed };
}

/** `read and write`, `read only`, `write only` or `none`, for reasons. */
export function describeCoverage(c: Coverage): string {
  return c.read && c.write ? 'read and write' : c.read ? 'read only' : c.write ? 'write only' : 'none';
}

/** The calls that describe a trail: a trail proving coverage rests on these alone. */
export const TRAIL_ACTIONS = ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'] as const satisfies readonly IamAction[];
/** The calls that describe an event data store. */
export const EVENT_DATA_STORE_ACTIONS = ['cloudtrail:ListEventDataStores', 'cloudtrail:GetEventDataStore'] as const satisfies readonly IamAction[];

/** A trail or event data store that applies to a region, with what is known of it. */
export interface Recorder {
  /** `trail NAME` or `event data store NAME`, for reasons. */
  label: string;
  /** The calls its state came from: one recorder proving coverage is enough, whatever another's calls did. */
  actions: readonly IamAction[];
  arn: string;
  multiRegion?: boolean;
  /** Logging (trail) or ingesting (event data store); undefined when unknown. */
  active?: boolean;
  selection?: EventSelection;
  /** Why `active` or `selection` is unknown. */
  unknown?: string;
}

export type Recorders = { ok: true; recorders: Recorder[] } | { ok: false; reason: string };

/**
 * Trails (shadow and organization trails included) and event data stores that record events of `region`.
 * A trail is described by its home region's collection; a trail homed in a region the scan does not cover
 * is listed with the reason its state is unknown.
 */
export function recordersFor(region: string, ctx: CheckContext): Recorders {
  const account = ctx.resources('cloudtrail.account', region)[0];
  if (!account) {
    const scope = ctx.scope('cloudtrail', region);
    const why = scope?.state === 'aborted' ? ': the scan deadline was reached first' : scope?.state === 'failed' ? ': its listing failed' : '';
    return { ok: false, reason: `CloudTrail was not collected in ${region}${why}` };
  }
  if (account.trailArns === undefined) return { ok: false, reason: ctx.whyUnknown(account, 'trailArns') };
  const recorders: Recorder[] = [];
  for (const arn of account.trailArns) {
    const trail = ctx.byArn(arn);
    const name = arn.split('/').pop() ?? arn;
    if (!trail || trail.kind !== 'cloudtrail.trail') {
      const home = account.trailHomeRegions?.[arn] ?? 'another region';
      const why = ctx.inventory.regions.includes(home) ? `its home region ${home} was not fully collected` : `it is homed in ${home}, which this scan does not cover`;
      recorders.push({ label: `trail ${name}`, actions: TRAIL_ACTIONS, arn, unknown: `trail ${name}: status and selectors unknown, ${why}` });
      continue;
    }
    const r: Recorder = { label: `trail ${trail.trailName}`, actions: TRAIL_ACTIONS, arn };
    if (trail.multiRegion !== undefined) r.multiRegion = trail.multiRegion;
    if (trail.isLogging !== undefined) r.active = trail.isLogging;
    if (trail.selectors) r.selection = trail.selectors;
    if (trail.isLogging === undefined) r.unknown = `trail ${trail.trailName}: ${ctx.whyUnknown(trail, 'isLogging')}`;
    else if (!trail.selectors) r.unknown = `trail ${trail.trailName}: ${ctx.whyUnknown(trail, 'selectors')}`;
    recorders.push(r);
  }
  for (const store of ctx.resources('cloudtrail.event_data_store')) {
    // A store of another region counts when multi-region, and stays in the picture (unknown) when that is not known.
    if (store.region !== region && store.multiRegion === false) continue;
    const r: Recorder = { label: `event data store ${store.name}`, actions: EVENT_DATA_STORE_ACTIONS, arn: store.arn };
    if (store.multiRegion !== undefined) r.multiRegion = store.multiRegion;
    if (store.status !== undefined) r.active = store.status === 'ENABLED';
    if (store.selectors) r.selection = store.selectors;
    if (store.status === undefined || !store.selectors) r.unknown = `event data store ${store.name}: ${ctx.whyUnknown(store, 'status')}`;
    else if (store.region !== region && store.multiRegion === undefined) r.unknown = `event data store ${store.name}: ${ctx.whyUnknown(store, 'multiRegion')}`;
    recorders.push(r);
  }
  return { ok: true, recorders };
}
