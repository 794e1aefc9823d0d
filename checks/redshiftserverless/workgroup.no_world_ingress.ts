import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshiftserverless.workgroup.no_world_ingress',
  resource: 'redshiftserverless.workgroup',
  uses: ['redshift-serverless:ListWorkgroups', 'ec2:DescribeSecurityGroups'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift Serverless workgroup security groups do not admit 0.0.0.0/0 or ::/0 on its port',
  description:
    'A security group rule open to the whole internet on the workgroup port (or on all traffic) leaves only the database credentials between ' +
    'an attacker and the data.',
  severity: 'HIGH',
  remediation: {
    text: 'Replace 0.0.0.0/0 and ::/0 rules on the workgroup port with the security groups or CIDRs of the clients: aws ec2 revoke-security-group-ingress',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html',
  },
  evaluate(wg, ctx) {
    const groups = wg.network?.securityGroupIds;
    if (!groups) return notEvaluated(ctx.whyUnknown(wg, 'network.securityGroupIds'));
    const port = wg.network?.port;
    if (groups.length === 0) return pass('the workgroup has no security groups, so no rule admits any traffic');
    const { open, missing } = ctx.network(wg.region).worldIngress(groups, port);
    if (open.length > 0) return fail(`${open.join('; ')} (workgroup port ${port ?? 'unknown'})`, { evidence: { port: port ?? null } });
    if (missing.length > 0) return notEvaluated(`security groups ${missing.join(', ')} were not collected (ec2:DescribeSecurityGroups)`);
    return pass(`security groups ${groups.join(', ')} admit neither 0.0.0.0/0 nor ::/0 on port ${port ?? 'any'}`);
  },
});
