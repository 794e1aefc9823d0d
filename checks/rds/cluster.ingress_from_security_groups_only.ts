import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { ruleCoversPort } from '../../src/engine/network.js';

export default defineCheck({
  id: 'rds.cluster.ingress_from_security_groups_only',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'ec2:DescribeSecurityGroups'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Aurora cluster admits database traffic only from security groups, not CIDR ranges',
  description:
    'Clients should reach the database port through security group references, which name exactly the workloads allowed. A CIDR rule (or a ' +
    'prefix list) admits every address in the range; 0.0.0.0/0 or ::/0 admits the internet and is the most severe case.',
  severity: 'HIGH',
  remediation: {
    text: 'Replace CIDR and prefix-list rules on the DB port with rules referencing the client security groups: aws ec2 revoke-security-group-ingress',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.RDSSecurityGroups.html',
  },
  evaluate(cluster, ctx) {
    const groups = cluster.network?.securityGroupIds;
    if (!groups) return notEvaluated(ctx.whyUnknown(cluster, 'network.securityGroupIds'));
    const port = cluster.network?.port;
    if (groups.length === 0) return pass('the cluster has no VPC security groups, so no rule admits any traffic');
    const view = ctx.network(cluster.region);
    const { rules, missing } = view.cidrIngress(groups, port);
    const prefixLists = groups.flatMap((id) =>
      (view.securityGroup(id)?.ingress ?? []).filter((r) => ruleCoversPort(r, port)).flatMap((r) => r.prefixListIds.map((pl) => `${id} allows prefix list ${pl}`)),
    );
    const world = rules.filter((r) => r.world).map((r) => r.text);
    const other = [...rules.filter((r) => !r.world).map((r) => r.text), ...prefixLists];
    const on = `(DB port ${port ?? 'unknown'})`;
    if (world.length > 0) return fail(`${[...world, ...other].join('; ')} ${on}`, { severity: 'HIGH', evidence: { port: port ?? null, world: true } });
    if (other.length > 0) return fail(`${other.join('; ')} ${on}`, { severity: 'MEDIUM', evidence: { port: port ?? null, world: false } });
    if (missing.length > 0) return notEvaluated(`security groups ${missing.join(', ')} were not collected (ec2:DescribeSecurityGroups)`);
    return pass(`security groups ${groups.join(', ')} admit port ${port ?? 'any'} only from security groups`);
  },
});
