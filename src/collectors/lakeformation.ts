/**
 * Lake Formation, read after the Glue catalog (dependent phase): data lake settings, LF-tags (the ontology
 * and the tags on each database, table and column), grants, data-cell filters and registered locations.
 * Grants, filters and LF-tags are attached to the `glue.database` / `glue.table` resources they apply to;
 * the runner then classifies catalog resources from their LF-tags.
 */
import {
  GetDataLakeSettingsCommand,
  GetResourceLFTagsCommand,
  LakeFormationClient,
  ListDataCellsFilterCommand,
  ListLFTagsCommand,
  ListPermissionsCommand,
  ListResourcesCommand,
  type DataCellsFilter,
  type GetDataLakeSettingsCommandOutput,
  type GetResourceLFTagsCommandOutput,
  type ListDataCellsFilterCommandOutput,
  type ListLFTagsCommandOutput,
  type ListPermissionsCommandOutput,
  type ListResourcesCommandOutput,
  type PrincipalResourcePermissions,
  type ResourceInfo,
} from '@aws-sdk/client-lakeformation';
import type { GlueDatabase, GlueTable } from '../inventory/glue.js';
import type { LakeFormationSettings } from '../inventory/lakeformation.js';
import { markUnknown } from './common.js';
import { lfTagRecord, mergeTags, rollUp } from './lakeformation-tags.js';
import { attachGrants, emitForeignGrants } from './lakeformation-grants.js';
import { emitLocations } from './lakeformation-locations.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** Page size for Lake Formation list calls: within each operation's API maximum. */
const PAGE = 100;

/** Stable synthetic ARN of a region's data lake settings (Lake Formation has no ARN for them). */
export const settingsArn = (ctx: CollectorContext): string => ctx.arn('lakeformation.settings', {});

export const lakeformationCollector: Collector = {
  service: 'lakeformation',
  phase: 'dependent',
  produces: ['lakeformation.settings', 'lakeformation.permission', 'lakeformation.location'],
  actions: [
    'lakeformation:GetDataLakeSettings',
    'lakeformation:ListPermissions',
    'lakeformation:ListLFTags',
    'lakeformation:GetResourceLFTags',
    'lakeformation:ListDataCellsFilter',
    'lakeformation:ListResources',
  ],
  async collect(ctx) {
    const lf = ctx.client(LakeFormationClient);
    const here = ctx.existing().filter((r) => r.region === ctx.region);
    const databases = here.filter((r): r is GlueDatabase => r.kind === 'glue.database');
    const tables = here.filter((r): r is GlueTable => r.kind === 'glue.table');
    const settings = ctx.emit<'lakeformation.settings'>({ kind: 'lakeformation.settings', arn: settingsArn(ctx), name: `Lake Formation settings (${ctx.region})`, region: ctx.region, accountId: ctx.accountId });
    const [, , , , registered] = await Promise.all([
      readSettings(ctx, lf, settings),
      readTagOntology(ctx, lf, settings),
      readGrants(ctx, lf, databases, tables),
      readCellFilters(ctx, lf, tables),
      readRegistered(ctx, lf),
      readResourceTags(ctx, lf, databases, tables),
    ]);
    emitLocations(ctx, tables, registered);
  },
};

export const lakeformationCollectors: readonly Collector[] = [lakeformationCollector];

const principals = (list: { DataLakePrincipalIdentifier?: string }[] | undefined): string[] =>
  (list ?? []).map((p) => p.DataLakePrincipalIdentifier).filter((p): p is string => Boolean(p));

