import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'rds.cluster.deletion_protection',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora cluster has deletion protection',
  description: 'Deletion protection makes deleting the cluster a two-step decision, so a mistaken call or script cannot remove the database.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.7'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --deletion-protection --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection',
  },
  field: 'deletionProtection',
  apiField: 'DeletionProtection',
});
