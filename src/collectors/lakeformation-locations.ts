/**
 * The S3 locations catalog tables read from, each judged registered with Lake Formation or not. Tables under
 * a registered location are grouped under it; tables under no registered location are grouped by bucket.
 */
import type { ResourceInfo } from '@aws-sdk/client-lakeformation';
import type { GlueTable } from '../inventory/glue.js';
import { rollUp } from './lakeformation-tags.js';
import type { CollectorContext } from './types.js';

/** `arn:aws:s3:::bucket/prefix` -> `s3://bucket/prefix` (no trailing slash). */
export function s3Path(arn: string): string | undefined {
  const m = /^arn:[^:]+:s3:::(.+)$/.exec(arn);
  return m?.[1] ? `s3://${m[1].replace(/\/+$/, '')}` : undefined;
}

/** `s3a://bucket/x/` -> `s3://bucket/x`. */
function normalize(location: string): string | undefined {
  const m = /^s3[an]?:\/\/(.+)$/i.exec(location);
  return m?.[1] ? `s3://${m[1].replace(/\/+$/, '')}` : undefined;
}

const covers = (prefix: string, path: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

export function emitLocations(
  ctx: CollectorContext,
  tables: readonly GlueTable[],
  registered: { ok: boolean; items: ResourceInfo[] },
): void {
  // Without the full list of registered locations, "not registered" cannot be told.
  if (!registered.ok) return;
  const known = registered.items
    .map((r) => ({ info: r, path: r.ResourceArn ? s3Path(r.ResourceArn) : undefined }))
    .filter((r): r is { info: ResourceInfo; path: string } => r.path !== undefined)
    .sort((a, b) => b.path.length - a.path.length);
  const groups = new Map<string, { path: string; info?: ResourceInfo; tables: GlueTable[] }>();
  for (const r of known) groups.set(r.path, { path: r.path, info: r.info, tables: [] });
  for (const table of tables) {
    const path = table.location ? normalize(table.location) : undefined;
    if (!path || table.targetTable) continue;
    const hit = known.find((r) => covers(r.path, path));
    const key = hit ? hit.path : `s3://${path.slice('s3://'.length).split('/')[0]}`;
    const group = groups.get(key) ?? { path: key, tables: [] };
    group.tables.push(table);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const location = ctx.emit<'lakeformation.location'>({
      kind: 'lakeformation.location', arn: ctx.arn('lakeformation.location', { path: group.path.slice('s3://'.length) }), name: group.path, region: ctx.region, accountId: ctx.accountId,
      location: group.path, registered: group.info !== undefined, tables: group.tables.map((t) => `${t.databaseName}.${t.tableName}`).sort(),
      lfTags: rollUp({}, group.tables.map((t) => t.lfTags ?? {}), ctx.classification),
    });
    if (group.info?.ResourceArn) location.registeredAs = group.info.ResourceArn;
    if (group.info?.RoleArn) location.roleArn = group.info.RoleArn;
    if (group.info?.HybridAccessEnabled !== undefined) location.hybridAccessEnabled = group.info.HybridAccessEnabled;
  }
}
