import { decidedBy, defineCheck, fail, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.no_world_ingress',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters', 'ec2:DescribeSecurityGroups'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift cluster security groups do not admit 0.0.0.0/0 or ::/0 on the cluster port',
  description:
    'A VPC security group rule open to the whole internet on the cluster port (or on all traffic) leaves only the database password between ' +
    'an attacker and the data, and is exploitable the moment the cluster or a route becomes public.',
  severity: 'HIGH',
  standards: ['FSBP Redshift.15'],
  remediation: {
    text: 'Replace 0.0.0.0/0 and ::/0 rules on the cluster port with the security groups or CIDRs of the clients: aws ec2 revoke-security-group-ingress',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/rs-security-group-public-private.html',
  },
  evaluate(cluster, ctx) {
    const groups = cluster.network?.securityGroupIds;
    if (!groups) return notEvaluated(ctx.whyUnknown(cluster, 'network.securityGroupIds'));
    const port = cluster.network?.port;
    if (groups.length === 0) return pass('the cluster has no VPC security groups, so no rule admits any traffic');
    const { open, missing } = ctx.network(cluster.region).worldIngress(groups, port);
    // The groups read decide: one open group fails, and a pass needs every attached group read, so a failed
    // page of DescribeSecurityGroups elsewhere cannot change either.
    const read = (v: Verdict): Verdict => decidedBy(['redshift:DescribeClusters'], v);
    if (open.length > 0) return read(fail(`${open.join('; ')} (cluster port ${port ?? 'unknown'})`, { evidence: { port: port ?? null } }));
    if (missing.length > 0) return notEvaluated(`security groups ${missing.join(', ')} were not collected (ec2:DescribeSecurityGroups)`);
    return read(pass(`security groups ${groups.join(', ')} admit neither 0.0.0.0/0 nor ::/0 on port ${port ?? 'any'}`));
  },
});
