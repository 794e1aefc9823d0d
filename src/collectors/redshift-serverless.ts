/**
 * Redshift Serverless: workgroups (compute and network), namespaces (storage, encryption, admin, logs) and
 * snapshot copy configurations. The API is camelCase; it is normalized here to our inventory types.
 */
import {
  ListNamespacesCommand,
  ListSnapshotCopyConfigurationsCommand,
  ListTagsForResourceCommand,
  ListWorkgroupsCommand,
  RedshiftServerlessClient,
  type ListNamespacesResponse,
  type ListSnapshotCopyConfigurationsResponse,
  type ListTagsForResourceResponse,
  type ListWorkgroupsResponse,
  type Namespace,
  type Workgroup,
} from '@aws-sdk/client-redshift-serverless';
import { SERVERLESS_AWS_OWNED_KEY, serverlessRoleArn, type RedshiftServerlessNamespace, type RedshiftServerlessWorkgroup } from '../inventory/redshift.js';
import { markUnknown, tagRecord } from './common.js';
import { createLimiter } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/**
 * maxResults at the API maximum (1..100) with nextToken.
 * https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_ListWorkgroups.html
 */
const PAGE = { workgroups: 100, namespaces: 100, snapshotCopies: 100 } as const;

/** Redshift Serverless' default port. */
const DEFAULT_PORT = 5439;

export const redshiftServerlessCollector: Collector = {
  service: 'redshiftserverless',
  phase: 'primary',
  produces: ['redshiftserverless.workgroup', 'redshiftserverless.namespace'],
  actions: [
    'redshift-serverless:ListWorkgroups',
    'redshift-serverless:ListNamespaces',
    'redshift-serverless:ListSnapshotCopyConfigurations',
    'redshift-serverless:ListTagsForResource',
  ],
  async collect(ctx) {
    const rs = ctx.client(RedshiftServerlessClient);
    const limit = createLimiter(COLLECTION_LIMITS.perResource);
    const tagReads: Promise<void>[] = [];
    const tagsOf = (r: RedshiftServerlessWorkgroup | RedshiftServerlessNamespace) => tagReads.push(limit(() => readTags(ctx, rs, r)));
    const copies = snapshotCopies(ctx, rs);
    const namespaces: RedshiftServerlessNamespace[] = [];
    await Promise.all([
      (async () => {
        for await (const page of ctx.pages(rs, (token) => new ListWorkgroupsCommand({ nextToken: token, maxResults: PAGE.workgroups }), (o: ListWorkgroupsResponse) => ({ items: o.workgroups, next: o.nextToken }), { lists: 'redshiftserverless.workgroup' })) {
          for (const w of page) if (w.workgroupName) tagsOf(ctx.emit<'redshiftserverless.workgroup'>(workgroup(ctx, w, w.workgroupName)));
        }
      })(),
      (async () => {
        for await (const page of ctx.pages(rs, (token) => new ListNamespacesCommand({ nextToken: token, maxResults: PAGE.namespaces }), (o: ListNamespacesResponse) => ({ items: o.namespaces, next: o.nextToken }), { lists: 'redshiftserverless.namespace' })) {
          for (const n of page) {
            if (!n.namespaceName) continue;
            const ns = ctx.emit<'redshiftserverless.namespace'>(namespace(ctx, n, n.namespaceName));
            namespaces.push(ns);
            tagsOf(ns);
          }
        }
      })(),
    ]);
    const copied = await copies;
    for (const ns of namespaces) {
      if (copied.ok) ns.snapshotCopies = copied.byNamespace.get(ns.name) ?? [];
      else markUnknown(ns, ['snapshotCopies'], copied.reason);
    }
    await Promise.all(tagReads);
  },
};

