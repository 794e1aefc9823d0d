/** Realistic KMS keys for check tests. */
import type { KmsKey } from '../../../src/inventory/kms.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const KEY_ID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';
export const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY_ID}`;

type Fields = Partial<Omit<KmsKey, 'kind' | 'classification'>>;

/** An enabled, rotating, symmetric customer managed key with the default key policy. */
export function key(fields: Fields = {}): KmsKey {
  const arn = fields.arn ?? KEY_ARN;
  const keyId = arn.split('/').pop() ?? KEY_ID;
  return resource('kms.key', {
    arn,
    name: keyId,
    keyId,
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
    aliases: ['alias/data-platform/dynamodb'],
    rotationEnabled: true,
    rotationPeriodDays: 365,
    foreign: false,
    usedBy: [],
    policy: { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] },
    ...fields,
  });
}
