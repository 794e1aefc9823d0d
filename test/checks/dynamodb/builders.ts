/** Realistic DynamoDB inventory defaults for check tests: each test states only what it is about. */
import type { DaxCluster, DynamoDbTable } from '../../../src/inventory/dynamodb.js';
import type { KmsKey } from '../../../src/inventory/kms.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const CMK_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5`;

type TableFields = Partial<Omit<DynamoDbTable, 'kind' | 'classification'>>;

/** An ACTIVE, CMK-encrypted, well-kept table named `orders`. */
export function table(fields: TableFields = {}): DynamoDbTable {
  const name = fields.name ?? 'orders';
  return resource('dynamodb.table', {
    arn: `arn:aws:dynamodb:${fields.region ?? REGION}:${ACCOUNT}:table/${name}`,
    name,
    status: 'ACTIVE',
    tableId: '0c5e7a1b-2d3f-4a5b-9c6d-7e8f90a1b2c3',
    createdAt: '2025-03-14T09:26:53.000Z',
    billingMode: 'PAY_PER_REQUEST',
    itemCount: 120_000,
    encryption: { type: 'KMS', status: 'ENABLED', kmsKeyArn: CMK_ARN },
    kmsKeyRefs: [CMK_ARN],
    deletionProtection: true,
    pointInTimeRecovery: true,
    latestBackupAt: '2026-10-31T02:00:00.000Z',
    resourcePolicy: null,
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

type KeyFields = Partial<Omit<KmsKey, 'kind' | 'classification'>>;

export function kmsKey(fields: KeyFields = {}): KmsKey {
  const arn = fields.arn ?? CMK_ARN;
  return resource('kms.key', {
    arn,
    name: arn.split('/').pop(),
    keyId: arn.split('/').pop() ?? '',
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    ...fields,
  });
}

type ClusterFields = Partial<Omit<DaxCluster, 'kind' | 'classification'>>;

export function daxCluster(fields: ClusterFields = {}): DaxCluster {
  const name = fields.name ?? 'orders-cache';
  return resource('dax.cluster', {
    arn: `arn:aws:dax:${REGION}:${ACCOUNT}:cache/${name}`,
    name,
    status: 'available',
    nodeCount: 3,
    encryptedAtRest: true,
    endpointEncryption: 'TLS',
    subnetGroup: 'data-private',
    network: { securityGroupIds: ['sg-0d1e2f3a4b5c6d7e8'], port: 9111 },
    tags: { data_classification: 'orange' },
    ...fields,
  });
}
