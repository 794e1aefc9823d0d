/**
 * Redshift provisioned: clusters with their logging status, the parameters of each attached parameter
 * group (engine defaults included), subnet groups for network placement, and datashares this account produces.
 */
import {
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeClusterSubnetGroupsCommand,
  DescribeDataSharesCommand,
  DescribeLoggingStatusCommand,
  RedshiftClient,
  type Cluster,
  type ClusterParameterGroupDetails,
  type ClustersMessage,
  type ClusterSubnetGroupMessage,
  type DescribeDataSharesResult,
  type LoggingStatus,
  type Parameter,
} from '@aws-sdk/client-redshift';
import type { RedshiftCluster, RedshiftParameter } from '../inventory/redshift.js';
import { markUnknown, tagRecord } from './common.js';
import { createLimiter, forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/**
 * Page sizes at the API maximum (MaxRecords 20..100, default 100).
 * https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusters.html
 */
const PAGE = { clusters: 100, parameters: 100, subnetGroups: 100, dataShares: 100 } as const;

/** Redshift's default port, used when a cluster reports no endpoint yet (creating, paused). */
const DEFAULT_PORT = 5439;

const LOGGING_FIELDS = ['logging'] as const;
const PARAMETER_FIELDS = ['parameters', 'queryMonitoringRules'] as const;

export const redshiftCollector: Collector = {
  service: 'redshift',
  phase: 'primary',
  produces: ['redshift.cluster', 'redshift.datashare'],
  actions: [
    'redshift:DescribeClusters',
    'redshift:DescribeLoggingStatus',
    'redshift:DescribeClusterParameters',
    'redshift:DescribeClusterSubnetGroups',
    'redshift:DescribeDataShares',
  ],
  async collect(ctx) {
    const redshift = ctx.client(RedshiftClient);
    const [{ clusters, logging }] = await Promise.all([collectClusters(ctx, redshift), collectDatashares(ctx, redshift)]);
    // Subnet groups and parameter groups are read while the per-cluster logging calls are still in flight.
    await Promise.all([logging, fillSubnets(ctx, redshift, clusters), fillParameters(ctx, redshift, clusters)]);
  },
};

/** Every cluster, emitted as listed; `logging` settles when each cluster's DescribeLoggingStatus has. */
async function collectClusters(ctx: CollectorContext, redshift: RedshiftClient): Promise<{ clusters: RedshiftCluster[]; logging: Promise<unknown> }> {
  const clusters: RedshiftCluster[] = [];
  const logging: Promise<void>[] = [];
  const limit = createLimiter(COLLECTION_LIMITS.perResource);
  const pages = ctx.pages(
    redshift,
    (token) => new DescribeClustersCommand({ Marker: token, MaxRecords: PAGE.clusters }),
    (o: ClustersMessage) => ({ items: o.Clusters, next: o.Marker }),
    { lists: 'redshift.cluster' },
  );
  for await (const page of pages) {
    for (const c of page) {
      if (!c.ClusterIdentifier) continue;
      // DescribeClusters carries the whole description, so the cluster is emitted already filled.
      const cluster = ctx.emit<'redshift.cluster'>(fromDescription(ctx, c, c.ClusterIdentifier));
      clusters.push(cluster);
      logging.push(limit(() => readLogging(ctx, redshift, cluster)));
    }
  }
  return { clusters, logging: Promise.all(logging) };
}

function fromDescription(ctx: CollectorContext, c: Cluster, id: string): Omit<RedshiftCluster, 'classification'> {
  const roles = (c.IamRoles ?? []).map((r) => r.IamRoleArn).filter((a): a is string => Boolean(a));
  const roleRefs = [...new Set([...roles, ...(c.DefaultIamRoleArn ? [c.DefaultIamRoleArn] : [])])];
  const groups = (c.VpcSecurityGroups ?? []).filter((g) => g.Status !== 'removing').map((g) => g.VpcSecurityGroupId).filter((g): g is string => Boolean(g));
  const paramGroup = c.ClusterParameterGroups?.[0];
  const statusList: Record<string, string> = {};
  for (const s of paramGroup?.ClusterParameterStatusList ?? []) if (s.ParameterName && s.ParameterApplyStatus) statusList[s.ParameterName] = s.ParameterApplyStatus;
  const copy = c.ClusterSnapshotCopyStatus;
  return {
    kind: 'redshift.cluster',
    arn: ctx.arn('redshift.cluster', { name: id }),
    name: id,
    region: ctx.region,
    accountId: ctx.accountId,
    tags: tagRecord(c.Tags),
    clusterIdentifier: id,
    status: c.ClusterStatus,
    nodeType: c.NodeType,
    numberOfNodes: c.NumberOfNodes,
    clusterVersion: c.ClusterVersion,
    namespaceArn: c.ClusterNamespaceArn,
    publiclyAccessible: c.PubliclyAccessible,
    enhancedVpcRouting: c.EnhancedVpcRouting,
    encrypted: c.Encrypted,
    kmsKeyId: c.KmsKeyId,
    masterUsername: c.MasterUsername,
    masterPasswordSecretArn: c.MasterPasswordSecretArn,
    iamRoles: roles,
    defaultIamRoleArn: c.DefaultIamRoleArn,
    automatedSnapshotRetentionDays: c.AutomatedSnapshotRetentionPeriod,
    snapshotCopy: copy ? { destinationRegion: copy.DestinationRegion, retentionDays: copy.RetentionPeriod, grantName: copy.SnapshotCopyGrantName } : null,
    multiAz: c.MultiAZ,
    allowVersionUpgrade: c.AllowVersionUpgrade,
    subnetGroupName: c.ClusterSubnetGroupName,
    availabilityZone: c.AvailabilityZone,
    parameterGroupName: paramGroup?.ParameterGroupName,
    parameterGroupApplyStatus: paramGroup?.ParameterApplyStatus,
    parameterApplyStatus: statusList,
    network: { vpcId: c.VpcId, securityGroupIds: groups, port: c.Endpoint?.Port ?? DEFAULT_PORT },
    ...(c.KmsKeyId ? { kmsKeyRefs: [c.KmsKeyId] } : {}),
    ...(roleRefs.length > 0 ? { iamRoleRefs: roleRefs } : {}),
  };
}

async function readLogging(ctx: CollectorContext, redshift: RedshiftClient, cluster: RedshiftCluster): Promise<void> {
  const out = await ctx.send<LoggingStatus>(redshift, new DescribeLoggingStatusCommand({ ClusterIdentifier: cluster.clusterIdentifier }), { resourceArn: cluster.arn });
  if (!out.ok) return markUnknown(cluster, LOGGING_FIELDS, out.reason);
  const s = out.value;
  if (s?.LoggingEnabled === undefined) return markUnknown(cluster, LOGGING_FIELDS, 'DescribeLoggingStatus returned no LoggingEnabled');
  cluster.logging = {
    enabled: s.LoggingEnabled,
    ...(s.LogDestinationType ? { destination: s.LogDestinationType } : {}),
    ...(s.BucketName ? { bucketName: s.BucketName } : {}),
    logExports: s.LogExports ?? [],
    ...(s.LastFailureMessage ? { lastFailureMessage: s.LastFailureMessage } : {}),
  };
}

/** Subnet ids from each cluster's subnet group: one listing per region, only groups in use are applied. */
async function fillSubnets(ctx: CollectorContext, redshift: RedshiftClient, clusters: RedshiftCluster[]): Promise<void> {
  const inUse = clusters.filter((c) => c.subnetGroupName);
  if (inUse.length === 0) return;
  const read = await ctx.all(
    redshift,
    (token) => new DescribeClusterSubnetGroupsCommand({ Marker: token, MaxRecords: PAGE.subnetGroups }),
    (o: ClusterSubnetGroupMessage) => ({ items: o.ClusterSubnetGroups, next: o.Marker }),
  );
  const byName = new Map(read.items.filter((g) => g.ClusterSubnetGroupName).map((g) => [g.ClusterSubnetGroupName!, g]));
  for (const cluster of inUse) {
    const group = byName.get(cluster.subnetGroupName!);
    const network = (cluster.network ??= {});
    if (group) {
      network.subnetIds = (group.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s));
      network.vpcId ??= group.VpcId;
    } else {
      markUnknown(cluster, ['network.subnetIds'], read.ok ? `subnet group ${cluster.subnetGroupName} was not in DescribeClusterSubnetGroups` : read.reason);
    }
  }
}

