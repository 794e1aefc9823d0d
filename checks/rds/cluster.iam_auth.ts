import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
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
  evaluate(cluster, ctx) {
    if (cluster.iamDatabaseAuthenticationEnabled === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'iamDatabaseAuthenticationEnabled'));
    return cluster.iamDatabaseAuthenticationEnabled ? pass('IAMDatabaseAuthenticationEnabled is true') : fail('IAMDatabaseAuthenticationEnabled is false: only database passwords authenticate');
  },
});
