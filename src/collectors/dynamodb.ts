/** DynamoDB tables: description, continuous backups, backups, resource policy and tags. */
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetResourcePolicyCommand,
  ListBackupsCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  type DescribeContinuousBackupsCommandOutput,
  type DescribeTableCommandOutput,
  type GetResourcePolicyCommandOutput,
  type ListBackupsCommandOutput,
  type ListTablesCommandOutput,
  type ListTagsOfResourceCommandOutput,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDbTable } from '../inventory/dynamodb.js';
import { iso, markUnknown, readPolicy, tagRecord } from './common.js';
import { createLimiter } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** Page sizes at the API maximum. */
const PAGE = { listTables: 100, listBackups: 100 } as const;

export const dynamodbCollector: Collector = {
  service: 'dynamodb',
  phase: 'primary',
  produces: ['dynamodb.table'],
  actions: [
    'dynamodb:ListTables',
    'dynamodb:DescribeTable',
    'dynamodb:DescribeContinuousBackups',
    'dynamodb:ListBackups',
    'dynamodb:GetResourcePolicy',
    'dynamodb:ListTagsOfResource',
  ],
  async collect(ctx) {
    const ddb = ctx.client(DynamoDBClient);
    const backups = latestBackups(ctx, ddb);
    const limit = createLimiter(COLLECTION_LIMITS.perResource);
    const tables: DynamoDbTable[] = [];
    const listed = new Set<string>();
    const work: Promise<void>[] = [];
    const pages = ctx.pages(
      ddb,
      (token) => new ListTablesCommand({ ExclusiveStartTableName: token, Limit: PAGE.listTables }),
      (o: ListTablesCommandOutput) => ({ items: o.TableNames, next: o.LastEvaluatedTableName }),
      { lists: 'dynamodb.table' },
    );
    for await (const names of pages) {
      for (const name of names) {
        // A misbehaving endpoint can repeat a page before the repeated-token guard stops it.
        if (listed.has(name)) continue;
        listed.add(name);
        // Emitted as soon as it is listed, so a deadline leaves it NOT_EVALUATED rather than unseen.
        const table = ctx.emit<'dynamodb.table'>({
          kind: 'dynamodb.table',
          arn: ctx.arn('dynamodb.table', { name }),
          name,
          region: ctx.region,
          accountId: ctx.accountId,
        });
        tables.push(table);
        work.push(limit(() => describeTable(ctx, ddb, table)));
      }
    }
    await Promise.all(work);
    const latest = await backups;
    for (const table of tables) {
      if (latest.ok) table.latestBackupAt = latest.byTable.get(table.arn) ?? null;
      else markUnknown(table, ['latestBackupAt'], latest.reason);
    }
  },
};

async function describeTable(ctx: CollectorContext, ddb: DynamoDBClient, table: DynamoDbTable): Promise<void> {
  const resourceArn = table.arn;
  const [described, continuous, policy, tags] = await Promise.all([
    ctx.send<DescribeTableCommandOutput>(ddb, new DescribeTableCommand({ TableName: table.name }), { resourceArn }),
    ctx.send<DescribeContinuousBackupsCommandOutput>(ddb, new DescribeContinuousBackupsCommand({ TableName: table.name }), { resourceArn }),
    ctx.send<GetResourcePolicyCommandOutput>(ddb, new GetResourcePolicyCommand({ ResourceArn: resourceArn }), {
      resourceArn,
      absentOn: ['PolicyNotFoundException'],
    }),
    readTags(ctx, ddb, resourceArn),
  ]);

  if (described.ok && described.value?.Table) applyDescription(table, described.value.Table);
  else markUnknown(table, ['status', 'encryption', 'deletionProtection', 'billingMode'], described.ok ? 'DescribeTable returned no Table' : described.reason);

  if (continuous.ok && continuous.value) {
    const status = continuous.value.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
    if (status) table.pointInTimeRecovery = status === 'ENABLED';
    else markUnknown(table, ['pointInTimeRecovery'], 'DescribeContinuousBackups returned no PointInTimeRecoveryStatus');
  } else if (!continuous.ok) markUnknown(table, ['pointInTimeRecovery'], continuous.reason);

  if (!policy.ok) markUnknown(table, ['resourcePolicy'], policy.reason);
  else {
    const read = readPolicy(ctx, policy.value?.Policy, { operation: 'GetResourcePolicy', action: 'dynamodb:GetResourcePolicy', resourceArn });
    if (read.known) table.resourcePolicy = read.policy;
    else markUnknown(table, ['resourcePolicy'], read.reason);
  }

  if (tags.ok) table.tags = tags.tags;
  else markUnknown(table, ['tags'], tags.reason);
}

