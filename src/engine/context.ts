/** What a check may consult besides its resource: indexed, read-only views of the inventory. */
import type { KmsKey } from '../inventory/kms.js';
import type { CollectionError, Inventory, Resource, ResourceKind, ResourceOf, ScopeStatus } from '../inventory/types.js';
import { NetworkView } from './network.js';
import type { CheckSettings } from './settings.js';
import type { IamAction, ServiceName } from '../vocabulary.js';

export interface CheckContext {
  readonly inventory: Inventory;
  /** Evaluation time: the inventory's collection time, so results are deterministic. */
  readonly now: Date;
  readonly settings: CheckSettings;
  /** Resources of a kind, optionally in one region. */
  resources<K extends ResourceKind>(kind: K, region?: string): ResourceOf<K>[];
  /** A resource by ARN. */
  byArn(arn: string): Resource | undefined;
  /** A KMS key by ARN, key id or alias (ARN or name) as seen from `region`. */
  kmsKey(ref: string, region: string): KmsKey | undefined;
  /** The region's VPC data. */
  network(region: string): NetworkView;
  /** Collection errors for an action in a region, optionally about one resource. */
  failures(action: IamAction, region: string, resourceArn?: string): CollectionError[];
  scope(service: ServiceName, region: string): ScopeStatus | undefined;
  /** Why `resource[field]` is unknown: the recorded reason, or what stopped collection. */
  whyUnknown(resource: Resource, field: string): string;
  /** Why the key `ref` a store names is not in the inventory: the failed kms:DescribeKey, or that it was not collected. */
  whyKeyUnknown(ref: string, region: string): string;
}

/** Builds a context with lazily built indexes. */
export function createContext(inventory: Inventory, settings: CheckSettings): CheckContext {
  const byKind = new Map<string, Resource[]>();
  const byArn = new Map<string, Resource>();
  for (const r of inventory.resources) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
    byArn.set(r.arn, r);
  }
  const keyIndex = new Map<string, KmsKey>();
  for (const key of (byKind.get('kms.key') ?? []) as KmsKey[]) {
    keyIndex.set(key.arn, key);
    keyIndex.set(`${key.region}:${key.keyId}`, key);
    for (const alias of key.aliases ?? []) {
      keyIndex.set(`${key.region}:${alias}`, key);
      keyIndex.set(`arn:${inventory.partition}:kms:${key.region}:${key.accountId}:${alias}`, key);
    }
  }
  const errorsByAction = new Map<string, CollectionError[]>();
  for (const e of inventory.errors) {
    const list = errorsByAction.get(e.action);
    if (list) list.push(e);
    else errorsByAction.set(e.action, [e]);
  }
  const networks = new Map<string, NetworkView>();
  const scopes = new Map(inventory.scopes.map((s) => [`${s.service}@${s.region}`, s]));

  return {
    inventory,
    now: new Date(inventory.collectedAt),
    settings,
    resources: <K extends ResourceKind>(kind: K, region?: string) => {
      const all = (byKind.get(kind) ?? []) as ResourceOf<K>[];
      return region ? all.filter((r) => r.region === region) : all;
    },
    byArn: (arn) => byArn.get(arn),
    kmsKey: (ref, region) => keyIndex.get(ref) ?? keyIndex.get(`${region}:${ref}`),
    network: (region) => {
      let view = networks.get(region);
      if (!view) {
        view = new NetworkView(inventory.resources.filter((r) => r.region === region && r.kind.startsWith('ec2.')));
        networks.set(region, view);
      }
      return view;
    },
    failures: (action, region, resourceArn) =>
      (errorsByAction.get(action) ?? []).filter((e) => e.region === region && (resourceArn === undefined || e.resourceArn === undefined || e.resourceArn === resourceArn)),
    scope: (service, region) => scopes.get(`${service}@${region}`),
    whyKeyUnknown: (ref, region) => {
      const failed = (errorsByAction.get('kms:DescribeKey') ?? []).find((e) => e.region === region && e.resourceArn === ref);
      if (failed) return `kms:DescribeKey failed for key ${ref}: ${failed.code}: ${failed.message}`;
      const aborted = inventory.scopes.find((s) => s.region === region && s.service === 'kms' && s.state === 'aborted');
      if (aborted) return `key ${ref} was not described: the scan deadline was reached`;
      return `key ${ref} was not described (kms:DescribeKey)`;
    },
    whyUnknown: (resource, field) => {
      const recorded = resource.unknown?.[field];
      if (recorded) return recorded;
      const aborted = inventory.scopes.find((s) => s.region === resource.region && s.state === 'aborted');
      if (aborted) return `${field} was not collected: the scan deadline was reached`;
      return `${field} was not collected`;
    },
  };
}
