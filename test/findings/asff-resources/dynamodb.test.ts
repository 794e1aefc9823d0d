import { describe, expect, it } from 'vitest';
import { asffResource } from '../../../src/findings/asff.js';
import { ACCOUNT, resource } from '../../builders/inventory.js';
import { daxCluster, kmsKey, table as fullTable } from '../../checks/dynamodb/builders.js';
import { findingOf, findingsFor, table } from '../builders.js';
import { shapeOf } from '../builders.js';

const KEY_ARN = kmsKey().arn;

describe('ASFF resource for DynamoDB tables', () => {
  it('maps a collected table to AwsDynamoDbTable with its details', () => {
    // Prepare
    const subject = fullTable({
      name: 'customer-profiles', sizeBytes: 73_400_320, streamEnabled: true, replicaRegions: ['us-east-1'],
      encryption: { type: 'KMS', status: 'ENABLED', kmsKeyArn: KEY_ARN },
    });
    // Act
    const shape = shapeOf('dynamodb.table', subject);
    // Assess
    expect(shape).toEqual({
      Type: 'AwsDynamoDbTable',
      Details: {
        AwsDynamoDbTable: {
          TableName: 'customer-profiles',
          TableId: '0c5e7a1b-2d3f-4a5b-9c6d-7e8f90a1b2c3',
          TableStatus: 'ACTIVE',
          CreationDateTime: '2025-03-14T09:26:53.000Z',
          BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
          ItemCount: 120_000,
          TableSizeBytes: 73_400_320,
          SseDescription: { SseType: 'KMS', Status: 'ENABLED', KmsMasterKeyArn: KEY_ARN },
          DeletionProtectionEnabled: true,
          StreamSpecification: { StreamEnabled: true },
          Replicas: [{ RegionName: 'us-east-1' }],
        },
      },
    });
  });

  it('reports when DynamoDB lost access to the key', () => {
    const subject = fullTable({ status: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', encryption: { type: 'KMS', kmsKeyArn: KEY_ARN, inaccessibleSince: '2026-10-25T00:00:00.000Z' } });
    expect(shapeOf('dynamodb.table', subject).Details?.AwsDynamoDbTable).toMatchObject({
      TableStatus: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS',
      SseDescription: { SseType: 'KMS', KmsMasterKeyArn: KEY_ARN, InaccessibleEncryptionDateTime: '2026-10-25T00:00:00.000Z' },
    });
  });

  it('writes no SseDescription for the AWS owned key and omits what was not collected', () => {
    // Prepare: DescribeTable failed, so only the listed name is known.
    const subject = resource('dynamodb.table', { name: 'audit-events', unknown: { status: 'dynamodb:DescribeTable failed: AccessDeniedException' } });
    // Act
    const details = shapeOf('dynamodb.table', subject).Details?.AwsDynamoDbTable;
    // Assess
    expect(details).toEqual({ TableName: 'audit-events' });
    expect(shapeOf('dynamodb.table', fullTable({ encryption: { type: 'AWS_OWNED' } })).Details?.AwsDynamoDbTable?.SseDescription).toBeUndefined();
  });

  it('is the resource of a published table finding, with Id, Region and Tags', () => {
    // Prepare
    const subject = table('orders', { tags: { data_classification: 'orange', owner: 'checkout' }, tableId: 'b7d4c1e0-5a6f-4c3b-9d2e-1f0a9b8c7d6e' });
    const { findings } = findingsFor([subject]);
    // Act
    const out = asffResource(findingOf(findings, 'dynamodb.table.pitr', 'orders'), subject, 'aws');
    // Assess
    expect(out).toMatchObject({
      Type: 'AwsDynamoDbTable',
      Id: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`,
      Partition: 'aws',
      Region: 'eu-west-1',
      Tags: { data_classification: 'orange', owner: 'checkout' },
      Details: { AwsDynamoDbTable: { TableName: 'orders', TableId: 'b7d4c1e0-5a6f-4c3b-9d2e-1f0a9b8c7d6e', TableStatus: 'ACTIVE' } },
    });
  });
});

describe('ASFF resource for DAX clusters', () => {
  it('maps a cluster to Other with its encryption facts as strings', () => {
    const shape = shapeOf('dax.cluster', daxCluster({ encryptedAtRest: false, endpointEncryption: 'NONE', iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/dax-orders-cache` }));
    expect(shape).toEqual({
      Type: 'Other',
      Details: {
        Other: {
          kind: 'dax.cluster',
          clusterName: 'orders-cache',
          dataTier: 'orange',
          classificationSource: 'tag:data_classification=orange',
          status: 'available',
          nodeCount: '3',
          encryptedAtRest: 'false',
          endpointEncryption: 'NONE',
          subnetGroup: 'data-private',
          iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/dax-orders-cache`,
          securityGroupIds: 'sg-0d1e2f3a4b5c6d7e8',
        },
      },
    });
  });

  it('leaves unknown facts out instead of writing "undefined"', () => {
    const other = shapeOf('dax.cluster', daxCluster({ encryptedAtRest: undefined, endpointEncryption: undefined })).Details?.Other ?? {};
    expect(Object.keys(other)).not.toContain('encryptedAtRest');
    expect(Object.values(other)).not.toContain('undefined');
  });
});
