/**
 * Fake Lake Formation: data lake settings (AWS defaults when not described), grants, LF-tags on the Glue
 * catalog's databases, tables and columns (the fake reads the region's Glue spec to know what exists),
 * data-cell filters and registered locations.
 */
import {
  GetDataLakeSettingsCommand,
  GetResourceLFTagsCommand,
  LakeFormationClient,
  ListDataCellsFilterCommand,
  ListLFTagsCommand,
  ListPermissionsCommand,
  ListResourcesCommand,
} from '@aws-sdk/client-lakeformation';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';
import type { GlueSpec } from './glue.js';

export interface FakeLfGrant {
  principal: string;
  permissions: string[];
  grantable?: string[];
  /** Exactly one of these names the resource. */
  catalog?: true;
  database?: string;
  /** `db.table`, or `db.*` for all tables of the database. */
  table?: string;
  /** Column-level grant on `db.table`; no names = all columns. */
  columns?: { table: string; names?: string[]; excluded?: string[] };
  /** S3 location ARN. */
  location?: string;
  lfTagPolicy?: { resourceType: 'DATABASE' | 'TABLE'; expression: Record<string, string[]> };
  resourceShare?: string;
}

export interface LakeFormationSpec {
  settings?: {
    admins?: string[];
    readOnlyAdmins?: string[];
    /** Absent: the AWS default, ALL to IAM_ALLOWED_PRINCIPALS. */
    createDatabaseDefaultPermissions?: { principal: string; permissions: string[] }[];
    createTableDefaultPermissions?: { principal: string; permissions: string[] }[];
    trustedResourceOwners?: string[];
    allowExternalDataFiltering?: boolean;
    allowFullTableExternalDataAccess?: boolean;
    externalDataFilteringAllowList?: string[];
  };
  /** LF-tag ontology: key -> allowed values. */
  lfTags?: Record<string, string[]>;
  /** LF-tags assigned: databases by name, tables by `db.table`, columns by `db.table` then column. */
  assigned?: {
    databases?: Record<string, Record<string, string>>;
    tables?: Record<string, Record<string, string>>;
    columns?: Record<string, Record<string, Record<string, string>>>;
  };
  grants?: FakeLfGrant[];
  cellFilters?: { database: string; table: string; name: string; rowFilter?: string; allRows?: boolean; columns?: string[]; excludedColumns?: string[] }[];
  /** Registered locations. */
  resources?: { arn: string; roleArn?: string; hybrid?: boolean }[];
}

/** Page bounds this fake honours (the list calls accept up to 1000; 100 keeps fixtures small enough to page). */
const MAX = 100;
const IAM_DEFAULT = [{ principal: 'IAM_ALLOWED_PRINCIPALS', permissions: ['ALL'] }];

const spec = (ctx: FakeContext): LakeFormationSpec => (ctx.spec as LakeFormationSpec | undefined) ?? {};
const glue = (ctx: FakeContext): GlueSpec => (ctx.account.regions[ctx.region]?.glue as GlueSpec | undefined) ?? {};
const paged = <T>(items: readonly T[], input: Record<string, unknown>, prefix: string) => page(items, input.NextToken as string | undefined, input.MaxResults as number | undefined, MAX, prefix);
const pairs = (tags: Record<string, string> | undefined, catalogId: string) => Object.entries(tags ?? {}).map(([TagKey, v]) => ({ CatalogId: catalogId, TagKey, TagValues: [v] }));
const principal = (id: string) => ({ DataLakePrincipalIdentifier: id });
const defaults = (list: { principal: string; permissions: string[] }[]) => list.map((p) => ({ Principal: principal(p.principal), Permissions: p.permissions }));

function resourceOf(g: FakeLfGrant, catalogId: string): Record<string, unknown> {
  if (g.catalog) return { Catalog: {} };
  if (g.database) return { Database: { CatalogId: catalogId, Name: g.database } };
  if (g.table) {
    const [db, name] = g.table.split('.');
    return { Table: name === '*' ? { CatalogId: catalogId, DatabaseName: db, TableWildcard: {} } : { CatalogId: catalogId, DatabaseName: db, Name: name } };
  }
  if (g.columns) {
    const [db, name] = g.columns.table.split('.');
    return { TableWithColumns: { CatalogId: catalogId, DatabaseName: db, Name: name, ...(g.columns.names ? { ColumnNames: g.columns.names } : { ColumnWildcard: { ExcludedColumnNames: g.columns.excluded ?? [] } }) } };
  }
  if (g.location) return { DataLocation: { CatalogId: catalogId, ResourceArn: g.location } };
  if (g.lfTagPolicy) return { LFTagPolicy: { CatalogId: catalogId, ResourceType: g.lfTagPolicy.resourceType, Expression: Object.entries(g.lfTagPolicy.expression).map(([TagKey, TagValues]) => ({ TagKey, TagValues })) } };
  return {};
}

/** Grants Lake Formation lists for tables created under IAM-only defaults: ALL to IAM_ALLOWED_PRINCIPALS. */
function implicitGrants(ctx: FakeContext): FakeLfGrant[] {
  return (glue(ctx).databases ?? []).flatMap((d) =>
    (d.tables ?? []).filter((t) => !t.target && (t.iamAllowed ?? d.iamAllowedDefaults !== false)).map((t) => ({ principal: 'IAM_ALLOWED_PRINCIPALS', table: `${d.name}.${t.name}`, permissions: ['ALL'] })),
  );
}

