/**
 * Check factories for the shapes that repeat (style.md, Cloud Custodian's lesson): a check still lives in its
 * own file with its own metadata, and states only what its shape needs. Each factory returns what
 * `defineCheck` returns, and every reason it makes names the API field and its value (style rule 5).
 */
import type { Resource, ResourceKind, ResourceOf } from '../inventory/types.js';
import { defineCheck, type Check, type CheckSpec, type Evidence, type Verdict } from './check.js';
import type { CheckContext } from './context.js';
import type { CheckSettings } from './settings.js';
import type { EffectiveTier, Status } from '../vocabulary.js';

/** A check's metadata: everything `defineCheck` takes except `evaluate`. */
export type CheckMetadata<K extends ResourceKind> = Omit<CheckSpec<K>, 'evaluate'>;

/** The fields of kind `K` whose known value (anything but `undefined`) is a `V`: a typo or a field of another type does not compile. */
export type FieldOf<K extends ResourceKind, V> = {
  [F in keyof ResourceOf<K>]-?: [Known<ResourceOf<K>[F]>] extends [never] ? never : [Known<ResourceOf<K>[F]>] extends [V] ? F : never;
}[keyof ResourceOf<K>] &
  string;

/** A field's value once collected. */
export type Known<T> = Exclude<T, undefined>;

/** Settings that hold a number, such as `minBackupRetentionDays`. */
export type NumberSetting = { [S in keyof CheckSettings]: CheckSettings[S] extends number ? S : never }[keyof CheckSettings];

/** Something said only when the check passes, or only when it fails. */
export interface ByOutcome<T> {
  pass?: T;
  fail?: T;
}

/** Words a reason adds right after `<apiField> is <value>`, such as ` for cluster orders` (they bring their own spacing). */
export type Detail<K extends ResourceKind, V> = (resource: ResourceOf<K>, value: V) => string;

/** Evidence a verdict carries, from the resource and the value judged. */
export type EvidenceFrom<K extends ResourceKind, V> = (resource: ResourceOf<K>, value: V) => Evidence;

/** What the value checks (`flagCheck`, `equalsCheck`) say besides the field and its value. */
export interface ValueWording<K extends ResourceKind, V> {
  /** The field as the AWS API names it, for reasons: `DeletionProtectionEnabled`. */
  apiField: string;
  /** What a failing value means, after a colon: `DeleteTable would succeed`. */
  consequence?: string;
  detail?: ByOutcome<Detail<K, V>>;
  evidence?: ByOutcome<EvidenceFrom<K, V>>;
}

/** A yes/no field: unknown is NOT_EVALUATED naming the field, `passWhen` passes, the other value fails. */
export type FlagSpec<K extends ResourceKind> = CheckMetadata<K> &
  ValueWording<K, boolean> & {
    field: FieldOf<K, boolean>;
    /** The value that passes: `true` unless the flag names a risk, as `PubliclyAccessible` does. */
    passWhen?: boolean;
    /** How the API spells the two values, when not `true` and `false`: `{ true: 'ENABLED', false: 'DISABLED' }`. */
    apiValues?: { true: string; false: string };
  };

/** A field with one passing value: unknown is NOT_EVALUATED naming the field, `passWhen` passes, any other value fails. */
export type EqualsSpec<K extends ResourceKind, F extends FieldOf<K, string>> = CheckMetadata<K> &
  ValueWording<K, Known<ResourceOf<K>[F]>> & {
    field: F;
    passWhen: Known<ResourceOf<K>[F]>;
  };

/** A name that must not be a well-known default, such as a master user name. */
export type NotDefaultSpec<K extends ResourceKind> = CheckMetadata<K> & {
  field: FieldOf<K, string>;
  /** The field as the AWS API names it: `MasterUsername`. */
  apiField: string;
  /** The default names, matched ignoring case: database engines fold user names, so `Admin` is `admin`. */
  defaults: readonly [string, ...string[]];
};

/** A value with a meaning of its own rather than an amount: `0` (turned off) or `null` (not set: never expires). */
export interface Sentinel<V extends number | null> {
  value: V;
  passes: boolean;
  /** What the value means, after a colon: `automated snapshots are off`. */
  means: string;
}

/** A number that must reach a minimum held in the settings, such as a retention in days. */
export type MinimumSpec<K extends ResourceKind, F extends FieldOf<K, number | null>> = CheckMetadata<K> & {
  field: F;
  /** The field as the AWS API names it: `BackupRetentionPeriod`. */
  apiField: string;
  /** The setting holding the minimum, so an audit team tunes it without changing the check. */
  minimum: NumberSetting;
  /** Unit of the amount in reasons, when the field name does not say it already. */
  unit?: 'days';
  evidence?: ByOutcome<(resource: ResourceOf<K>, value: number, minimum: number) => Evidence>;
} & (null extends ResourceOf<K>[F] ? { sentinel: Sentinel<null> } : { sentinel?: Sentinel<number> });

/** A control required only for data of some tiers: other tiers are NOT_APPLICABLE, saying so; `evaluate` judges the rest. */
export type TierGatedSpec<K extends ResourceKind> = CheckSpec<K> & {
  requiredFor: readonly [EffectiveTier, ...EffectiveTier[]];
  /** What is required, as the reason says it: `cross-region copy`. */
  requirement: string;
  /** What the reason calls the resource: `cluster`. */
  noun: string;
};

