import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { DYNAMODB_DATA_ACTIONS, dynamoDbDataAccess } from '../../src/engine/dynamodb-data-access.js';
import { principalPolicies } from '../../src/engine/iam-policy.js';
import { scopeEnumerated } from '../../src/inventory/types.js';

/**
 * Judged per IAM user (finding resource AwsIamUser): the user holding the key is what must change, and one
 * finding lists every table its key reaches, rather than one finding per (user, table).
 */
export default defineCheck({
  id: 'dynamodb.iam.no_static_keys',
  resource: 'iam.user',
  uses: [
    'iam:ListAccessKeys',
    'iam:ListAttachedUserPolicies',
    'iam:ListUserPolicies',
    'iam:GetUserPolicy',
    'iam:ListGroupsForUser',
    'iam:GetPolicy',
    'iam:GetPolicyVersion',
    'dynamodb:ListTables',
  ],
  control: 'secrets',
  pillar: 'secrets',
  title: 'No IAM user with an active access key can read or write DynamoDB table data',
  description:
    'Long-lived access keys leak through code, laptops and CI logs, and work from anywhere. Applications should reach table data through roles (temporary credentials). A user with an Active access key whose policies (attached, inline or through groups) allow DynamoDB data actions on a collected table fails.',
  severity: 'HIGH',
  remediation: {
    text: 'Move the workload to an IAM role (instance profile, task role, IAM Roles Anywhere), then deactivate and delete the key: aws iam update-access-key --status Inactive; aws iam delete-access-key',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
  },
  evaluate(user, ctx) {
    if (user.accessKeys === undefined) return notEvaluated(ctx.whyUnknown(user, 'accessKeys'));
    const active = user.accessKeys.filter((k) => k.status === 'Active');
    if (active.length === 0) return notApplicable(`accessKeys has no Active key (${user.accessKeys.length} key(s) in total)`);
    const keys = active.map((k) => `${k.accessKeyId} (${k.lastUsedAt ? `last used ${k.lastUsedAt.slice(0, 10)}` : k.lastUsedAt === null ? 'never used' : 'last use unknown'})`).join(', ');

    const { policies, unknown } = principalPolicies(user);
    const tables = ctx.resources('dynamodb.table');
    const reached = tables
      .map((table) => ({ table, grants: dynamoDbDataAccess(policies, table.arn).grants }))
      .filter((t) => t.grants.length > 0);
    if (reached.length > 0) {
      const red = reached.some((t) => t.table.classification.effectiveTier === 'red');
      const actions = (grants: readonly { action: string }[]) => (grants.length === DYNAMODB_DATA_ACTIONS.length ? 'every data action' : grants.map((g) => g.action.replace('dynamodb:', '')).join(', '));
      const list = reached.map((t) => `${t.table.name} (${actions(t.grants)})`).join('; ');
      return fail(`Active access key ${keys} and the user's policies allow DynamoDB data actions on ${reached.length} table(s): ${list}`, {
        ...(red ? { severity: 'CRITICAL' as const } : {}),
        evidence: { activeKeys: active.length, tables: reached.length, redTables: reached.filter((t) => t.table.classification.effectiveTier === 'red').length },
      });
    }
    if (unknown.length > 0) return notEvaluated(`Active access key ${keys}; the user's policies are incomplete: ${unknown.join('; ')}`);
    const unlisted = ctx.inventory.regions.filter((region) => {
      const scope = ctx.scope('dynamodb', region);
      return scope !== undefined && !scopeEnumerated(scope.state);
    });
    if (unlisted.length > 0) return notEvaluated(`Active access key ${keys}; DynamoDB tables could not be listed in ${unlisted.join(', ')}`);
    return pass(`Active access key ${keys}, but the user's policies allow no DynamoDB data action on any of the ${tables.length} collected table(s)`);
  },
});
