/** DynamoDB tables and DAX clusters. */
import type { PolicyDocument } from './policy.js';
import type { ResourceBase } from './types.js';

/** How a table's data is encrypted at rest. */
export interface TableEncryption {
  /** `AWS_OWNED` when DescribeTable has no SSEDescription; `KMS` otherwise. */
  type: 'AWS_OWNED' | 'KMS';
  /** SSEDescription.Status, e.g. ENABLED, UPDATING. */
  status?: string;
  kmsKeyArn?: string;
  /** SSEDescription.InaccessibleEncryptionDateTime: when DynamoDB lost access to the key. */
  inaccessibleSince?: string;
}

export interface DynamoDbTable extends ResourceBase<'dynamodb.table'> {
  tableId?: string;
  status?: string;
  createdAt?: string;
  billingMode?: string;
  itemCount?: number;
  sizeBytes?: number;
  tableClass?: string;
  streamEnabled?: boolean;
  /** Regions of global table replicas. */
  replicaRegions?: string[];
  encryption?: TableEncryption;
  deletionProtection?: boolean;
  pointInTimeRecovery?: boolean;
  /** Newest on-demand or AWS Backup recovery point; `null` when there is none. */
  latestBackupAt?: string | null;
  /** Resource-based policy; `null` when the table has none. */
  resourcePolicy?: PolicyDocument | null;
}

export interface DaxCluster extends ResourceBase<'dax.cluster'> {
  status?: string;
  nodeCount?: number;
  /** SSEDescription.Status === ENABLED. */
  encryptedAtRest?: boolean;
  /** ClusterEndpointEncryptionType: NONE or TLS. */
  endpointEncryption?: string;
  subnetGroup?: string;
  iamRoleArn?: string;
}

declare module './types.js' {
  interface ResourceKinds {
    'dynamodb.table': DynamoDbTable;
    'dax.cluster': DaxCluster;
  }
}
