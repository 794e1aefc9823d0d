/**
 * Which stored findings a scan may archive because their resource is gone (invariant 5), decided from the
 * inventory alone: a resource is gone only when its kind's listing was read whole in its (account, region,
 * service) scope and the resource is not in it. A saved snapshot or a replay therefore archives exactly as
 * the live scan would. A per-resource call failing (one table's backups denied) leaves the listing whole;
 * a failed or deadline-cut listing proves nothing.
 */
import { isKind, KINDS, scopeRegionOf } from '../inventory/kinds/index.js';
import type { Inventory, ListingProof } from '../inventory/types.js';

export interface ScopeJudge {
  /** True when `arn` of `kind` in `region` is absent from a scope that listed its kind whole, so it really is gone. */
  provablyGone(accountId: string, kind: string | undefined, region: string | undefined, arn: string | undefined): boolean;
}

/** The account an ARN names, when it names one (S3 bucket ARNs do not). */
const accountOfArn = (arn: string): string | undefined => arn.split(':')[4] || undefined;

export function scopeJudge(inventory: Inventory): ScopeJudge {
  const present = new Set(inventory.resources.map((r) => r.arn));
  const proofs = new Map<string, Partial<Record<string, ListingProof>>>();
  for (const s of inventory.scopes) proofs.set(`${s.accountId}/${s.service}@${s.region}`, s.listings);
  return {
    provablyGone(accountId, kind, region, arn) {
      if (accountId !== inventory.accountId || !isKind(kind) || !region || !arn || present.has(arn)) return false;
      // A scope's listing covers its own account: another account's key is only ever described by reference.
      if (accountOfArn(arn) !== inventory.accountId) return false;
      const listings = proofs.get(`${accountId}/${KINDS[kind].service}@${scopeRegionOf(kind, region)}`);
      return listings?.[kind]?.state === 'whole';
    },
  };
}
