/**
 * Builders for check tests: realistic resources and inventories as data, so each test states only what
 * it is about.
 */
import { classify, DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import { impliedListings } from '../../src/inventory/scopes.js';
import { createContext, type CheckContext } from '../../src/engine/context.js';
import type { AnyCheck, Verdict } from '../../src/engine/check.js';
import { evaluate, type Evaluation } from '../../src/engine/evaluate.js';
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from '../../src/engine/settings.js';
import { INVENTORY_SCHEMA_VERSION, type CollectionError, type Inventory, type Resource, type ResourceKind, type ResourceOf, type ScopeStatus } from '../../src/inventory/types.js';

export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-1';
export const COLLECTED_AT = '2026-11-01T12:00:00.000Z';

type Fields<K extends ResourceKind> = Omit<ResourceOf<K>, 'kind' | 'classification' | 'region' | 'accountId' | 'arn' | 'name'> &
  Partial<Pick<ResourceOf<K>, 'region' | 'accountId' | 'arn' | 'name'>>;

/** A resource of `kind` with classification resolved from its tags, as the runner does. */
export function resource<K extends ResourceKind>(kind: K, fields: Fields<K>): ResourceOf<K> {
  const region = fields.region ?? REGION;
  const name = fields.name ?? `${kind.split('.')[1]}-1`;
  const r = {
    arn: `arn:aws:${kind.split('.')[0]}:${region}:${ACCOUNT}:${kind.split('.')[1]}/${name}`,
    accountId: ACCOUNT,
    ...fields,
    kind,
    region,
    name,
  } as unknown as ResourceOf<K>;
  (r).classification = classify((r).tags, DEFAULT_CLASSIFICATION, (r).lfTags);
  return r;
}

/** A scope as the runner reports it, with the listing proofs its state implies for its service's kinds. */
export function scopeOf(service: ScopeStatus['service'], region: string, state: ScopeStatus['state'], fields: Partial<ScopeStatus> = {}): ScopeStatus {
  return { accountId: ACCOUNT, service, region, state, resources: 0, errors: 0, listings: impliedListings(service, state), ...fields };
}

export interface InventoryExtras {
  errors?: CollectionError[];
  scopes?: ScopeStatus[];
  accountId?: string;
}

export function inventoryOf(resources: Resource[], extras: InventoryExtras = {}): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    accountId: extras.accountId ?? ACCOUNT,
    partition: 'aws',
    collectedAt: COLLECTED_AT,
    regions: [...new Set(resources.map((r) => r.region))],
    services: [],
    resources,
    errors: extras.errors ?? [],
    scopes: extras.scopes ?? [],
  };
}

export function contextFor(resources: Resource[], extras: InventoryExtras = {}, settings: Partial<CheckSettings> = {}): CheckContext {
  return createContext(inventoryOf(resources, extras), { ...DEFAULT_CHECK_SETTINGS, ...settings });
}

/**
 * Evaluates one check on `subject` through the engine (so the guard on failed calls applies), with the
 * other resources as context. Returns the verdict and final severity.
 */
export function judge(check: AnyCheck, subject: Resource, others: Resource[] = [], extras: InventoryExtras = {}, settings: Partial<CheckSettings> = {}): Verdict & { severity: Evaluation['severity'] } {
  const results = evaluate(inventoryOf([subject, ...others], extras), [check], { ...DEFAULT_CHECK_SETTINGS, ...settings });
  const hit = results.find((e) => e.resource === subject);
  if (!hit) throw new Error(`check ${check.id} did not evaluate ${subject.arn} (is its kind ${check.resource as string}?)`);
  return { ...hit.verdict, severity: hit.severity };
}

/** A CollectionError for tests. */
export function collectionError(action: `${string}:${string}`, extra: Partial<CollectionError> = {}): CollectionError {
  const [prefix, operation] = action.split(':') as [string, string];
  const service = (prefix === 'redshift-serverless' ? 'redshiftserverless' : prefix) as CollectionError['service'];
  return { service, region: REGION, operation, action, code: 'AccessDeniedException', message: `not authorized to perform ${action}`, kind: 'access-denied', ...extra };
}
