/**
 * The inventory: plain, JSON-serializable resources produced by the collectors and read by the checks.
 * Unknown is `undefined`, never `false`; `unknown[field]` says why a field could not be read.
 */
import type { EffectiveTier, ErrorKind, IamAction, PiiLevel, ServiceName, Tier } from '../vocabulary.js';

/** How a resource's data tier was decided. */
export interface Classification {
  /** The tier the tags say, or `unclassified`. */
  tier: Tier;
  /** The tier requirements are judged against: `tier`, or the configured default for unclassified data. */
  effectiveTier: EffectiveTier;
  pii?: PiiLevel;
  /** Where the tier came from, e.g. `tag:data_classification=red`, `lf-tag:classification=red`, `default`. */
  source: string;
  /**
   * Why the tier is not known: the tags (or LF-tags) that could carry it could not be read. An unknown tier
   * is not `unclassified`: the engine judges such a resource only where every tier gives the same verdict.
   */
  unknown?: string;
}

/** Network placement of a resource that lives in a VPC. */
export interface NetworkPlacement {
  vpcId?: string;
  subnetIds?: string[];
  securityGroupIds?: string[];
  /** TCP port clients connect to, when the service has one. */
  port?: number;
}

/** Fields every resource carries. */
export interface ResourceBase<K extends string> {
  kind: K;
  arn: string;
  /** Human-readable name or identifier. */
  name: string;
  region: string;
  accountId: string;
  /** Resource tags; `undefined` when they could not be read (see `unknown.tags`). */
  tags?: Record<string, string>;
  /** Lake Formation LF-tags, for catalog resources. */
  lfTags?: Record<string, string>;
  classification: Classification;
  /** Why a field is undefined: field name -> reason, naming the failed call. */
  unknown?: Record<string, string>;
  network?: NetworkPlacement;
  /** KMS key ids or ARNs this resource uses for encryption, for key lookups and key-to-store links. */
  kmsKeyRefs?: string[];
  /** IAM role ARNs this resource runs as or uses (job roles, COPY roles), collected by the IAM collector. */
  iamRoleRefs?: string[];
}

/**
 * Registry of resource kinds. Each service's inventory file adds its kinds by declaration merging:
 * `declare module './types.js' { interface ResourceKinds { 'dynamodb.table': DynamoDbTable } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ResourceKinds {}

export type ResourceKind = keyof ResourceKinds;
export type Resource = ResourceKinds[ResourceKind];
export type ResourceOf<K extends ResourceKind> = ResourceKinds[K];

export { ERROR_KINDS, type ErrorKind } from '../vocabulary.js';

/** An API call that failed, recorded as data (style rule 4). */
export interface CollectionError {
  service: ServiceName;
  region: string;
  /** API operation, e.g. `DescribeContinuousBackups`. */
  operation: string;
  action: IamAction;
  /** AWS error code, e.g. `AccessDeniedException`. */
  code: string;
  message: string;
  kind: ErrorKind;
  /** The resource the call was about, when it was about one. */
  resourceArn?: string;
}

/**
 * How completely one (account, region, service) scope was collected.
 * - complete: every call succeeded.
 * - partial: every listing finished, some per-resource calls failed.
 * - failed: some listing failed; what it would have listed proves nothing.
 * - aborted: the deadline stopped collection; what was not listed by then proves nothing.
 */
export const SCOPE_STATES = ['complete', 'partial', 'failed', 'aborted'] as const;
export type ScopeState = (typeof SCOPE_STATES)[number];

/**
 * How much of one kind a scope's listing proved.
 * - whole: every page was read, so a resource absent from the inventory does not exist.
 * - partial: some pages were read before the listing failed or was cut: what is there exists, nothing more.
 * - none: the kind was not listed.
 */
export const LISTING_STATES = ['whole', 'partial', 'none'] as const;
export type ListingState = (typeof LISTING_STATES)[number];

export interface ListingProof {
  state: ListingState;
  /** Why the listing is not whole: the failed call, or the deadline. */
  reason?: string;
}

export interface ScopeStatus {
  accountId: string;
  service: ServiceName;
  region: string;
  state: ScopeState;
  resources: number;
  errors: number;
  /** What the scope proved about each kind it lists (kinds read only by reference have no entry). */
  listings: Partial<Record<ResourceKind, ListingProof>>;
}

/** True when the scope's resource list is complete, so a missing resource really is gone. */
export function scopeEnumerated(state: ScopeState): boolean {
  return state === 'complete' || state === 'partial';
}

/** Version 2 added the per-kind listing proofs of each scope; version 1 snapshots are upgraded on load. */
export const INVENTORY_SCHEMA_VERSION = 2;

/** Everything one scan collected. */
export interface Inventory {
  schemaVersion: typeof INVENTORY_SCHEMA_VERSION;
  accountId: string;
  partition: string;
  /** ISO time collection started; checks use it as "now" so evaluation is deterministic. */
  collectedAt: string;
  regions: string[];
  services: ServiceName[];
  resources: Resource[];
  errors: CollectionError[];
  scopes: ScopeStatus[];
}
