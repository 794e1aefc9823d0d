import { flagCheck } from '../../src/engine/check-factories.js';
import type { RdsInstance } from '../../src/inventory/rds.js';

/** Reasons name the instance's cluster: accessibility is set per member, and one public member exposes it. */
const membership = (instance: RdsInstance): string => (instance.clusterIdentifier ? ` (member of cluster ${instance.clusterIdentifier})` : '');

export default flagCheck({
  id: 'rds.instance.not_publicly_accessible',
  resource: 'rds.instance',
  uses: ['rds:DescribeDBInstances'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Aurora instance is not publicly accessible',
  description:
    'A publicly accessible instance gets a DNS name that resolves to a public IP address: with a public subnet and an open security group, ' +
    'the database is reachable from the internet. Public accessibility is set per instance, so one public member exposes the whole cluster.',
  severity: 'CRITICAL',
  standards: ['FSBP RDS.2'],
  remediation: {
    text: 'aws rds modify-db-instance --db-instance-identifier ID --no-publicly-accessible --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
  },
  field: 'publiclyAccessible',
  apiField: 'PubliclyAccessible',
  passWhen: false,
  detail: { pass: membership, fail: membership },
});
