import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { dynamoDbDataAccess } from '../../src/engine/dynamodb-data-access.js';
import { principalPolicies } from '../../src/engine/iam-policy.js';
import type { IamRole, IamUser } from '../../src/inventory/iam.js';
import { scopeEnumerated } from '../../src/inventory/types.js';

/** Tag values that say a table is not multi-tenant after all. */
const NOT_MULTI_TENANT = new Set(['false', 'no', '0', '']);

/**
 * Judged per multi-tenant table (finding resource AwsDynamoDbTable): one finding lists every principal
 * that can reach other tenants' items. Principals read are the roles collected data services run as and
 * the users holding Active access keys; identity policies only (resource policies, boundaries and SCPs
 * are not considered).
 */
export default defineCheck({
  id: 'dynamodb.iam.leadingkeys',
  resource: 'dynamodb.table',
  uses: ['iam:ListUsers', 'iam:ListAccessKeys', 'iam:ListAttachedRolePolicies', 'iam:ListRolePolicies', 'iam:GetRolePolicy', 'iam:ListAttachedUserPolicies', 'iam:ListUserPolicies', 'iam:GetUserPolicy', 'iam:ListGroupsForUser', 'iam:GetPolicy', 'iam:GetPolicyVersion'],
  control: 'access',
  pillar: 'identity',
  title: 'Access to a multi-tenant DynamoDB table is confined to each caller\'s partition keys',
  description:
    'In a table shared by tenants, every principal allowed to read or write items must be limited to its own partition keys with a ForAllValues:StringEquals condition on dynamodb:LeadingKeys (Scan and PartiQL SELECT carry no key, so they also need a Null condition requiring it). Tables are multi-tenant when tagged with the multiTenantTagKey setting. Principals read: roles the collected data services run as, and users with Active access keys.',
  severity: 'HIGH',
  remediation: {
    text: 'Add to each Allow for dynamodb item actions: "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${aws:PrincipalTag/tenant_id}"]}}, and drop Scan or add "Null": {"dynamodb:LeadingKeys": "false"}',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html',
  },
  evaluate(table, ctx) {
    const key = ctx.settings.multiTenantTagKey;
    if (table.tags === undefined) return notEvaluated(ctx.whyUnknown(table, 'tags'));
    const value = table.tags[key];
    if (value === undefined || NOT_MULTI_TENANT.has(value.toLowerCase())) return notApplicable(`the table has no ${key} tag marking it multi-tenant${value !== undefined ? ` (${key}=${value})` : ''}`);

    const principals: (IamRole | IamUser)[] = [
      ...ctx.resources('iam.role'),
      ...ctx.resources('iam.user').filter((u) => u.accessKeys?.some((k) => k.status === 'Active') ?? true),
    ];
    const open: string[] = [];
    const unknown: string[] = [];
    let confined = 0;
    for (const p of principals) {
      const { policies, unknown: missing } = principalPolicies(p);
      const grants = dynamoDbDataAccess(policies, table.arn).grants;
      const loose = grants.filter((g) => !g.leadingKeysConstrained);
      const reached = grants.length > 0;
      const label = `${p.kind === 'iam.role' ? 'role' : 'user'} ${p.name}`;
      if (loose.length > 0) open.push(`${label}: ${loose.map((g) => g.action.replace('dynamodb:', '')).join(', ')} (${loose[0]?.reason ?? ''})`);
      else if (missing.length > 0) unknown.push(`${label}: ${missing.join('; ')}`);
      else if (reached) confined += 1;
    }
    if (open.length > 0) return fail(`${key}=${value}, but ${open.length} principal(s) can reach other tenants' items: ${open.join('; ')}`, { evidence: { unconfined: open.length, confined } });
    if (unknown.length > 0) return notEvaluated(`${key}=${value}; policies incomplete for ${unknown.join('; ')}`);
    const iam = ctx.scope('iam', 'global');
    if (!iam) return notEvaluated('IAM principals were not collected');
    if (!scopeEnumerated(iam.state)) return notEvaluated(`IAM principals could not be listed (IAM collection ${iam.state})`);
    return pass(`${key}=${value}; ${confined} of ${principals.length} principal(s) read have data access, all confined by dynamodb:LeadingKeys`);
  },
});
