/** Realistic IAM principals for check tests. */
import type { IamPolicyRef, IamRole, IamUser } from '../../../src/inventory/iam.js';
import type { PolicyStatement } from '../../../src/inventory/policy.js';
import { ACCOUNT, resource } from '../../builders/inventory.js';

type UserFields = Partial<Omit<IamUser, 'kind' | 'classification'>>;
type RoleFields = Partial<Omit<IamRole, 'kind' | 'classification'>>;

/** An inline policy with the given statements. */
export function inline(name: string, ...Statement: PolicyStatement[]): IamPolicyRef {
  return { name, source: 'INLINE', document: { Version: '2012-10-17', Statement } };
}

/** A service user with one Active key and no policies. */
export function user(fields: UserFields = {}): IamUser {
  const name = fields.userName ?? 'etl-batch';
  return resource('iam.user', {
    arn: `arn:aws:iam::${ACCOUNT}:user/service-accounts/${name}`,
    name,
    region: 'global',
    userName: name,
    path: '/service-accounts/',
    accessKeys: [{ accessKeyId: 'AKIA4EXAMPLEETL00001', status: 'Active', createdAt: '2024-02-11T08:15:00.000Z', lastUsedAt: '2026-10-30T02:04:00.000Z' }],
    attachedPolicies: [],
    inlinePolicies: [],
    groupPolicies: [],
    groups: [],
    ...fields,
  });
}

/** A role with no policies, used by nothing. */
export function role(fields: RoleFields = {}): IamRole {
  const name = fields.roleName ?? 'tenant-api';
  return resource('iam.role', {
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    name,
    region: 'global',
    roleName: name,
    attachedPolicies: [],
    inlinePolicies: [],
    usedBy: [],
    ...fields,
  });
}
