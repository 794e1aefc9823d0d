/**
 * Check definitions: metadata as typed code plus a pure `evaluate` (style rules 2, 6, 7).
 */
import type { ResourceKind, ResourceOf } from '../inventory/types.js';
import type { CheckContext } from './context.js';
import type { ControlArea, EffectiveTier, IamAction, Pillar, ServiceName, Severity, Status } from '../vocabulary.js';

/** Evidence shown with a finding: small scalar facts the verdict rests on. */
export type Evidence = Record<string, string | number | boolean | null>;

export interface Verdict {
  status: Status;
  /** Names the field and its value: why this status. */
  reason: string;
  /** Overrides the check's baseline severity for this verdict (before the red-data raise). */
  severity?: Severity;
  evidence?: Evidence;
  /**
   * The calls whose data decided this verdict, when fewer than all the check uses: a decisive fact (storage
   * not encrypted) or one source that proves an "any of" requirement. The engine sets a verdict aside as
   * NOT_EVALUATED only when a call it rests on failed; by default it rests on every call the check uses.
   */
  rests?: readonly IamAction[];
}

/** Severity per effective tier, for checks whose matrix entry depends on the data (no further raise). */
export type TierSeverity = Record<EffectiveTier, Severity>;

export interface CheckSpec<K extends ResourceKind> {
  /** `service.resource.property`, matching `checks/<service>/<resource>.<property>.ts`. */
  id: string;
  /** The inventory kind this check evaluates. */
  resource: K;
  /** IAM actions whose data the check reads; a failed call among them makes the verdict NOT_EVALUATED. */
  uses: readonly IamAction[];
  control: ControlArea;
  pillar: Pillar;
  title: string;
  /** What the control requires and why it matters: the finding's description. */
  description: string;
  /** Baseline severity (raised one level for red data), or a severity per tier. */
  severity: Severity | TierSeverity;
  /** Security Hub control ids and other standards this check corresponds to, e.g. `FSBP DynamoDB.2`. */
  standards?: readonly string[];
  remediation: { text: string; url: string };
  /** The check inspects collection errors itself; skip the engine's generic guard. */
  selfGuarded?: boolean;
  evaluate(resource: ResourceOf<K>, ctx: CheckContext): Verdict;
}

export interface Check<K extends ResourceKind = ResourceKind> extends CheckSpec<K> {
  readonly service: ServiceName;
}

/** A check of any kind, as registries hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheck = Check<any>;

const ID_PATTERN = /^([a-z0-9]+)\.([a-z0-9_]+)\.([a-z0-9_]+)$/;

/** Declares a check; validates its id and metadata at definition time. */
export function defineCheck<K extends ResourceKind>(spec: CheckSpec<K>): Check<K> {
  const match = ID_PATTERN.exec(spec.id);
  if (!match) throw new Error(`check id ${spec.id} must look like service.resource.property (lower case, underscores)`);
  if (spec.uses.length === 0) throw new Error(`check ${spec.id} must declare the API data it uses`);
  if (!spec.remediation.url.startsWith('https://')) throw new Error(`check ${spec.id} needs an https remediation URL`);
  return Object.freeze({ ...spec, service: match[1] as ServiceName });
}

/**
 * `verdict`, decided by the data of `actions` alone: a failed call outside them cannot undo it. For a
 * decisive fact (storage not encrypted fails whatever the key lookup said) and for one source proving an
 * "any of" requirement (one trail records the events, whatever another source's call did).
 */
export function decidedBy(actions: readonly IamAction[], verdict: Verdict): Verdict {
  return { ...verdict, rests: actions };
}

export const pass = (reason: string, evidence?: Evidence): Verdict => (evidence ? { status: 'PASS', reason, evidence } : { status: 'PASS', reason });
export const fail = (reason: string, options: { severity?: Severity; evidence?: Evidence } = {}): Verdict => ({ status: 'FAIL', reason, ...options });
export const notEvaluated = (reason: string): Verdict => ({ status: 'NOT_EVALUATED', reason });
export const notApplicable = (reason: string): Verdict => ({ status: 'NOT_APPLICABLE', reason });