/** Checks a yes/no field: `DeletionProtectionEnabled is false: DeleteTable would succeed`. */
export function flagCheck<K extends ResourceKind>(spec: FlagSpec<K>): Check<K> {
  const { field, passWhen = true, apiValues, apiField, consequence, detail, evidence, ...metadata } = spec;
  const shown = (value: boolean): string => (apiValues ? apiValues[`${value}`] : `${value}`);
  return valueCheck<K, boolean>(metadata, field, (value) => value === passWhen, shown, { apiField, consequence, detail, evidence });
}

/** Checks a field that must hold one value: `ClusterEndpointEncryptionType is NONE: clients reach the cache without TLS`. */
export function equalsCheck<K extends ResourceKind, F extends FieldOf<K, string>>(spec: EqualsSpec<K, F>): Check<K> {
  const { field, passWhen, apiField, consequence, detail, evidence, ...metadata } = spec;
  return valueCheck<K, Known<ResourceOf<K>[F]>>(metadata, field, (value) => value === passWhen, String, { apiField, consequence, detail, evidence });
}

/** Checks that a name is not a default one: `MasterUsername is the default awsuser`. */
export function notDefaultCheck<K extends ResourceKind>(spec: NotDefaultSpec<K>): Check<K> {
  const { field, apiField, defaults, ...metadata } = spec;
  const names = new Set(defaults.map((d) => d.toLowerCase()));
  const notDefault = defaults.length === 1 ? `the default ${defaults[0]}` : 'a default name';
  return defineCheck<K>({
    ...metadata,
    evaluate(resource, ctx) {
      const name = read<string>(resource, field);
      if (name === undefined) return unknownField(resource, field, ctx);
      if (names.has(name.toLowerCase())) return verdict('FAIL', `${apiField} is the default ${name}`);
      return verdict('PASS', `${apiField} ${name} is not ${notDefault}`);
    },
  });
}

/** Checks a number against a minimum from the settings: `retentionInDays is 30, below the required 365`. */
export function minimumCheck<K extends ResourceKind, F extends FieldOf<K, number | null>>(spec: MinimumSpec<K, F>): Check<K> {
  const { field, apiField, minimum, unit, evidence, sentinel, ...metadata } = spec as MinimumSpec<K, F> & { sentinel?: Sentinel<number | null> };
  const amount = (n: number): string => (unit ? `${n} ${n === 1 ? unit.slice(0, -1) : unit}` : `${n}`);
  return defineCheck<K>({
    ...metadata,
    evaluate(resource, ctx) {
      const value = read<number | null>(resource, field);
      if (value === undefined) return unknownField(resource, field, ctx);
      if (sentinel && value === sentinel.value) {
        return verdict(sentinel.passes ? 'PASS' : 'FAIL', `${apiField} is ${value === null ? 'not set' : value}: ${sentinel.means}`);
      }
      // The type makes a field that can be null name its meaning; an unexpected null is still not an amount.
      if (value === null) return verdict('NOT_EVALUATED', `${apiField} is not set, which this check does not interpret`);
      const min = ctx.settings[minimum];
      const outcome = value >= min ? 'pass' : 'fail';
      const reason = `${apiField} is ${amount(value)}, ${outcome === 'pass' ? 'at least' : 'below'} the required ${min}`;
      return verdict(outcome === 'pass' ? 'PASS' : 'FAIL', reason, evidence?.[outcome]?.(resource, value, min));
    },
  });
}

/** Wraps a check required only for some tiers: `cross-region copy is required for red data; this cluster is orange`. */
export function tierGatedCheck<K extends ResourceKind>(spec: TierGatedSpec<K>): Check<K> {
  const { requiredFor, requirement, noun, ...metadata } = spec;
  const tiers = new Set<EffectiveTier>(requiredFor);
  return defineCheck<K>({
    ...metadata,
    evaluate(resource, ctx) {
      const tier = resource.classification.effectiveTier;
      if (!tiers.has(tier)) return verdict('NOT_APPLICABLE', `${requirement} is required for ${requiredFor.join(' or ')} data; this ${noun} is ${tier}`);
      // The check's own verdicts, made by its evaluate, pass through untouched.
      return spec.evaluate(resource, ctx);
    },
  });
}

/** The shared core of `flagCheck` and `equalsCheck`: one passing value, one way to say it. */
function valueCheck<K extends ResourceKind, V>(
  metadata: CheckMetadata<K>,
  field: string,
  passes: (value: V) => boolean,
  shown: (value: V) => string,
  wording: ValueWording<K, V>,
): Check<K> {
  const { apiField, consequence, detail, evidence } = wording;
  return defineCheck<K>({
    ...metadata,
    evaluate(resource, ctx) {
      const value = read<V>(resource, field);
      if (value === undefined) return unknownField(resource, field, ctx);
      const outcome = passes(value) ? 'pass' : 'fail';
      const said = `${apiField} is ${shown(value)}${detail?.[outcome]?.(resource, value) ?? ''}`;
      const reason = outcome === 'fail' && consequence ? `${said}: ${consequence}` : said;
      return verdict(outcome === 'pass' ? 'PASS' : 'FAIL', reason, evidence?.[outcome]?.(resource, value));
    },
  });
}

/** A field's value; the factories' `FieldOf` types make `V` its type. */
function read<V>(resource: object, field: string): V | undefined {
  return (resource as Record<string, V | undefined>)[field];
}

function unknownField(resource: Resource, field: string, ctx: CheckContext): Verdict {
  return verdict('NOT_EVALUATED', ctx.whyUnknown(resource, field));
}

/** Every verdict a factory makes is made here, so what a verdict carries can change in one place. */
function verdict(status: Status, reason: string, evidence?: Evidence): Verdict {
  return evidence === undefined ? { status, reason } : { status, reason, evidence };
}
