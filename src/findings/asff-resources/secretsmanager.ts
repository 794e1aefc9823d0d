/** ASFF resource type and details for Secrets Manager database secrets (metadata only, never a value). */
import type { AwsSecretsManagerSecretDetails } from '@aws-sdk/client-securityhub';
import type { Secret } from '../../inventory/secretsmanager.js';
import type { AsffResourceMappers } from '../asff-resource.js';

export function secretDetails(s: Secret): AwsSecretsManagerSecretDetails {
  const rules = s.rotation.automaticallyAfterDays !== undefined ? { AutomaticallyAfterDays: s.rotation.automaticallyAfterDays } : undefined;
  return Object.fromEntries(
    Object.entries({
      Name: s.secretName,
      Description: s.description,
      KmsKeyId: s.kmsKeyId,
      RotationEnabled: s.rotation.rotationEnabled,
      RotationLambdaArn: s.rotationLambdaArn,
      RotationRules: rules,
    }).filter(([, v]) => v !== undefined),
  );
}

export const secretsmanagerAsff: AsffResourceMappers = {
  'secretsmanager.secret': (s) => ({ Type: 'AwsSecretsManagerSecret', Details: { AwsSecretsManagerSecret: secretDetails(s) } }),
};
