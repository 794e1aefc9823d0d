import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.subnets_private',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters', 'redshift:DescribeClusterSubnetGroups', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift cluster subnet group contains only private subnets',
  description:
    'Every subnet in the cluster subnet group can host the cluster (on creation, relocation or Multi-AZ failover). A subnet whose route table ' +
    '(its explicit association, else the VPC main table) has a default route to an internet gateway is public.',
  severity: 'HIGH',
  remediation: {
    text: 'Use a cluster subnet group of subnets whose route tables have no 0.0.0.0/0 or ::/0 route to an igw-: aws redshift modify-cluster-subnet-group',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html',
  },
  evaluate(cluster, ctx) {
    const subnets = cluster.network?.subnetIds;
    if (!subnets) return notEvaluated(ctx.whyUnknown(cluster, 'network.subnetIds'));
    if (subnets.length === 0) return notEvaluated(`cluster subnet group ${cluster.subnetGroupName ?? '(none)'} lists no subnets`);
    const { judgement, missing } = ctx.network(cluster.region).subnetsPublic(subnets);
    if (judgement?.value) return fail(`subnet group ${cluster.subnetGroupName ?? ''}: ${judgement.reason}`, { evidence: { subnetGroup: cluster.subnetGroupName ?? null } });
    if (!judgement) return notEvaluated(`subnets ${missing.join(', ')} or their route tables were not collected (ec2:DescribeSubnets, ec2:DescribeRouteTables)`);
    return pass(`subnet group ${cluster.subnetGroupName ?? ''}: ${judgement.reason}`);
  },
});
