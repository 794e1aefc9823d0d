/** ASFF resource type and details for KMS keys (`AwsKmsKey`). */
import type { AwsKmsKeyDetails } from '@aws-sdk/client-securityhub';
import type { KmsKey } from '../../inventory/kms.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined } from './defined.js';

export function kmsKeyDetails(key: KmsKey): AwsKmsKeyDetails {
  return defined<AwsKmsKeyDetails>({
    AWSAccountId: key.ownerAccountId ?? key.accountId,
    KeyId: key.keyId,
    KeyManager: key.keyManager,
    KeyState: key.keyState,
    Origin: key.origin,
    Description: key.description,
    KeyRotationStatus: key.rotationEnabled,
  });
}

export const kmsAsff: AsffResourceMappers = {
  'kms.key': (key) => kmsKeyDetails(key),
};
