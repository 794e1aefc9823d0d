/**
 * Which stored findings a scan may archive because their resource is gone: only resources of a kind a
 * primary collector enumerates, in a (account, region, service) scope whose enumeration completed
 * (invariant 5). A per-resource call failing (one table's backups denied) leaves the listing whole, so
 * a resource absent from it is still gone; a failed or deadline-cut listing proves nothing.
 */
import { COLLECTORS } from '../collectors/index.js';
import type { Collector } from '../collectors/types.js';
import { scopeEnumerated, type Inventory } from '../inventory/types.js';

export interface ScopeJudge {
  /** True when `arn` of `kind` in `region` is absent from a completely enumerated scope, so it really is gone. */
  provablyGone(accountId: string, kind: string | undefined, region: string | undefined, arn: string | undefined): boolean;
}

export function scopeJudge(inventory: Inventory, collectors: readonly Collector[] = COLLECTORS): ScopeJudge {
  const present = new Set(inventory.resources.map((r) => r.arn));
  const enumerated = new Set(inventory.scopes.filter((s) => scopeEnumerated(s.state)).map((s) => `${s.service}@${s.region}`));
  // Dependent collectors read what others reference (IAM roles, another account's keys): absence proves
  // nothing, except for the kinds they declare they list in full.
  const enumerating = new Map<string, Collector>();
  const listedInFull = new Set<string>();
  for (const c of collectors) {
    if (c.phase === 'primary') for (const kind of c.produces) enumerating.set(kind, c);
    for (const kind of c.enumerates ?? []) {
      enumerating.set(kind, c);
      listedInFull.add(kind);
    }
  }
  return {
    provablyGone(accountId, kind, region, arn) {
      if (accountId !== inventory.accountId || !kind || !region || !arn || present.has(arn)) return false;
      const collector = enumerating.get(kind);
      if (!collector) return false;
      // A dependent listing covers the account's own resources only (another account's key is just described).
      if (listedInFull.has(kind) && arn.split(':')[4] !== inventory.accountId) return false;
      return enumerated.has(`${collector.service}@${collector.global ? 'global' : region}`);
    },
  };
}
