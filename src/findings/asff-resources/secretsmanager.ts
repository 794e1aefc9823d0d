/** ASFF resource type and details for Secrets Manager secrets: `AwsSecretsManagerSecret` (metadata only, never a value). */
import type { AwsSecretsManagerSecretDetails } from '@aws-sdk/client-securityhub';
import type { Secret } from '../../inventory/secretsmanager.js';
import type { AsffResourceMappers } from '../asff-resource.js';

export function secretDetails(s: Secret): AwsSecretsManagerSecretDetails {
  const details: AwsSecretsManagerSecretDetails = { Name: s.secretName };
  if (s.kmsKeyId) details.KmsKeyId = s.kmsKeyId;
  if (s.rotationEnabled !== undefined) details.RotationEnabled = s.rotationEnabled;
  if (s.rotationLambdaArn) details.RotationLambdaArn = s.rotationLambdaArn;
  if (s.rotationDays !== undefined) details.RotationRules = { AutomaticallyAfterDays: s.rotationDays };
  return details;
}

export const secretsmanagerAsff: AsffResourceMappers = {
  'secretsmanager.secret': (s) => secretDetails(s),
};
