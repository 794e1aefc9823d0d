import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.subnets_private',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBInstances', 'rds:DescribeDBSubnetGroups', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Aurora cluster DB subnet group contains only private subnets',
  description:
    'Any subnet of the DB subnet group can host an instance (new readers, failover). A subnet whose route table (its explicit association, ' +
    'else the VPC main table) has a default route to an internet gateway is public.',
  severity: 'HIGH',
  standards: ['FSBP RDS.46'],
  remediation: {
    text: 'Use a DB subnet group of subnets whose route tables have no 0.0.0.0/0 or ::/0 route to an igw- (aws rds modify-db-subnet-group)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  },
  evaluate(cluster, ctx) {
    const subnets = cluster.network?.subnetIds;
    if (!subnets) return notEvaluated(ctx.whyUnknown(cluster, 'network.subnetIds'));
    if (subnets.length === 0) return notEvaluated(`DB subnet group ${cluster.dbSubnetGroupName ?? '(none)'} lists no subnets`);
    const { judgement, missing } = ctx.network(cluster.region).subnetsPublic(subnets);
    if (judgement?.value) return fail(`DB subnet group ${cluster.dbSubnetGroupName ?? ''}: ${judgement.reason}`, { evidence: { subnetGroup: cluster.dbSubnetGroupName ?? null } });
    if (!judgement) return notEvaluated(`subnets ${missing.join(', ')} or their route tables were not collected (ec2:DescribeSubnets, ec2:DescribeRouteTables)`);
    return pass(`DB subnet group ${cluster.dbSubnetGroupName ?? ''}: ${judgement.reason}`);
  },
});
