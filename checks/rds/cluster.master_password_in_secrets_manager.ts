import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.master_password_in_secrets_manager',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Aurora cluster master password is managed in Secrets Manager',
  description:
    'With ManageMasterUserPassword, RDS generates the master password, keeps it in a Secrets Manager secret (MasterUserSecret) and rotates ' +
    'it; nobody has to choose, type or store it. An impaired secret no longer manages the password.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --manage-master-user-password [--master-user-secret-kms-key-id KEY_ARN]',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html',
  },
  evaluate(cluster, ctx) {
    const secret = cluster.masterUserSecret;
    if (secret === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUserSecret'));
    if (secret === null) return fail('MasterUserSecret is absent: the master password is not managed in Secrets Manager');
    const status = secret.status ?? 'unknown';
    if (status === 'active' || status === 'rotating') return pass(`MasterUserSecret ${secret.secretArn ?? ''} has SecretStatus ${status}`);
    if (status === 'impaired') return fail(`MasterUserSecret ${secret.secretArn ?? ''} has SecretStatus impaired: RDS can no longer manage the password`);
    return notEvaluated(`MasterUserSecret ${secret.secretArn ?? ''} has SecretStatus ${status}`);
  },
});
