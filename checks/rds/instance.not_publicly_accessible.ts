import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.instance.not_publicly_accessible',
  resource: 'rds.instance',
  uses: ['rds:DescribeDBInstances'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Aurora DB instance is not publicly accessible',
  description:
    'Public accessibility is set per instance, even inside an Aurora cluster: a publicly accessible member gets a public IP address and a ' +
    'DNS name resolving to it, so the cluster is reachable from the internet through that instance wherever its subnets route.',
  severity: 'CRITICAL',
  standards: ['FSBP RDS.2'],
  remediation: {
    text: 'aws rds modify-db-instance --db-instance-identifier ID --no-publicly-accessible --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  },
  evaluate(instance, ctx) {
    const where = `instance ${instance.dbInstanceIdentifier} of cluster ${instance.dbClusterIdentifier}`;
    if (instance.publiclyAccessible === undefined) return notEvaluated(ctx.whyUnknown(instance, 'publiclyAccessible'));
    if (instance.publiclyAccessible) return fail(`PubliclyAccessible is true on ${where}`, { evidence: { dbClusterIdentifier: instance.dbClusterIdentifier } });
    return pass(`PubliclyAccessible is false on ${where}`);
  },
});