/** Each attached parameter group is read once per region, with every page and the engine defaults. */
async function fillParameters(ctx: CollectorContext, redshift: RedshiftClient, clusters: RedshiftCluster[]): Promise<void> {
  const byGroup = new Map<string, RedshiftCluster[]>();
  for (const c of clusters) {
    if (c.parameterGroupName) byGroup.set(c.parameterGroupName, [...(byGroup.get(c.parameterGroupName) ?? []), c]);
    else markUnknown(c, PARAMETER_FIELDS, 'DescribeClusters listed no parameter group for the cluster');
  }
  await forEachLimit([...byGroup.keys()].sort(), COLLECTION_LIMITS.perResource, async (group) => {
    const users = byGroup.get(group) ?? [];
    const read = await ctx.all(
      redshift,
      // No Source filter: engine-default and user parameters both come back, each with its Source.
      (token) => new DescribeClusterParametersCommand({ ParameterGroupName: group, Marker: token, MaxRecords: PAGE.parameters }),
      (o: ClusterParameterGroupDetails) => ({ items: o.Parameters, next: o.Marker }),
      { resourceArn: ctx.arn('redshift.cluster', { name: group }, 'parameterGroup') },
    );
    if (!read.ok) {
      for (const c of users) markUnknown(c, PARAMETER_FIELDS, read.reason);
      return;
    }
    const parameters = toParameters(read.items);
    const rules = wlmRules(parameters.wlm_json_configuration?.value);
    for (const c of users) {
      c.parameters = parameters;
      if (rules.ok) c.queryMonitoringRules = rules.names;
      else markUnknown(c, ['queryMonitoringRules'], rules.reason);
    }
    if (!rules.ok) {
      ctx.recordError({
        operation: 'DescribeClusterParameters', action: 'redshift:DescribeClusterParameters', code: 'InvalidWlmConfiguration', message: rules.reason, kind: 'invalid-response',
        resourceArn: ctx.arn('redshift.cluster', { name: group }, 'parameterGroup'),
      });
    }
  });
}

