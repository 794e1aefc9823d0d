/**
 * Which stored findings a scan may archive because their resource is gone: only resources of a kind a
 * primary collector enumerates, in a (account, region, service) scope collected completely (invariant 5).
 */
import { COLLECTORS } from '../collectors/index.js';
import type { Collector } from '../collectors/types.js';
import type { Inventory } from '../inventory/types.js';

export interface ScopeJudge {
  /** True when `arn` of `kind` in `region` is absent from a completely collected scope, so it really is gone. */
  provablyGone(accountId: string, kind: string | undefined, region: string | undefined, arn: string | undefined): boolean;
}

export function scopeJudge(inventory: Inventory, collectors: readonly Collector[] = COLLECTORS): ScopeJudge {
  const present = new Set(inventory.resources.map((r) => r.arn));
  const complete = new Set(inventory.scopes.filter((s) => s.state === 'complete').map((s) => `${s.service}@${s.region}`));
  // Dependent collectors (KMS keys, IAM roles) read only what others reference: absence proves nothing.
  const enumerating = new Map<string, Collector>();
  for (const c of collectors) if (c.phase === 'primary') for (const kind of c.produces) enumerating.set(kind, c);
  return {
    provablyGone(accountId, kind, region, arn) {
      if (accountId !== inventory.accountId || !kind || !region || !arn || present.has(arn)) return false;
      const collector = enumerating.get(kind);
      if (!collector) return false;
      return complete.has(`${collector.service}@${collector.global ? 'global' : region}`);
    },
  };
}
