/** ASFF resource types and details for IAM roles (`AwsIamRole`) and users (`AwsIamUser`). */
import type { AwsIamAttachedManagedPolicy, AwsIamRoleDetails, AwsIamUserDetails } from '@aws-sdk/client-securityhub';
import type { IamPolicyRef, IamRole, IamUser } from '../../inventory/iam.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined } from './defined.js';

const attached = (refs: readonly IamPolicyRef[] | undefined): AwsIamAttachedManagedPolicy[] | undefined =>
  refs?.map((r) => defined<AwsIamAttachedManagedPolicy>({ PolicyName: r.name, PolicyArn: r.arn }));

export function iamRoleDetails(role: IamRole): AwsIamRoleDetails {
  return defined<AwsIamRoleDetails>({
    RoleName: role.roleName,
    Path: role.path,
    CreateDate: role.createdAt,
    AttachedManagedPolicies: attached(role.attachedPolicies),
    RolePolicyList: role.inlinePolicies?.map((p) => ({ PolicyName: p.name })),
    AssumeRolePolicyDocument: role.trustPolicy ? encodeURIComponent(JSON.stringify(role.trustPolicy)) : undefined,
  });
}

export function iamUserDetails(user: IamUser): AwsIamUserDetails {
  return defined<AwsIamUserDetails>({
    UserName: user.userName,
    Path: user.path,
    CreateDate: user.createdAt,
    AttachedManagedPolicies: attached(user.attachedPolicies),
    UserPolicyList: user.inlinePolicies?.map((p) => ({ PolicyName: p.name })),
    GroupList: user.groups,
  });
}

export const iamAsff: AsffResourceMappers = {
  'iam.role': (role) => iamRoleDetails(role),
  'iam.user': (user) => iamUserDetails(user),
};
