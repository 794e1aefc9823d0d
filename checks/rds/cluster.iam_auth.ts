import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.iam_auth',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'secrets',
  pillar: 'identity',
  title: 'Aurora cluster has IAM database authentication enabled',
  description:
    'IAM database authentication lets users and applications connect with short-lived tokens tied to IAM identities instead of long-lived ' +
    'database passwords, so access is granted, audited and revoked in one place.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.12'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
  },
  evaluate(cluster, ctx) {
    if (cluster.iamDatabaseAuthenticationEnabled === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'iamDatabaseAuthenticationEnabled'));
    if (!cluster.iamDatabaseAuthenticationEnabled) return fail('IAMDatabaseAuthenticationEnabled is false');
    return pass('IAMDatabaseAuthenticationEnabled is true');
  },
});
