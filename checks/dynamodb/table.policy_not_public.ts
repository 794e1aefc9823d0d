import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { describeExposures, exposures } from '../../src/engine/resource-policy.js';

export default defineCheck({
  id: 'dynamodb.table.policy_not_public',
  resource: 'dynamodb.table',
  uses: ['dynamodb:GetResourcePolicy'],
  control: 'access',
  pillar: 'identity',
  title: 'DynamoDB table resource policy grants no access to anyone or to untrusted accounts',
  description:
    'A resource-based policy with a `*` principal, or with principals in accounts outside this one and the trusted accounts, ' +
    'opens the table\'s data beyond the organization unless a condition ties the request to an account, organization or network path.',
  severity: 'HIGH',
  remediation: {
    text: 'Remove the statement or restrict it with aws:PrincipalOrgID / aws:PrincipalAccount / aws:SourceVpce conditions: aws dynamodb put-resource-policy --resource-arn TABLE_ARN --policy file://policy.json (or delete-resource-policy).',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/rbac-best-practices.html',
  },
  evaluate(table, ctx) {
    const policy = table.resourcePolicy;
    if (policy === undefined) return notEvaluated(ctx.whyUnknown(table, 'resourcePolicy'));
    if (policy === null) return pass('the table has no resource-based policy (GetResourcePolicy: PolicyNotFoundException)');
    const found = exposures(policy, table.accountId, ctx.settings.trustedAccounts);
    if (found.length === 0) {
      const n = policy.Statement.length;
      return pass(`the resource policy's ${n} statement${n === 1 ? '' : 's'} grant${n === 1 ? 's' : ''} access only within account ${table.accountId} and the trusted accounts`);
    }
    const isPublic = found.some((e) => e.scope === 'public');
    return fail(`the resource policy is ${isPublic ? 'public' : 'open to untrusted accounts'}: ${describeExposures(found)}`, {
      evidence: { public: isPublic, statements: found.length },
    });
  },
});