async function readSettings(ctx: CollectorContext, lf: LakeFormationClient, settings: LakeFormationSettings): Promise<void> {
  const result = await ctx.send<GetDataLakeSettingsCommandOutput>(lf, new GetDataLakeSettingsCommand({ CatalogId: ctx.accountId }), { resourceArn: settings.arn });
  const fields = ['dataLakeAdmins', 'createDatabaseDefaultPermissions', 'createTableDefaultPermissions', 'allowExternalDataFiltering', 'trustedResourceOwners'];
  if (!result.ok) return markUnknown(settings, fields, result.reason);
  const s = result.value?.DataLakeSettings;
  if (!s) return markUnknown(settings, fields, 'GetDataLakeSettings returned no DataLakeSettings');
  const defaults = (list: { Principal?: { DataLakePrincipalIdentifier?: string }; Permissions?: string[] }[] | undefined) =>
    (list ?? []).map((p) => ({ principal: p.Principal?.DataLakePrincipalIdentifier ?? '', permissions: [...(p.Permissions ?? [])] }));
  settings.dataLakeAdmins = principals(s.DataLakeAdmins);
  settings.readOnlyAdmins = principals(s.ReadOnlyAdmins);
  settings.createDatabaseDefaultPermissions = defaults(s.CreateDatabaseDefaultPermissions);
  settings.createTableDefaultPermissions = defaults(s.CreateTableDefaultPermissions);
  settings.trustedResourceOwners = [...(s.TrustedResourceOwners ?? [])];
  settings.allowExternalDataFiltering = s.AllowExternalDataFiltering ?? false;
  settings.allowFullTableExternalDataAccess = s.AllowFullTableExternalDataAccess ?? false;
  settings.externalDataFilteringAllowList = principals(s.ExternalDataFilteringAllowList);
  settings.authorizedSessionTagValueList = [...(s.AuthorizedSessionTagValueList ?? [])];
}

async function readTagOntology(ctx: CollectorContext, lf: LakeFormationClient, settings: LakeFormationSettings): Promise<void> {
  const read = await ctx.all(
    lf,
    (t) => new ListLFTagsCommand({ CatalogId: ctx.accountId, NextToken: t, MaxResults: PAGE }),
    (o: ListLFTagsCommandOutput) => ({ items: o.LFTags, next: o.NextToken }),
    { resourceArn: settings.arn },
  );
  if (!read.ok) return markUnknown(settings, ['lfTagKeys'], read.reason);
  settings.lfTagKeys = Object.fromEntries(read.items.filter((t) => t.TagKey).map((t) => [t.TagKey!, [...(t.TagValues ?? [])]]));
}

async function readGrants(ctx: CollectorContext, lf: LakeFormationClient, databases: GlueDatabase[], tables: GlueTable[]): Promise<void> {
  const read = await ctx.all(
    lf,
    (t) => new ListPermissionsCommand({ CatalogId: ctx.accountId, NextToken: t, MaxResults: PAGE }),
    (o: ListPermissionsCommandOutput) => ({ items: o.PrincipalResourcePermissions, next: o.NextToken }),
  );
  const grants: PrincipalResourcePermissions[] = read.items;
  if (!read.ok) {
    for (const r of [...databases, ...tables]) markUnknown(r, ['lfGrants'], read.reason);
  } else if (grants.length === 0 && tables.length > 0) {
    // ListPermissions shows only what the caller may see: no grant at all on a catalog with tables means the
    // scan role is not a (read-only) data lake administrator, not that the tables have no grants.
    const message = `ListPermissions returned no grant for ${tables.length} catalog tables: the scan role must be a Lake Formation administrator or read-only administrator to see every grant`;
    ctx.recordError({ operation: 'ListPermissions', action: 'lakeformation:ListPermissions', code: 'IncompleteListing', message, kind: 'invalid-response' });
    for (const r of [...databases, ...tables]) markUnknown(r, ['lfGrants'], `lakeformation:ListPermissions failed: IncompleteListing: ${message}`);
  } else {
    attachGrants(ctx, grants, databases, tables);
  }
  // Grants read before a failure are still real grants to outside principals.
  emitForeignGrants(ctx, grants);
}

