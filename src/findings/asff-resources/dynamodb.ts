/**
 * ASFF resource types and details for DynamoDB tables (`AwsDynamoDbTable`) and DAX clusters (`Other`:
 * Security Hub has no DAX details type). Only fields the inventory knows are written; unknown stays absent.
 */
import type { AwsDynamoDbTableDetails, AwsDynamoDbTableSseDescription } from '@aws-sdk/client-securityhub';
import type { AsffResourceMappers } from '../asff-resource.js';
import type { DaxCluster, DynamoDbTable } from '../../inventory/dynamodb.js';
import { defined } from './defined.js';

function sseDescription(table: DynamoDbTable): AwsDynamoDbTableSseDescription | undefined {
  const enc = table.encryption;
  // No SSEDescription in DescribeTable means the AWS owned key; ASFF has nothing to say then.
  if (!enc || enc.type === 'AWS_OWNED') return undefined;
  return defined({ SseType: 'KMS', Status: enc.status, KmsMasterKeyArn: enc.kmsKeyArn, InaccessibleEncryptionDateTime: enc.inaccessibleSince });
}

export function dynamoDbTableDetails(table: DynamoDbTable): AwsDynamoDbTableDetails {
  return defined<AwsDynamoDbTableDetails>({
    TableName: table.name,
    TableId: table.tableId,
    TableStatus: table.status,
    CreationDateTime: table.createdAt,
    BillingModeSummary: table.billingMode ? { BillingMode: table.billingMode } : undefined,
    ItemCount: table.itemCount,
    TableSizeBytes: table.sizeBytes,
    SseDescription: sseDescription(table),
    DeletionProtectionEnabled: table.deletionProtection,
    StreamSpecification: table.streamEnabled === undefined ? undefined : { StreamEnabled: table.streamEnabled },
    Replicas: table.replicaRegions?.length ? table.replicaRegions.map((RegionName) => ({ RegionName })) : undefined,
  });
}

export function daxClusterOther(cluster: DaxCluster): Record<string, string> {
  const facts: Record<string, string | number | boolean | undefined> = {
    kind: cluster.kind,
    clusterName: cluster.name,
    dataTier: cluster.classification.effectiveTier,
    classificationSource: cluster.classification.source,
    status: cluster.status,
    nodeCount: cluster.nodeCount,
    encryptedAtRest: cluster.encryptedAtRest,
    endpointEncryption: cluster.endpointEncryption,
    subnetGroup: cluster.subnetGroup,
    iamRoleArn: cluster.iamRoleArn,
    securityGroupIds: cluster.network?.securityGroupIds?.join(','),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]));
}

export const dynamodbAsff: AsffResourceMappers = {
  'dynamodb.table': (table) => dynamoDbTableDetails(table),
  'dax.cluster': (cluster) => daxClusterOther(cluster),
};
