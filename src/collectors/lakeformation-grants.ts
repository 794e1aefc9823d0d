/**
 * Lake Formation grants: attached to the databases and tables they apply to, and emitted as resources when
 * they reach principals outside the scanned account (other accounts, organizations, OUs).
 */
import type { PrincipalResourcePermissions, Resource as LfResource } from '@aws-sdk/client-lakeformation';
import type { GlueDatabase, GlueTable, LfGrant } from '../inventory/glue.js';
import type { LakeFormationPermission } from '../inventory/lakeformation.js';
import type { CollectorContext } from './types.js';

/** Initializes `lfGrants` on every database and table, then adds each grant where it applies. */
export function attachGrants(ctx: CollectorContext, grants: readonly PrincipalResourcePermissions[], databases: GlueDatabase[], tables: GlueTable[]): void {
  const dbs = new Map(databases.map((d) => [d.databaseName, d]));
  const byTable = new Map(tables.map((t) => [`${t.databaseName}.${t.tableName}`, t]));
  const tablesOf = new Map<string, GlueTable[]>();
  for (const t of tables) tablesOf.set(t.databaseName, [...(tablesOf.get(t.databaseName) ?? []), t]);
  for (const r of [...databases, ...tables]) r.lfGrants = [];
  const own = (catalogId: string | undefined) => catalogId === undefined || catalogId === ctx.accountId;
  for (const g of grants) {
    const principal = g.Principal?.DataLakePrincipalIdentifier;
    const r = g.Resource;
    if (!principal || !r) continue;
    const grant = (on: LfGrant['on']): LfGrant => ({ principal, permissions: [...(g.Permissions ?? [])], on });
    if (r.Database?.Name && own(r.Database.CatalogId)) dbs.get(r.Database.Name)?.lfGrants?.push(grant('database'));
    if (r.Table?.DatabaseName && own(r.Table.CatalogId)) {
      if (r.Table.TableWildcard !== undefined) for (const t of tablesOf.get(r.Table.DatabaseName) ?? []) t.lfGrants?.push(grant('table-wildcard'));
      else if (r.Table.Name) byTable.get(`${r.Table.DatabaseName}.${r.Table.Name}`)?.lfGrants?.push(grant('table'));
    }
    if (r.TableWithColumns?.DatabaseName && r.TableWithColumns.Name && own(r.TableWithColumns.CatalogId)) {
      byTable.get(`${r.TableWithColumns.DatabaseName}.${r.TableWithColumns.Name}`)?.lfGrants?.push(grant('columns'));
    }
  }
}

/** What kind of principal a DataLakePrincipalIdentifier names, and its account when it has one. */
export function principalKind(principal: string): { type: string; account?: string } {
  if (/^\d{12}$/.test(principal)) return { type: 'account', account: principal };
  const iamPrincipals = /^(\d{12}):IAMPrincipals$/.exec(principal);
  if (iamPrincipals) return { type: 'iam', account: iamPrincipals[1] };
  const org = /^arn:[^:]+:organizations::(\d{12}):(organization|ou)\//.exec(principal);
  if (org) return { type: org[2] === 'ou' ? 'organizational-unit' : 'organization' };
  const saml = /^arn:[^:]+:iam::(\d{12}):saml-provider\//.exec(principal);
  if (saml) return { type: 'saml', account: saml[1] };
  const iam = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal);
  if (iam) return { type: 'iam', account: iam[1] };
  const other = /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(principal);
  if (other) return { type: 'other', account: other[1] };
  return { type: 'other' };
}

/** A short description of what a grant is on, e.g. `table sales.orders`. */
export function describeResource(r: LfResource): string {
  if (r.Catalog) return 'catalog';
  if (r.Database) return `database ${r.Database.Name ?? ''}`;
  if (r.Table) return `table ${r.Table.DatabaseName ?? ''}.${r.Table.TableWildcard !== undefined ? '*' : (r.Table.Name ?? '')}`;
  if (r.TableWithColumns) {
    const t = r.TableWithColumns;
    const columns = t.ColumnWildcard ? `all columns${t.ColumnWildcard.ExcludedColumnNames?.length ? ` except ${t.ColumnWildcard.ExcludedColumnNames.join(', ')}` : ''}` : (t.ColumnNames ?? []).join(', ');
    return `columns ${t.DatabaseName ?? ''}.${t.Name ?? ''} (${columns})`;
  }
  if (r.DataLocation) return `location ${r.DataLocation.ResourceArn ?? ''}`;
  if (r.DataCellsFilter) return `data-cells-filter ${r.DataCellsFilter.DatabaseName ?? ''}.${r.DataCellsFilter.TableName ?? ''}/${r.DataCellsFilter.Name ?? ''}`;
  if (r.LFTag) return `lf-tag ${r.LFTag.TagKey ?? ''}=${(r.LFTag.TagValues ?? []).join('|')}`;
  if (r.LFTagPolicy) return `lf-tag-policy ${r.LFTagPolicy.ResourceType ?? ''} ${(r.LFTagPolicy.Expression ?? []).map((e) => `${e.TagKey ?? ''}=${(e.TagValues ?? []).join('|')}`).join(' AND ') || (r.LFTagPolicy.ExpressionName ?? '')}`;
  if (r.LFTagExpression) return `lf-tag-expression ${r.LFTagExpression.Name ?? ''}`;
  return 'unknown resource';
}

/** Emits one `lakeformation.permission` per (outside principal, resource), merging repeated grants. */
export function emitForeignGrants(ctx: CollectorContext, grants: readonly PrincipalResourcePermissions[]): void {
  const emitted = new Map<string, LakeFormationPermission>();
  for (const g of grants) {
    const principal = g.Principal?.DataLakePrincipalIdentifier;
    if (!principal || !g.Resource) continue;
    const kind = principalKind(principal);
    const foreign = kind.type === 'organization' || kind.type === 'organizational-unit' || (kind.account !== undefined && kind.account !== ctx.accountId);
    if (!foreign) continue;
    const description = describeResource(g.Resource);
    const arn = ctx.arn('lakeformation.permission', { grant: `${principal}/${description.replace(/\s+/g, '/')}` });
    const existing = emitted.get(arn);
    if (existing) {
      existing.permissions = [...new Set([...existing.permissions, ...(g.Permissions ?? [])])].sort();
      existing.permissionsWithGrantOption = [...new Set([...existing.permissionsWithGrantOption, ...(g.PermissionsWithGrantOption ?? [])])].sort();
      continue;
    }
    const permission = ctx.emit<'lakeformation.permission'>({
      kind: 'lakeformation.permission', arn, name: `${principal} on ${description}`, region: ctx.region, accountId: ctx.accountId,
      principal, principalType: kind.type, resourceDescription: description,
      permissions: [...(g.Permissions ?? [])].sort(), permissionsWithGrantOption: [...(g.PermissionsWithGrantOption ?? [])].sort(),
    });
    if (kind.account) permission.principalAccount = kind.account;
    if (g.AdditionalDetails?.ResourceShare?.length) permission.resourceShares = [...g.AdditionalDetails.ResourceShare];
    emitted.set(arn, permission);
  }
}
