import { defineCheck, notApplicable, notEvaluated } from '../../src/engine/check.js';
import { rotationVerdict } from '../../src/engine/secrets.js';

export default defineCheck({
  id: 'rds.cluster.secret_rotation',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'secretsmanager:DescribeSecret'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Aurora master secret rotates, and did rotate on schedule',
  description:
    'The secret linked to the cluster (MasterUserSecret) must have rotation enabled and must have rotated within its schedule: a rotation ' +
    'that keeps failing leaves the same password in use indefinitely.',
  severity: 'MEDIUM',
  standards: ['FSBP SecretsManager.1', 'FSBP SecretsManager.4'],
  remediation: {
    text: 'aws secretsmanager rotate-secret --secret-id SECRET_ARN --rotation-rules AutomaticallyAfterDays=7; investigate failed rotations in the secret\'s events',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-rotate',
  },
  evaluate(cluster, ctx) {
    if (cluster.masterUserSecret === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUserSecret'));
    if (cluster.masterUserSecret === null) return notApplicable('the master password is not in Secrets Manager (rds.cluster.master_password_in_secrets_manager fails)');
    const secret = ctx.byArn(cluster.masterUserSecret.arn);
    if (secret?.kind !== 'secretsmanager.secret') return notEvaluated(`secret ${cluster.masterUserSecret.arn} was not described (secretsmanager:DescribeSecret)`);
    return rotationVerdict(secret, ctx);
  },
});
