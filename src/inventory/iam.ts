/**
 * IAM principals whose permissions reach the data stores: roles the data services run as (Glue jobs and
 * crawlers, Redshift COPY/UNLOAD) and users holding static access keys. Policies are stored as parsed
 * documents so the policy reasoning in `src/engine/iam-policy.ts` can judge them without I/O.
 */
import type { PolicyDocument } from './policy.js';
import type { ResourceBase } from './types.js';

/** One policy attached to, or embedded in, a principal. `document` undefined = could not be read. */
export interface IamPolicyRef {
  name: string;
  /** Managed policies only. */
  arn?: string;
  /** `AWS` for AWS managed policies, `CUSTOMER` for the account's own, `INLINE` for embedded ones. */
  source: 'AWS' | 'CUSTOMER' | 'INLINE';
  /** The default (effective) version's document. */
  document?: PolicyDocument;
  /** Why `document` is undefined: the failed call. */
  whyUnknown?: string;
}

interface IamPrincipalFields {
  /** Managed policies attached directly; undefined when the listing failed. */
  attachedPolicies?: IamPolicyRef[];
  /** Inline policies; undefined when the listing failed. */
  inlinePolicies?: IamPolicyRef[];
  path?: string;
  createdAt?: string;
}

export interface IamRole extends ResourceBase<'iam.role'>, IamPrincipalFields {
  roleName: string;
  /** ARNs of inventory resources that run as this role. */
  usedBy?: string[];
  /** Trust policy (who may assume the role). */
  trustPolicy?: PolicyDocument;
  /** GetRole answered NoSuchEntity: a resource names a role that does not exist. */
  notFound?: boolean;
}

export interface IamAccessKey {
  accessKeyId: string;
  /** 'Active' or 'Inactive' as IAM reports it. */
  status: string;
  createdAt?: string;
  /** Read for Active keys: `null` when never used; undefined when not read (inactive key, or the call failed). */
  lastUsedAt?: string | null;
}

export interface IamUser extends ResourceBase<'iam.user'>, IamPrincipalFields {
  userName: string;
  accessKeys?: IamAccessKey[];
  /** Policies the user receives through its groups (attached and inline). */
  groupPolicies?: IamPolicyRef[];
  groups?: string[];
}

declare module './types.js' {
  interface ResourceKinds {
    'iam.role': IamRole;
    'iam.user': IamUser;
  }
}