function toParameters(items: readonly Parameter[]): Record<string, RedshiftParameter> {
  const out: Record<string, RedshiftParameter> = {};
  for (const p of items) {
    if (!p.ParameterName) continue;
    out[p.ParameterName] = { ...(p.ParameterValue !== undefined ? { value: p.ParameterValue } : {}), ...(p.Source ? { source: p.Source } : {}), ...(p.ApplyType ? { applyType: p.ApplyType } : {}) };
  }
  return out;
}

/** Query monitoring rule names from wlm_json_configuration (manual or automatic WLM queues). */
export function wlmRules(json: string | undefined): { ok: true; names: string[] } | { ok: false; reason: string } {
  if (json === undefined || json.trim() === '') return { ok: true, names: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `wlm_json_configuration is not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(parsed)) return { ok: false, reason: 'wlm_json_configuration is not a JSON array of queues' };
  const names: string[] = [];
  for (const queue of parsed as unknown[]) {
    const rules = queue && typeof queue === 'object' ? (queue as { rules?: unknown }).rules : undefined;
    if (!Array.isArray(rules)) continue;
    for (const rule of rules as unknown[]) {
      const name = rule && typeof rule === 'object' ? (rule as { rule_name?: unknown }).rule_name : undefined;
      names.push(typeof name === 'string' ? name : '(unnamed rule)');
    }
  }
  return { ok: true, names };
}

/** Datashares this account produces in this region, with their consumers; shares consumed from elsewhere are not ours to judge. */
async function collectDatashares(ctx: CollectorContext, redshift: RedshiftClient): Promise<void> {
  const pages = ctx.pages(
    redshift,
    (token) => new DescribeDataSharesCommand({ Marker: token, MaxRecords: PAGE.dataShares }),
    (o: DescribeDataSharesResult) => ({ items: o.DataShares, next: o.Marker }),
    { lists: 'redshift.datashare' },
  );
  // A share produced and consumed in this account (or region) can be listed more than once.
  const seen = new Set<string>();
  for await (const page of pages) {
    for (const d of page) {
      if (!d.DataShareArn || seen.has(d.DataShareArn)) continue;
      const [, , , region, account, , resource = ''] = d.DataShareArn.split(':');
      // Shares produced elsewhere (another account, or this account's other regions) are judged where they are produced.
      if (account !== ctx.accountId || region !== ctx.region) continue;
      seen.add(d.DataShareArn);
      ctx.emit<'redshift.datashare'>({
        kind: 'redshift.datashare',
        arn: d.DataShareArn,
        name: resource.split('/').pop() ?? d.DataShareArn,
        region: ctx.region,
        accountId: ctx.accountId,
        producerArn: d.ProducerArn,
        allowPubliclyAccessibleConsumers: d.AllowPubliclyAccessibleConsumers,
        consumers: (d.DataShareAssociations ?? [])
          .filter((a) => a.ConsumerIdentifier)
          .map((a) => ({ consumerIdentifier: a.ConsumerIdentifier!, ...(a.Status ? { status: a.Status } : {}), ...(a.ConsumerRegion ? { consumerRegion: a.ConsumerRegion } : {}) })),
        managedBy: d.ManagedBy,
        dataShareType: d.DataShareType,
      });
    }
  }
}

export const redshiftCollectors: readonly Collector[] = [redshiftCollector];
