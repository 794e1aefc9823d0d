import { decidedBy, defineCheck, fail, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';
import { ruleCoversPort } from '../../src/engine/network.js';

export default defineCheck({
  id: 'rds.cluster.ingress_from_security_groups_only',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'ec2:DescribeSecurityGroups'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Aurora cluster admits connections on its port only from security groups, never from CIDR ranges',
  description:
    'Clients should reach the database by security group reference, which follows the workloads that need it. A CIDR rule admits every ' +
    'address in the range, today and after the range is reused (a prefix list is a set of such ranges); 0.0.0.0/0 or ::/0 admits the internet.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Replace CIDR rules on the database port with rules referencing the clients\' security groups (aws ec2 revoke-security-group-ingress, authorize-security-group-ingress --source-group)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.RDSSecurityGroups.html',
  },
  evaluate(cluster, ctx) {
    const groups = cluster.network?.securityGroupIds;
    if (!groups) return notEvaluated(ctx.whyUnknown(cluster, 'network.securityGroupIds'));
    const port = cluster.network?.port;
    if (groups.length === 0) return pass('the cluster has no VPC security groups, so no rule admits any traffic');
    const view = ctx.network(cluster.region);
    const { rules, missing } = view.cidrIngress(groups, port);
    // Prefix lists are address ranges too; cidrIngress reports only literal CIDRs.
    const prefixLists = groups.flatMap((id) =>
      (view.securityGroup(id)?.ingress ?? []).filter((r) => ruleCoversPort(r, port)).flatMap((r) => r.prefixListIds.map((pl) => `${id} allows prefix list ${pl}`)),
    );
    const sources = [...rules.map((r) => r.text), ...prefixLists];
    // The groups read decide: one CIDR rule fails, and a pass needs every attached group read, so a failed
    // page of DescribeSecurityGroups elsewhere cannot change either.
    const read = (v: Verdict): Verdict => decidedBy(['rds:DescribeDBClusters'], v);
    if (sources.length > 0) {
      const world = rules.some((r) => r.world);
      const unread = missing.length > 0 && !world ? `; security groups ${missing.join(', ')} were not collected, and a 0.0.0.0/0 rule there would make this HIGH` : '';
      return read(fail(`${sources.join('; ')} (database port ${port ?? 'unknown'})${unread}`, { severity: world ? 'HIGH' : 'MEDIUM', evidence: { port: port ?? null, world } }));
    }
    if (missing.length > 0) return notEvaluated(`security groups ${missing.join(', ')} were not collected (ec2:DescribeSecurityGroups)`);
    return read(pass(`security groups ${groups.join(', ')} admit port ${port ?? 'any'} only from security groups`));
  },
});
