import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'rds.cluster.iam_auth',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'secrets',
  pillar: 'identity',
  title: 'Aurora cluster accepts IAM database authentication',
  description:
    'IAM database authentication lets applications and people connect with short-lived tokens tied to IAM principals instead of long-lived ' +
    'database passwords, and puts database access under IAM policy and CloudTrail.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.12'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
  },
  field: 'iamDatabaseAuthenticationEnabled',
  apiField: 'IAMDatabaseAuthenticationEnabled',
  consequence: 'only database passwords authenticate',
});