export const lakeformationFake: ServiceFake = {
  service: 'lakeformation',
  client: LakeFormationClient,
  commands: { GetDataLakeSettingsCommand, ListPermissionsCommand, ListLFTagsCommand, GetResourceLFTagsCommand, ListDataCellsFilterCommand, ListResourcesCommand },
  handlers: {
    GetDataLakeSettings: (_input, ctx) => {
      const s = spec(ctx).settings ?? {};
      return {
        DataLakeSettings: {
          DataLakeAdmins: (s.admins ?? []).map(principal),
          ReadOnlyAdmins: (s.readOnlyAdmins ?? []).map(principal),
          CreateDatabaseDefaultPermissions: defaults(s.createDatabaseDefaultPermissions ?? IAM_DEFAULT),
          CreateTableDefaultPermissions: defaults(s.createTableDefaultPermissions ?? IAM_DEFAULT),
          TrustedResourceOwners: s.trustedResourceOwners ?? [],
          AllowExternalDataFiltering: s.allowExternalDataFiltering ?? false,
          AllowFullTableExternalDataAccess: s.allowFullTableExternalDataAccess ?? false,
          ExternalDataFilteringAllowList: (s.externalDataFilteringAllowList ?? []).map(principal),
          Parameters: { CROSS_ACCOUNT_VERSION: '4' },
        },
      };
    },
    ListPermissions: (input, ctx) => {
      const p = paged([...implicitGrants(ctx), ...(spec(ctx).grants ?? [])], input, 'grants');
      return {
        PrincipalResourcePermissions: p.items.map((g) => ({
          Principal: principal(g.principal), Resource: resourceOf(g, ctx.accountId), Permissions: g.permissions, PermissionsWithGrantOption: g.grantable ?? [],
          ...(g.resourceShare ? { AdditionalDetails: { ResourceShare: [g.resourceShare] } } : {}),
        })),
        NextToken: p.next,
      };
    },
    ListLFTags: (input, ctx) => {
      const p = paged(Object.entries(spec(ctx).lfTags ?? {}), input, 'lftags');
      return { LFTags: p.items.map(([TagKey, TagValues]) => ({ CatalogId: ctx.accountId, TagKey, TagValues })), NextToken: p.next };
    },
    GetResourceLFTags: (input, ctx) => {
      const resource = input.Resource as { Database?: { Name?: string }; Table?: { DatabaseName?: string; Name?: string } } | undefined;
      const assigned = spec(ctx).assigned ?? {};
      const dbName = resource?.Database?.Name ?? resource?.Table?.DatabaseName;
      const db = (glue(ctx).databases ?? []).find((d) => d.name === dbName);
      if (!db) throw awsError('EntityNotFoundException', `Database ${String(dbName)} not found`);
      const dbTags = pairs(assigned.databases?.[db.name], ctx.accountId);
      if (!resource?.Table) return { LFTagOnDatabase: dbTags };
      const table = (db.tables ?? []).find((t) => t.name === resource.Table?.Name);
      if (!table) throw awsError('EntityNotFoundException', `Table ${db.name}.${String(resource.Table.Name)} not found`);
      const key = `${db.name}.${table.name}`;
      const own = assigned.tables?.[key];
      // Without ShowAssignedLFTags the service reports inherited tags too; with it, only what is assigned here.
      const tableTags = input.ShowAssignedLFTags === true ? own : { ...assigned.databases?.[db.name], ...own };
      const columns = Object.entries(assigned.columns?.[key] ?? {}).map(([Name, tags]) => ({ Name, LFTags: pairs(input.ShowAssignedLFTags === true ? tags : { ...tableTags, ...tags }, ctx.accountId) }));
      return { LFTagOnDatabase: dbTags, LFTagsOnTable: pairs(tableTags, ctx.accountId), LFTagsOnColumns: columns };
    },
    ListDataCellsFilter: (input, ctx) => {
      const p = paged(spec(ctx).cellFilters ?? [], input, 'filters');
      return {
        DataCellsFilters: p.items.map((f) => ({
          TableCatalogId: ctx.accountId, DatabaseName: f.database, TableName: f.table, Name: f.name,
          RowFilter: f.allRows ? { AllRowsWildcard: {} } : { FilterExpression: f.rowFilter ?? 'true' },
          ...(f.columns ? { ColumnNames: f.columns } : { ColumnWildcard: { ExcludedColumnNames: f.excludedColumns ?? [] } }),
        })),
        NextToken: p.next,
      };
    },
    ListResources: (input, ctx) => {
      const p = paged(spec(ctx).resources ?? [], input, 'resources');
      return {
        ResourceInfoList: p.items.map((r) => ({ ResourceArn: r.arn, RoleArn: r.roleArn, LastModified: new Date('2025-05-20T10:00:00Z'), HybridAccessEnabled: r.hybrid ?? false, WithFederation: false })),
        NextToken: p.next,
      };
    },
  },
};

export const lakeformationFakes: readonly ServiceFake[] = [lakeformationFake];
