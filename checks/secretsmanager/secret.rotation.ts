import { defineCheck, fail, pass } from '../../src/engine/check.js';
import { judgeRotation } from '../../src/inventory/secretsmanager.js';

export default defineCheck({
  id: 'secretsmanager.secret.rotation',
  resource: 'secretsmanager.secret',
  uses: ['secretsmanager:ListSecrets'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Database secret rotates automatically, and rotation succeeds within its schedule',
  description:
    'A database credential in Secrets Manager must have automatic rotation enabled and have rotated within its rotation window, at most every ' +
    '90 days; a secret whose last rotation is older than its schedule is failing to rotate.',
  severity: 'MEDIUM',
  standards: ['FSBP SecretsManager.1', 'FSBP SecretsManager.2', 'FSBP SecretsManager.4'],
  remediation: {
    text: 'aws secretsmanager rotate-secret --secret-id SECRET_ARN --rotation-rules AutomaticallyAfterDays=30 (with a rotation function for unmanaged secrets)',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  evaluate(secret, ctx) {
    const verdict = judgeRotation(secret.rotation, ctx.now, `database secret ${secret.secretName} (${secret.databaseEvidence})`);
    return verdict.ok ? pass(verdict.reason) : fail(verdict.reason);
  },
});