function workgroup(ctx: CollectorContext, w: Workgroup, name: string): Omit<RedshiftServerlessWorkgroup, 'classification'> {
  const config: Record<string, string> = {};
  for (const p of w.configParameters ?? []) if (p.parameterKey) config[p.parameterKey] = p.parameterValue ?? '';
  const vpcId = w.endpoint?.vpcEndpoints?.find((e) => e.vpcId)?.vpcId;
  return {
    kind: 'redshiftserverless.workgroup',
    arn: w.workgroupArn ?? ctx.arn('redshiftserverless.workgroup', { id: w.workgroupId ?? name }),
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    workgroupId: w.workgroupId,
    namespaceName: w.namespaceName,
    status: w.status,
    publiclyAccessible: w.publiclyAccessible,
    enhancedVpcRouting: w.enhancedVpcRouting,
    configParameters: config,
    baseCapacity: w.baseCapacity,
    endpointAddress: w.endpoint?.address,
    network: { ...(vpcId ? { vpcId } : {}), subnetIds: w.subnetIds ?? [], securityGroupIds: w.securityGroupIds ?? [], port: w.port ?? w.endpoint?.port ?? DEFAULT_PORT },
  };
}

function namespace(ctx: CollectorContext, n: Namespace, name: string): Omit<RedshiftServerlessNamespace, 'classification'> {
  const roles = (n.iamRoles ?? []).map(serverlessRoleArn).filter((r): r is string => Boolean(r));
  const roleRefs = [...new Set([...roles, ...(n.defaultIamRoleArn ? [n.defaultIamRoleArn] : [])])];
  const customerKey = n.kmsKeyId && n.kmsKeyId !== SERVERLESS_AWS_OWNED_KEY ? n.kmsKeyId : undefined;
  return {
    kind: 'redshiftserverless.namespace',
    arn: n.namespaceArn ?? ctx.arn('redshiftserverless.namespace', { id: n.namespaceId ?? name }),
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    namespaceId: n.namespaceId,
    status: n.status,
    // No kmsKeyId at all means the AWS owned key too.
    kmsKeyId: n.kmsKeyId ?? SERVERLESS_AWS_OWNED_KEY,
    adminUsername: n.adminUsername,
    adminPasswordSecretArn: n.adminPasswordSecretArn,
    logExports: n.logExports ?? [],
    iamRoles: roles,
    defaultIamRoleArn: n.defaultIamRoleArn,
    ...(customerKey ? { kmsKeyRefs: [customerKey] } : {}),
    ...(roleRefs.length > 0 ? { iamRoleRefs: roleRefs } : {}),
  };
}

async function readTags(ctx: CollectorContext, rs: RedshiftServerlessClient, r: RedshiftServerlessWorkgroup | RedshiftServerlessNamespace): Promise<void> {
  const out = await ctx.send<ListTagsForResourceResponse>(rs, new ListTagsForResourceCommand({ resourceArn: r.arn }), { resourceArn: r.arn });
  if (out.ok) r.tags = tagRecord(out.value?.tags);
  else markUnknown(r, ['tags'], out.reason);
}

/** Every snapshot copy configuration of the region, by namespace name. */
async function snapshotCopies(
  ctx: CollectorContext,
  rs: RedshiftServerlessClient,
): Promise<{ ok: true; byNamespace: Map<string, { destinationRegion?: string; retentionDays?: number }[]> } | { ok: false; reason: string }> {
  const read = await ctx.all(
    rs,
    (token) => new ListSnapshotCopyConfigurationsCommand({ nextToken: token, maxResults: PAGE.snapshotCopies }),
    (o: ListSnapshotCopyConfigurationsResponse) => ({ items: o.snapshotCopyConfigurations, next: o.nextToken }),
  );
  if (!read.ok) return read;
  const byNamespace = new Map<string, { destinationRegion?: string; retentionDays?: number }[]>();
  for (const c of read.items) {
    if (!c.namespaceName) continue;
    const entry = { ...(c.destinationRegion ? { destinationRegion: c.destinationRegion } : {}), ...(c.snapshotRetentionPeriod !== undefined ? { retentionDays: c.snapshotRetentionPeriod } : {}) };
    byNamespace.set(c.namespaceName, [...(byNamespace.get(c.namespaceName) ?? []), entry]);
  }
  return { ok: true, byNamespace };
}

export const redshiftserverlessCollectors: readonly Collector[] = [redshiftServerlessCollector];
