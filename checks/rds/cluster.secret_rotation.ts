import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { judgeRotation } from '../../src/inventory/secretsmanager.js';

export default defineCheck({
  id: 'rds.cluster.secret_rotation',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'secretsmanager:DescribeSecret'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Aurora cluster master secret rotates, and rotation succeeds within its schedule',
  description:
    'The master user secret must have rotation enabled and have rotated within its rotation window (and at most every 90 days): a secret ' +
    'whose last rotation is older than its schedule is failing to rotate.',
  severity: 'MEDIUM',
  standards: ['FSBP SecretsManager.1', 'FSBP SecretsManager.2', 'FSBP SecretsManager.4'],
  remediation: {
    text: 'aws secretsmanager rotate-secret --secret-id SECRET_ARN --rotation-rules AutomaticallyAfterDays=7; investigate failed rotations in CloudTrail.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-rotate',
  },
  evaluate(cluster, ctx) {
    const secret = cluster.masterUserSecret;
    if (secret === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUserSecret'));
    if (secret === null) return notApplicable('MasterUserSecret is absent: no managed master secret to rotate (see rds.cluster.master_password_in_secrets_manager)');
    const rotation = cluster.masterSecretRotation;
    if (!rotation) return notEvaluated(ctx.whyUnknown(cluster, 'masterSecretRotation'));
    const verdict = judgeRotation(rotation, ctx.now, `master secret ${secret.secretArn ?? ''}`);
    return verdict.ok ? pass(verdict.reason) : fail(verdict.reason);
  },
});