async function readCellFilters(ctx: CollectorContext, lf: LakeFormationClient, tables: GlueTable[]): Promise<void> {
  const read = await ctx.all(
    lf,
    (t) => new ListDataCellsFilterCommand({ NextToken: t, MaxResults: PAGE }),
    (o: ListDataCellsFilterCommandOutput) => ({ items: o.DataCellsFilters, next: o.NextToken }),
  );
  if (!read.ok) {
    for (const t of tables) markUnknown(t, ['cellFilters'], read.reason);
    return;
  }
  const byTable = new Map<string, DataCellsFilter[]>();
  for (const f of read.items) {
    if (f.TableCatalogId && f.TableCatalogId !== ctx.accountId) continue;
    const key = `${f.DatabaseName ?? ''}.${f.TableName ?? ''}`;
    byTable.set(key, [...(byTable.get(key) ?? []), f]);
  }
  for (const table of tables) {
    table.cellFilters = (byTable.get(`${table.databaseName}.${table.tableName}`) ?? []).map((f) => {
      const filter: NonNullable<GlueTable['cellFilters']>[number] = { name: f.Name ?? '' };
      if (f.RowFilter?.FilterExpression) filter.rowFilter = f.RowFilter.FilterExpression;
      if (f.RowFilter?.AllRowsWildcard) filter.allRows = true;
      if (f.ColumnNames?.length) filter.columns = [...f.ColumnNames];
      if (f.ColumnWildcard) filter.excludedColumns = [...(f.ColumnWildcard.ExcludedColumnNames ?? [])];
      return filter;
    });
  }
}

async function readRegistered(ctx: CollectorContext, lf: LakeFormationClient): Promise<{ ok: true; items: ResourceInfo[] } | { ok: false; items: ResourceInfo[]; reason: string }> {
  return ctx.all(
    lf,
    (t) => new ListResourcesCommand({ NextToken: t, MaxResults: PAGE }),
    (o: ListResourcesCommandOutput) => ({ items: o.ResourceInfoList, next: o.NextToken }),
    { lists: 'lakeformation.location' },
  );
}

/** LF-tags on every database, table and column; a table inherits its database's tags, a column its table's. */
async function readResourceTags(ctx: CollectorContext, lf: LakeFormationClient, databases: GlueDatabase[], tables: GlueTable[]): Promise<void> {
  await forEachLimit(databases, COLLECTION_LIMITS.perResource, async (database) => {
    const result = await ctx.send<GetResourceLFTagsCommandOutput>(
      lf,
      new GetResourceLFTagsCommand({ CatalogId: ctx.accountId, Resource: { Database: { CatalogId: ctx.accountId, Name: database.databaseName } }, ShowAssignedLFTags: true }),
      { resourceArn: database.arn },
    );
    if (result.ok) database.lfTags = lfTagRecord(result.value?.LFTagOnDatabase);
    else markUnknown(database, ['lfTags'], result.reason);
  });
  // Resource links carry no LF-tags of their own: their target's tags govern.
  await forEachLimit(tables.filter((t) => !t.targetTable), COLLECTION_LIMITS.perResource, async (table) => {
    const result = await ctx.send<GetResourceLFTagsCommandOutput>(
      lf,
      new GetResourceLFTagsCommand({ CatalogId: ctx.accountId, Resource: { Table: { CatalogId: ctx.accountId, DatabaseName: table.databaseName, Name: table.tableName } }, ShowAssignedLFTags: true }),
      { resourceArn: table.arn },
    );
    if (!result.ok) return markUnknown(table, ['lfTags', 'columnLfTags'], result.reason);
    const own = mergeTags(lfTagRecord(result.value?.LFTagOnDatabase), lfTagRecord(result.value?.LFTagsOnTable));
    const columns: Record<string, Record<string, string>> = {};
    for (const column of result.value?.LFTagsOnColumns ?? []) {
      const assigned = lfTagRecord(column.LFTags);
      if (column.Name && Object.keys(assigned).length > 0) columns[column.Name] = mergeTags(own, assigned);
    }
    table.columnLfTags = columns;
    // A table holding a pii=high column is pii=high data: its most sensitive column's classification rolls up.
    table.lfTags = rollUp(own, Object.values(columns), ctx.classification);
  });
}
