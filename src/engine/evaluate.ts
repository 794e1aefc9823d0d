/**
 * Runs every check over every resource of its kind. Deterministic, and never throws: a failing check
 * becomes NOT_EVALUATED with the error as its reason.
 */
import type { Classification, Inventory, Resource, ResourceKind } from '../inventory/types.js';
import type { AnyCheck, Verdict } from './check.js';
import { createContext, type CheckContext } from './context.js';
import type { CheckSettings } from './settings.js';
import { errorMessage } from '../aws/errors.js';
import { raiseSeverity, type IamAction, type Severity } from '../vocabulary.js';

export interface Evaluation {
  check: AnyCheck;
  resource: Resource;
  verdict: Verdict;
  /** Final severity: per-tier severity, or the baseline (or verdict override) raised one level for red data. */
  severity: Severity;
}

/**
 * The collection errors that make the data `check` judged `resource` on incomplete: failures of the calls
 * the verdict rests on (all the check uses, unless the verdict names fewer).
 */
export function blockingErrors(check: AnyCheck, resource: Resource, ctx: CheckContext, rests: readonly IamAction[] = check.uses) {
  const refs = new Set([resource.arn, ...(resource.kmsKeyRefs ?? [])]);
  const regions = new Set([resource.region, 'global']);
  const found = [];
  // A collector that crashed or never ran records `<prefix>:*`; it blocks every action of that prefix.
  const actions = new Set(rests.flatMap((a) => [a, `${a.split(':')[0]}:*` as const]));
  for (const action of actions) {
    for (const region of regions) {
      for (const error of ctx.failures(action, region)) {
        if (error.resourceArn === undefined || refs.has(error.resourceArn)) found.push(error);
      }
    }
  }
  return found;
}

export function finalSeverity(check: AnyCheck, resource: Resource, verdict: Verdict): Severity {
  const tier = resource.classification.effectiveTier;
  if (typeof check.severity === 'object') return verdict.severity ?? check.severity[tier];
  const base = verdict.severity ?? check.severity;
  return tier === 'red' ? raiseSeverity(base) : base;
}

/** The tiers a resource of unknown classification could be at, most sensitive first. */
const POSSIBLE: readonly Classification[] = [
  { tier: 'red', effectiveTier: 'red', pii: 'high', source: 'if its tags said red, pii=high' },
  { tier: 'orange', effectiveTier: 'orange', source: 'if its tags said orange' },
  { tier: 'green', effectiveTier: 'green', pii: 'none', source: 'if its tags said green' },
];

/**
 * A resource whose tags could not be read has an unknown tier, not the default one: its verdict stands
 * only when every tier it could be at gives the same status; otherwise it is NOT_EVALUATED, naming why.
 */
function judgeAtUnknownTier(check: AnyCheck, resource: Resource, ctx: CheckContext): Verdict {
  const verdict = judgeKnown(check, resource, ctx);
  if (verdict.status === 'NOT_EVALUATED') return verdict;
  const differing = POSSIBLE.map((classification) => ({ classification, verdict: judgeKnown(check, { ...resource, classification }, ctx) })).filter((v) => v.verdict.status !== verdict.status);
  if (differing.length === 0) return verdict;
  const at = [`${resource.classification.effectiveTier} (the default): ${verdict.status}`, ...differing.map((d) => `${d.classification.effectiveTier}: ${d.verdict.status}`)].join(', ');
  return { status: 'NOT_EVALUATED', reason: `the verdict depends on the data tier, which is unknown because ${resource.classification.unknown}: ${at}` };
}

function judge(check: AnyCheck, resource: Resource, ctx: CheckContext): Verdict {
  return resource.classification.unknown === undefined ? judgeKnown(check, resource, ctx) : judgeAtUnknownTier(check, resource, ctx);
}

function judgeKnown(check: AnyCheck, resource: Resource, ctx: CheckContext): Verdict {
  let verdict: Verdict;
  try {
    verdict = check.evaluate(resource, ctx);
  } catch (error) {
    return { status: 'NOT_EVALUATED', reason: `check ${check.id} could not evaluate: ${errorMessage(error)}` };
  }
  if (verdict.status === 'NOT_APPLICABLE' || verdict.status === 'NOT_EVALUATED' || check.selfGuarded) return verdict;
  // A verdict can rest on fewer calls than the check declares, never on others: declarations drive IAM.
  const undeclared = verdict.rests?.filter((a) => !check.uses.includes(a)) ?? [];
  if (undeclared.length > 0) return { status: 'NOT_EVALUATED', reason: `check ${check.id} rests a verdict on ${undeclared.join(', ')}, which it does not declare in uses` };
  // Nothing passes (or fails) on incomplete data: a failed call among the check's inputs decides.
  const errors = blockingErrors(check, resource, ctx, verdict.rests);
  if (errors.length === 0) return verdict;
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more failed calls)` : '';
  return { status: 'NOT_EVALUATED', reason: `could not read ${first.action}: ${first.code}: ${first.message}${more}` };
}

/**
 * Evaluates `checks` over the inventory, in a stable order (check id, then resource ARN), one at a time:
 * a caller that turns each into a finding holds no evaluation longer than that.
 */
export function* evaluations(inventory: Inventory, checks: readonly AnyCheck[], settings: CheckSettings): Generator<Evaluation> {
  const ctx = createContext(inventory, settings);
  const ordered = [...checks].sort((a, b) => a.id.localeCompare(b.id));
  const sorted = new Map<ResourceKind, Resource[]>();
  for (const check of ordered) {
    const kind = check.resource as ResourceKind;
    let resources = sorted.get(kind);
    if (!resources) {
      resources = [...(ctx.resources(kind) as Resource[])].sort((a, b) => a.arn.localeCompare(b.arn));
      sorted.set(kind, resources);
    }
    for (const resource of resources) {
      const verdict = judge(check, resource, ctx);
      yield { check, resource, verdict, severity: finalSeverity(check, resource, verdict) };
    }
  }
}

/** Every evaluation of `checks` over the inventory, in the order of `evaluations()`. */
export function evaluate(inventory: Inventory, checks: readonly AnyCheck[], settings: CheckSettings): Evaluation[] {
  return [...evaluations(inventory, checks, settings)];
}