function applyDescription(table: DynamoDbTable, d: TableDescription): void {
  if (d.TableArn) table.arn = d.TableArn;
  table.tableId = d.TableId;
  table.status = d.TableStatus;
  table.createdAt = iso(d.CreationDateTime);
  // Documented absences: no BillingModeSummary is a provisioned table, no TableClassSummary the STANDARD
  // class, no StreamSpecification a table without a stream.
  table.billingMode = d.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
  table.itemCount = d.ItemCount;
  table.sizeBytes = d.TableSizeBytes;
  table.tableClass = d.TableClassSummary?.TableClass ?? 'STANDARD';
  table.streamEnabled = d.StreamSpecification?.StreamEnabled ?? false;
  table.replicaRegions = (d.Replicas ?? []).map((r) => r.RegionName).filter((r): r is string => Boolean(r));
  // DescribeTable returns DeletionProtectionEnabled for every table: an absent one is unknown, not off.
  if (d.DeletionProtectionEnabled === undefined) markUnknown(table, ['deletionProtection'], 'DescribeTable returned no DeletionProtectionEnabled');
  else table.deletionProtection = d.DeletionProtectionEnabled;
  const sse = d.SSEDescription;
  if (!sse) {
    table.encryption = { type: 'AWS_OWNED' };
  } else {
    table.encryption = { type: sse.SSEType === 'KMS' || sse.KMSMasterKeyArn ? 'KMS' : 'AWS_OWNED' };
    if (sse.Status) table.encryption.status = sse.Status;
    if (sse.KMSMasterKeyArn) {
      table.encryption.kmsKeyArn = sse.KMSMasterKeyArn;
      table.kmsKeyRefs = [sse.KMSMasterKeyArn];
    }
    const inaccessible = iso(sse.InaccessibleEncryptionDateTime);
    if (inaccessible) table.encryption.inaccessibleSince = inaccessible;
  }
}

async function readTags(ctx: CollectorContext, ddb: DynamoDBClient, resourceArn: string): Promise<{ ok: true; tags: Record<string, string> } | { ok: false; reason: string }> {
  const read = await ctx.all(
    ddb,
    (token) => new ListTagsOfResourceCommand({ ResourceArn: resourceArn, NextToken: token }),
    (o: ListTagsOfResourceCommandOutput) => ({ items: o.Tags, next: o.NextToken }),
    { resourceArn },
  );
  return read.ok ? { ok: true, tags: tagRecord(read.items) } : read;
}

/** Newest completed backup per table ARN, from on-demand, system and AWS Backup recovery points. */
async function latestBackups(ctx: CollectorContext, ddb: DynamoDBClient): Promise<{ ok: true; byTable: Map<string, string> } | { ok: false; reason: string }> {
  const read = await ctx.all(
    ddb,
    (token) => new ListBackupsCommand({ BackupType: 'ALL', Limit: PAGE.listBackups, ExclusiveStartBackupArn: token }),
    (o: ListBackupsCommandOutput) => ({ items: o.BackupSummaries, next: o.LastEvaluatedBackupArn }),
  );
  if (!read.ok) return read;
  const byTable = new Map<string, string>();
  for (const b of read.items) {
    const at = iso(b.BackupCreationDateTime);
    if (!b.TableArn || !at || (b.BackupStatus && b.BackupStatus !== 'AVAILABLE')) continue;
    const prev = byTable.get(b.TableArn);
    if (!prev || prev < at) byTable.set(b.TableArn, at);
  }
  return { ok: true, byTable };
}
