/**
 * The region's Glue Data Catalog: encryption settings, resource policy, databases and their tables.
 * The catalog resource is emitted first, so a deadline leaves its checks NOT_EVALUATED rather than unseen.
 */
import {
  GetDatabasesCommand,
  GetDataCatalogEncryptionSettingsCommand,
  GetResourcePolicyCommand,
  GetTablesCommand,
  type Database,
  type GetDatabasesCommandOutput,
  type GetDataCatalogEncryptionSettingsCommandOutput,
  type GetResourcePolicyCommandOutput,
  type GetTablesCommandOutput,
  type GlueClient,
  type Table,
} from '@aws-sdk/client-glue';
import type { GlueCatalog, GlueDatabase, GlueTable } from '../inventory/glue.js';
import { markUnknown, readPolicy } from './common.js';
import { createLimiter } from '../limit.js';
import { COLLECTION_LIMITS, type CollectorContext } from './types.js';

/** GetDatabases and GetTables return at most 100 a page. */
const PAGE = 100;

/** Stable ARN of the region's catalog. */
export const catalogArn = (ctx: CollectorContext): string => ctx.arn('glue.catalog', {});
export const databaseArn = (ctx: CollectorContext, name: string): string => ctx.arn('glue.database', { name });
export const tableArn = (ctx: CollectorContext, database: string, name: string): string => ctx.arn('glue.table', { database, name });

export async function collectCatalog(ctx: CollectorContext, glue: GlueClient): Promise<void> {
  const catalog = ctx.emit<'glue.catalog'>({ kind: 'glue.catalog', arn: catalogArn(ctx), name: `Data Catalog ${ctx.accountId} (${ctx.region})`, region: ctx.region, accountId: ctx.accountId, catalogId: ctx.accountId });
  await Promise.all([encryption(ctx, glue, catalog), policy(ctx, glue, catalog), databases(ctx, glue, catalog)]);
}

async function encryption(ctx: CollectorContext, glue: GlueClient, catalog: GlueCatalog): Promise<void> {
  const result = await ctx.send<GetDataCatalogEncryptionSettingsCommandOutput>(glue, new GetDataCatalogEncryptionSettingsCommand({ CatalogId: ctx.accountId }), { resourceArn: catalog.arn });
  const fields = ['encryptionMode', 'connectionPasswordEncrypted'];
  if (!result.ok) return markUnknown(catalog, fields, result.reason);
  const settings = result.value?.DataCatalogEncryptionSettings;
  if (!settings) return markUnknown(catalog, fields, 'GetDataCatalogEncryptionSettings returned no DataCatalogEncryptionSettings');
  catalog.encryptionMode = settings.EncryptionAtRest?.CatalogEncryptionMode ?? 'DISABLED';
  catalog.connectionPasswordEncrypted = settings.ConnectionPasswordEncryption?.ReturnConnectionPasswordEncrypted ?? false;
  const keys: string[] = [];
  if (settings.EncryptionAtRest?.SseAwsKmsKeyId) keys.push((catalog.encryptionKmsKeyId = settings.EncryptionAtRest.SseAwsKmsKeyId));
  if (settings.ConnectionPasswordEncryption?.AwsKmsKeyId) keys.push((catalog.connectionPasswordKmsKeyId = settings.ConnectionPasswordEncryption.AwsKmsKeyId));
  if (keys.length > 0) catalog.kmsKeyRefs = [...new Set(keys)];
}

async function policy(ctx: CollectorContext, glue: GlueClient, catalog: GlueCatalog): Promise<void> {
  // Without ResourceArn, GetResourcePolicy reads the catalog's policy; EntityNotFoundException means there is none.
  const result = await ctx.send<GetResourcePolicyCommandOutput>(glue, new GetResourcePolicyCommand({}), { resourceArn: catalog.arn, absentOn: ['EntityNotFoundException'] });
  if (!result.ok) return markUnknown(catalog, ['resourcePolicy'], result.reason);
  const read = readPolicy(ctx, result.value?.PolicyInJson, { operation: 'GetResourcePolicy', action: 'glue:GetResourcePolicy', resourceArn: catalog.arn });
  if (read.known) catalog.resourcePolicy = read.policy;
  else markUnknown(catalog, ['resourcePolicy'], read.reason);
}

