import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.master_password_in_secrets_manager',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Aurora master password is managed by RDS in Secrets Manager',
  description:
    'With ManageMasterUserPassword, RDS generates the master password, keeps it only in Secrets Manager and rotates it; nobody has to ' +
    'know, store or hand it around.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --manage-master-user-password --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html',
  },
  evaluate(cluster, ctx) {
    if (cluster.masterUserSecret === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUserSecret'));
    if (cluster.masterUserSecret === null) return fail('MasterUserSecret is absent: the master password is set and kept outside Secrets Manager');
    const status = cluster.masterUserSecret.status;
    if (status && status !== 'active' && status !== 'rotating' && status !== 'creating') return fail(`MasterUserSecret ${cluster.masterUserSecret.arn} is ${status}`);
    return pass(`MasterUserSecret ${cluster.masterUserSecret.arn} is ${status ?? 'set'}`);
  },
});
