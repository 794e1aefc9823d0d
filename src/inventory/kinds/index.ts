/**
 * The kind registry: one descriptor per resource kind (explicit, so a new kind without a descriptor fails
 * to compile). Collectors, the ASFF mapper, publishing's scope proof, template mode and the change map
 * all read it.
 */
import type { ResourceKind } from '../types.js';
import { ACCOUNT_KINDS } from './account.js';
import { CATALOG_KINDS } from './catalog.js';
import { DATA_STORE_KINDS } from './data-stores.js';
import { buildArn, type ArnScope, type KindDescriptor } from './descriptor.js';

export type { ArnScope, AsffType, KindDescriptor, ListingSpec, TagSource } from './descriptor.js';
export { ASFF_TYPES, ASFF_TYPES_WITHOUT_DETAILS, buildArn, parseArn } from './descriptor.js';

export const KINDS: { readonly [K in ResourceKind]: KindDescriptor<K> } = { ...DATA_STORE_KINDS, ...CATALOG_KINDS, ...ACCOUNT_KINDS };

/** Every kind, sorted. */
export const KIND_NAMES = (Object.keys(KINDS) as ResourceKind[]).sort();

/** The descriptor of `kind`. */
export function kindOf<K extends ResourceKind>(kind: K): KindDescriptor<K> {
  return KINDS[kind];
}

/** True when `kind` names a registered kind (for input read from files and Security Hub). */
export function isKind(kind: string | undefined): kind is ResourceKind {
  return kind !== undefined && Object.hasOwn(KINDS, kind);
}

/** The ARN of a resource of `kind` in `scope`, from its own parts (e.g. `{ name }`), or of a thing `related` to it. */
export function arnOf(kind: ResourceKind, scope: ArnScope, parts: Readonly<Record<string, string>>, related?: string): string {
  return buildArn(KINDS[kind], scope, parts, related);
}

/** The scope region a kind is collected and proven in: `global` for account-level kinds. */
export const GLOBAL_REGION = 'global';
export function scopeRegionOf(kind: ResourceKind, region: string): string {
  return KINDS[kind].global ? GLOBAL_REGION : region;
}