async function databases(ctx: CollectorContext, glue: GlueClient, catalog: GlueCatalog): Promise<void> {
  const read = await ctx.all(
    glue,
    (t) => new GetDatabasesCommand({ CatalogId: ctx.accountId, NextToken: t, MaxResults: PAGE }),
    (o: GetDatabasesCommandOutput) => ({ items: o.DatabaseList, next: o.NextToken }),
    { lists: 'glue.database' },
  );
  const limit = createLimiter(COLLECTION_LIMITS.perResource);
  const seen = new Set<string>();
  const counts = await Promise.all(
    read.items.map((d) => {
      if (!d.Name || seen.has(d.Name)) return Promise.resolve<number | undefined>(0);
      seen.add(d.Name);
      const database = emitDatabase(ctx, d, d.Name);
      // A database resource link lists the target catalog's tables: they belong to the other account.
      if (database.targetDatabase) return Promise.resolve<number | undefined>(0);
      return limit(() => tables(ctx, glue, database));
    }),
  );
  if (!read.ok) return markUnknown(catalog, ['databaseCount', 'tableCount'], read.reason);
  catalog.databaseCount = seen.size;
  if (counts.some((n) => n === undefined)) markUnknown(catalog, ['tableCount'], 'glue:GetTables failed for some databases');
  else catalog.tableCount = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

function emitDatabase(ctx: CollectorContext, d: Database, name: string): GlueDatabase {
  const database = ctx.emit<'glue.database'>({ kind: 'glue.database', arn: databaseArn(ctx, name), name, region: ctx.region, accountId: ctx.accountId, databaseName: name });
  if (d.LocationUri) database.locationUri = d.LocationUri;
  database.createTableDefaultPermissions = (d.CreateTableDefaultPermissions ?? []).map((p) => ({ principal: p.Principal?.DataLakePrincipalIdentifier ?? '', permissions: [...(p.Permissions ?? [])] }));
  if (d.TargetDatabase?.DatabaseName) database.targetDatabase = `${d.TargetDatabase.CatalogId ?? ''}:${d.TargetDatabase.DatabaseName}`;
  return database;
}

/** Emits the database's tables; returns how many, or undefined when the listing failed. */
async function tables(ctx: CollectorContext, glue: GlueClient, database: GlueDatabase): Promise<number | undefined> {
  // A failed listing hides tables: the scope is marked failed so absence proves nothing.
  const read = await ctx.all(
    glue,
    (t) => new GetTablesCommand({ CatalogId: ctx.accountId, DatabaseName: database.databaseName, NextToken: t, MaxResults: PAGE }),
    (o: GetTablesCommandOutput) => ({ items: o.TableList, next: o.NextToken }),
    { resourceArn: database.arn, lists: 'glue.table' },
  );
  const seen = new Set<string>();
  for (const t of read.items) {
    if (!t.Name || seen.has(t.Name) || (t.CatalogId !== undefined && t.CatalogId !== ctx.accountId)) continue;
    seen.add(t.Name);
    emitTable(ctx, database, t, t.Name);
  }
  if (read.ok) return seen.size;
  markUnknown(database, ['tables'], read.reason);
  return undefined;
}

function emitTable(ctx: CollectorContext, database: GlueDatabase, t: Table, name: string): GlueTable {
  const table = ctx.emit<'glue.table'>({
    kind: 'glue.table', arn: tableArn(ctx, database.databaseName, name), name: `${database.databaseName}.${name}`, region: ctx.region, accountId: ctx.accountId,
    databaseName: database.databaseName, tableName: name,
  });
  if (t.TableType) table.tableType = t.TableType;
  if (t.StorageDescriptor?.Location) table.location = t.StorageDescriptor.Location;
  table.columnCount = (t.StorageDescriptor?.Columns?.length ?? 0) + (t.PartitionKeys?.length ?? 0);
  if (t.IsRegisteredWithLakeFormation !== undefined) table.isRegisteredWithLakeFormation = t.IsRegisteredWithLakeFormation;
  if (t.TargetTable?.Name) table.targetTable = `${t.TargetTable.CatalogId ?? ''}:${t.TargetTable.DatabaseName ?? ''}.${t.TargetTable.Name}`;
  return table;
}
