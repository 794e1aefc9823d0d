import { decidedBy, defineCheck, fail, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';

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
    // The groups read decide: one open group fails, and a pass needs every attached group read.
    const read = (v: Verdict): Verdict => decidedBy(['redshift-serverless:ListWorkgroups'], v);
    if (open.length > 0) return read(fail(`${open.join('; ')} (workgroup port ${port ?? 'unknown'})`, { evidence: { port: port ?? null } }));
    if (missing.length > 0) return notEvaluated(`security groups ${missing.join(', ')} were not collected (ec2:DescribeSecurityGroups)`);
    return read(pass(`security groups ${groups.join(', ')} admit neither 0.0.0.0/0 nor ::/0 on port ${port ?? 'any'}`));
  },
});
