/**
 * A resource kind's descriptor: everything a door needs to know about one kind, in one place (the lesson
 * of Cloud Custodian's `resource_type`). Collectors build ARNs through it, the ASFF mapper takes its type
 * from it, publishing reads which listing proves the kind complete, and template mode and the change map
 * read its CloudFormation and Terraform types.
 */
import { SERVICES, type IamAction, type ServiceName } from '../../vocabulary.js';
import type { ResourceKind } from '../types.js';

/** ASFF `Resources[].Type` values this product writes; typed ones carry `Details.<Type>`. */
export const ASFF_TYPES = [
  'AwsAccount',
  'AwsCloudTrailTrail',
  'AwsDynamoDbTable',
  'AwsEc2RouteTable',
  'AwsEc2SecurityGroup',
  'AwsEc2Subnet',
  'AwsEc2Vpc',
  'AwsIamRole',
  'AwsIamUser',
  'AwsKmsKey',
  'AwsRdsDbCluster',
  'AwsRdsDbClusterSnapshot',
  'AwsRdsDbInstance',
  'AwsRedshiftCluster',
  'AwsS3Bucket',
  'AwsSecretsManagerSecret',
  'Other',
] as const;
export type AsffType = (typeof ASFF_TYPES)[number];

/** ASFF types without a `Details` object of their own. */
export const ASFF_TYPES_WITHOUT_DETAILS: readonly AsffType[] = ['AwsAccount'];

/**
 * How a kind's resources are proven complete in a scope.
 * - `list`: every page of `action` read (inside each listed `within` parent, when given) proves the kind whole.
 * - `singleton`: one per (account, region), emitted whenever the collector runs.
 * - `referenced`: read only because another resource names it; its absence proves nothing.
 */
export type ListingSpec =
  | { readonly by: 'list'; readonly action: IamAction; readonly within?: ResourceKind }
  | { readonly by: 'singleton' }
  | { readonly by: 'referenced'; readonly why: string };

/**
 * How a kind's tags are read.
 * - `listing`: the listing or describe response carries them.
 * - `call`: one call per resource (`action`); `taggingApi` is the Resource Groups Tagging API resource
 *   type filter when that API covers the kind, so tags can be read 100 resources a page instead.
 * - `none`: the kind has no tags of its own.
 */
export type TagSource =
  | { readonly from: 'listing' }
  | { readonly from: 'call'; readonly action: IamAction; readonly taggingApi?: string }
  | { readonly from: 'none' };

/** The parts of a scope an ARN is built in. */
export interface ArnScope {
  partition: string;
  region: string;
  accountId: string;
}

export interface KindSpec<K extends ResourceKind> {
  kind: K;
  /** The service as in check ids, `--services` and publishing scopes. */
  service: ServiceName;
  /** Account-level kinds are collected once per account, in the scope region `global`. */
  global?: boolean;
  /**
   * ARN template: `{partition}`, `{region}` and `{account}` are the scope's, every other `{part}` is the
   * kind's own (the last part may hold `/` or `:`).
   */
  arn: string;
  asff: AsffType;
  cloudformation: readonly string[];
  terraform: readonly string[];
  listing: ListingSpec;
  tags: TagSource;
  /**
   * ARN templates of things that are not kinds of their own but that calls are about (a cluster's
   * parameter group), so a failed call names them; same placeholders as `arn`.
   */
  related?: Readonly<Record<string, string>>;
}

export interface KindDescriptor<K extends ResourceKind = ResourceKind> extends Readonly<KindSpec<K>> {
  /** IAM prefix of the service's API, e.g. `redshift-serverless`. */
  readonly iamPrefix: string;
  /** The names of the kind's own ARN parts, in order. */
  readonly arnParts: readonly string[];
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;
const SCOPE_PARTS = new Set(['partition', 'region', 'account']);

/** Declares a kind; its ARN template is checked here, so a malformed one fails at load. */
export function defineKind<K extends ResourceKind>(spec: KindSpec<K>): KindDescriptor<K> {
  if (!spec.arn.startsWith('arn:{partition}:')) throw new Error(`kind ${spec.kind}: ARN template must start with arn:{partition}:`);
  const arnParts = [...spec.arn.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((p) => !SCOPE_PARTS.has(p));
  return Object.freeze({ ...spec, iamPrefix: SERVICES[spec.service], arnParts: Object.freeze(arnParts) });
}

/**
 * The ARN of a resource of `kind` in `scope`, from its own parts, or of a `related` thing when named. A
 * missing part or relation is a programming error.
 */
export function buildArn<K extends ResourceKind>(descriptor: KindDescriptor<K>, scope: ArnScope, parts: Readonly<Record<string, string>>, related?: string): string {
  const template = related === undefined ? descriptor.arn : descriptor.related?.[related];
  if (template === undefined) throw new Error(`kind ${descriptor.kind} names no related ARN ${related}`);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'partition') return scope.partition;
    if (name === 'region') return descriptor.global ? '' : scope.region;
    if (name === 'account') return scope.accountId;
    const value = parts[name];
    if (value === undefined || value === '') throw new Error(`ARN of ${descriptor.kind} needs its ${name}`);
    return value;
  });
}

const patterns = new WeakMap<object, RegExp>();

/** The scope and own parts of an ARN of `kind`, or undefined when the ARN is not of that kind. */
export function parseArn(descriptor: KindDescriptor, arn: string): { scope: ArnScope; parts: Record<string, string> } | undefined {
  let pattern = patterns.get(descriptor);
  if (!pattern) {
    const names = [...descriptor.arn.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    const last = names[names.length - 1];
    const source = descriptor.arn
      .split(PLACEHOLDER)
      .map((piece, i) => (i % 2 === 1 ? (piece === 'region' ? '(?<region>[^:]*)' : `(?<${piece}>${piece === last ? '.+' : '[^:/]+'})`) : piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('');
    pattern = new RegExp(`^${source}$`);
    patterns.set(descriptor, pattern);
  }
  const groups = pattern.exec(arn)?.groups;
  if (!groups) return undefined;
  const { partition = '', region = '', account = '', ...parts } = groups;
  return { scope: { partition, region, accountId: account }, parts };
}
