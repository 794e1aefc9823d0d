/** Fake DynamoDB: tables with SSE, PITR, backups, resource policies and tags. */
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetResourcePolicyCommand,
  ListBackupsCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
} from '@aws-sdk/client-dynamodb';
import { awsError } from '../errors.js';
import { page, pageAfter } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeTable {
  name: string;
  status?: string;
  /** `null` or absent: AWS owned key. */
  sse?: { keyArn: string; status?: string; inaccessibleSince?: string } | null;
  deletionProtection?: boolean;
  pitr?: boolean;
  policy?: Record<string, unknown> | null;
  tags?: Record<string, string>;
  backups?: { at: string; type?: 'USER' | 'SYSTEM' | 'AWS_BACKUP'; status?: string }[];
  billingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  itemCount?: number;
  sizeBytes?: number;
  replicas?: string[];
  createdAt?: string;
}

export interface DynamoDbSpec {
  tables: FakeTable[];
}

/** API maxima: ListTables 100, ListBackups 100; ListTagsOfResource returns up to 10 tags a page. */
const MAX = { listTables: 100, listBackups: 100, tags: 10 } as const;

const spec = (ctx: FakeContext): DynamoDbSpec => (ctx.spec as DynamoDbSpec | undefined) ?? { tables: [] };
const arnOf = (ctx: FakeContext, name: string) => `arn:${ctx.partition}:dynamodb:${ctx.region}:${ctx.accountId}:table/${name}`;
const sorted = (ctx: FakeContext) => [...spec(ctx).tables].sort((a, b) => a.name.localeCompare(b.name));

function find(ctx: FakeContext, nameOrArn: unknown): FakeTable {
  const name = String(nameOrArn).replace(/^arn:[^:]+:dynamodb:[^:]+:\d+:table\//, '');
  const table = spec(ctx).tables.find((t) => t.name === name);
  if (!table) throw awsError('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`);
  return table;
}

export const dynamodbFake: ServiceFake = {
  service: 'dynamodb',
  client: DynamoDBClient,
  commands: { ListTablesCommand, DescribeTableCommand, DescribeContinuousBackupsCommand, ListBackupsCommand, GetResourcePolicyCommand, ListTagsOfResourceCommand },
  handlers: {
    ListTables: (input, ctx) => {
      const p = pageAfter(sorted(ctx), (t) => t.name, input.ExclusiveStartTableName as string | undefined, input.Limit as number | undefined, MAX.listTables);
      return { TableNames: p.items.map((t) => t.name), LastEvaluatedTableName: p.last };
    },
    DescribeTable: (input, ctx) => {
      const t = find(ctx, input.TableName);
      return {
        Table: {
          TableName: t.name,
          TableArn: arnOf(ctx, t.name),
          TableId: `00000000-0000-4000-8000-${Buffer.from(t.name).toString('hex').padEnd(12, '0').slice(0, 12)}`,
          TableStatus: t.status ?? 'ACTIVE',
          CreationDateTime: new Date(t.createdAt ?? '2025-01-15T10:00:00Z'),
          ItemCount: t.itemCount ?? 1000,
          TableSizeBytes: t.sizeBytes ?? 65536,
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          BillingModeSummary: { BillingMode: t.billingMode ?? 'PAY_PER_REQUEST' },
          DeletionProtectionEnabled: t.deletionProtection ?? false,
          ...(t.sse
            ? {
                SSEDescription: {
                  Status: t.sse.status ?? 'ENABLED',
                  SSEType: 'KMS',
                  KMSMasterKeyArn: t.sse.keyArn,
                  ...(t.sse.inaccessibleSince ? { InaccessibleEncryptionDateTime: new Date(t.sse.inaccessibleSince) } : {}),
                },
              }
            : {}),
          ...(t.replicas ? { Replicas: t.replicas.map((r) => ({ RegionName: r, ReplicaStatus: 'ACTIVE' })) } : {}),
        },
      };
    },
    DescribeContinuousBackups: (input, ctx) => {
      const t = find(ctx, input.TableName);
      return {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: t.pitr ? 'ENABLED' : 'DISABLED' },
        },
      };
    },
    ListBackups: (input, ctx) => {
      const all = sorted(ctx).flatMap((t) =>
        (t.backups ?? []).map((b, i) => ({
          TableName: t.name,
          TableArn: arnOf(ctx, t.name),
          BackupArn: `${arnOf(ctx, t.name)}/backup/0${i}${Date.parse(b.at)}`,
          BackupName: `${t.name}-${i}`,
          BackupCreationDateTime: new Date(b.at),
          BackupStatus: b.status ?? 'AVAILABLE',
          BackupType: b.type ?? 'USER',
        })),
      );
      const p = pageAfter(all, (b) => b.BackupArn, input.ExclusiveStartBackupArn as string | undefined, input.Limit as number | undefined, MAX.listBackups);
      return { BackupSummaries: p.items, LastEvaluatedBackupArn: p.last };
    },
    GetResourcePolicy: (input, ctx) => {
      const t = find(ctx, input.ResourceArn);
      if (!t.policy) throw awsError('PolicyNotFoundException', `Resource-based policy not found for the provided ResourceArn: ${String(input.ResourceArn)}`);
      return { Policy: JSON.stringify(t.policy), RevisionId: '1' };
    },
    ListTagsOfResource: (input, ctx) => {
      const t = find(ctx, input.ResourceArn);
      const tags = Object.entries(t.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
      const p = page(tags, input.NextToken as string | undefined, undefined, MAX.tags, 'tags');
      return { Tags: p.items, NextToken: p.next };
    },
  },
};
