import { defineCheck } from '../../src/engine/check.js';
import { rotationVerdict } from '../../src/engine/secrets.js';

export default defineCheck({
  id: 'secretsmanager.secret.rotation',
  resource: 'secretsmanager.secret',
  uses: ['secretsmanager:ListSecrets', 'secretsmanager:DescribeSecret'],
  // A failed ListSecrets leaves listed secrets out, not unknown, and a failed DescribeSecret marks that
  // secret's rotation fields unknown: the engine's scope-wide guard would wrongly blind the described ones.
  selfGuarded: true,
  control: 'secrets',
  pillar: 'secrets',
  title: 'Database secret rotates automatically, and did rotate on schedule',
  description:
    'Database credentials kept in Secrets Manager should rotate automatically, and the rotation must succeed: a secret whose last rotation ' +
    'is older than its schedule still holds the same password.',
  severity: 'MEDIUM',
  standards: ['FSBP SecretsManager.1', 'FSBP SecretsManager.2', 'FSBP SecretsManager.4'],
  remediation: {
    text: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30 (managed secrets rotate without a function)',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  },
  evaluate(secret, ctx) {
    return rotationVerdict(secret, ctx);
  },
});
