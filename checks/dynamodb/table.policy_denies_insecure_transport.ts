import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { secureTransportDeny } from '../../src/engine/resource-policy.js';

export default defineCheck({
  id: 'dynamodb.table.policy_denies_insecure_transport',
  resource: 'dynamodb.table',
  uses: ['dynamodb:GetResourcePolicy'],
  control: 'transit',
  pillar: 'encryption',
  title: 'DynamoDB table resource policy denies requests without TLS',
  description:
    'A Deny statement for every principal on dynamodb:* when aws:SecureTransport is false guarantees that no client, SDK or proxy ' +
    'reaches the table over plain HTTP, whatever its configuration.',
  severity: { red: 'MEDIUM', orange: 'LOW', green: 'LOW' },
  remediation: {
    text: 'Add to the table\'s resource policy: {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"dynamodb:*","Resource":"TABLE_ARN","Condition":{"Bool":{"aws:SecureTransport":"false"}}} (aws dynamodb put-resource-policy).',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html',
  },
  evaluate(table, ctx) {
    const policy = table.resourcePolicy;
    if (policy === undefined) return notEvaluated(ctx.whyUnknown(table, 'resourcePolicy'));
    if (policy === null) return fail('the table has no resource-based policy, so nothing denies aws:SecureTransport=false');
    const statement = secureTransportDeny(policy, 'dynamodb');
    if (statement) return pass(`${statement} of the resource policy denies dynamodb:* when aws:SecureTransport is false`);
    return fail('the resource policy has no Deny for every principal on dynamodb:* (or *) with Bool aws:SecureTransport=false');
  },
});
