/**
 * Every IAM action the scanner may call: what the collectors declare plus what publishing needs. The
 * template's policy is generated from this list (`npm run generate`) and a contract test proves that the
 * template, the declarations and the commands actually sent over the demo account agree.
 */
import { CHECKS } from '../checks/index.js';
import { COLLECTORS } from './collectors/index.js';
import type { Collector } from './collectors/types.js';
import { PUBLISH_ACTIONS } from './publish/securityhub.js';
import type { IamAction } from './vocabulary.js';

export { PUBLISH_ACTIONS };

/**
 * Collectors some registered check needs (a scan runs only those): a collector whose data no check reads
 * yet is granted nothing.
 */
export function neededCollectors(collectors: readonly Collector[] = COLLECTORS): Collector[] {
  const used = new Set<IamAction>(CHECKS.flatMap((c) => c.uses));
  return collectors.filter((c) => c.actions.some((a) => used.has(a)));
}

/** Read-only actions the needed collectors declare, sorted and unique. */
export function collectorActions(collectors: readonly Collector[] = neededCollectors()): IamAction[] {
  return [...new Set(collectors.flatMap((c) => c.actions))].sort();
}

/** Everything the deployed function may call. */
export function requiredActions(collectors: readonly Collector[] = neededCollectors()): IamAction[] {
  return [...new Set<IamAction>([...collectorActions(collectors), ...PUBLISH_ACTIONS])].sort();
}
