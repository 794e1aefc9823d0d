/** Listing proofs that can be inferred from a scope's state alone (inventories saved before proofs were recorded). */
import { KIND_NAMES, KINDS } from './kinds/index.js';
import { scopeEnumerated, type ScopeState, type ScopeStatus } from './types.js';
import type { ServiceName } from '../vocabulary.js';

/**
 * The proof a scope's state implies for every kind of `service` that is listed: whole when the scope was
 * enumerated (complete or partial), none otherwise. Kinds read only by reference get no entry.
 */
export function impliedListings(service: ServiceName, state: ScopeState): ScopeStatus['listings'] {
  const listings: ScopeStatus['listings'] = {};
  for (const kind of KIND_NAMES) {
    const d = KINDS[kind];
    if (d.service !== service || d.listing.by === 'referenced') continue;
    listings[kind] = scopeEnumerated(state) ? { state: 'whole' } : { state: 'none', reason: `the ${service} scope was ${state}` };
  }
  return listings;
}
