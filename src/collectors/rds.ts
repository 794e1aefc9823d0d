/**
 * Aurora: clusters (PostgreSQL and MySQL compatible), their instances, the parameters of each attached
 * cluster parameter group (engine defaults included), cluster snapshots with who may restore them, global
 * databases and RDS Proxies. Other engines DescribeDBClusters returns (Multi-AZ DB clusters of RDS for
 * MySQL/PostgreSQL, Neptune, DocumentDB share the API) are outside this scanner's matrix and skipped.
 */
import {
  DescribeDBClusterParametersCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBInstancesCommand,
  DescribeDBProxiesCommand,
  DescribeDBSubnetGroupsCommand,
  DescribeGlobalClustersCommand,
  RDSClient,
  type DBCluster,
  type DBClusterMessage,
  type DBClusterParameterGroupDetails,
  type DBClusterSnapshotMessage,
  type DBInstanceMessage,
  type DescribeDBClusterSnapshotAttributesResult,
  type DBSubnetGroupMessage,
  type DescribeDBProxiesResponse,
  type GlobalClustersMessage,
} from '@aws-sdk/client-rds';
import { AURORA_ENGINES, type RdsCluster, type RdsParameter } from '../inventory/rds.js';
import { iso, markUnknown, tagRecord } from './common.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/**
 * Page sizes at the API maximum (MaxRecords 20..100, default 100).
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html
 */
const PAGE = { clusters: 100, instances: 100, subnetGroups: 100, parameters: 100, snapshots: 100, globalClusters: 100, proxies: 100 } as const;

const AURORA = new Set<string>(AURORA_ENGINES);
const PARAMETER_FIELDS = ['parameters'] as const;

const regionOfArn = (arn: string): string | undefined => arn.split(':')[3];

export const rdsCollector: Collector = {
  service: 'rds',
  phase: 'primary',
  produces: ['rds.cluster', 'rds.instance', 'rds.cluster_snapshot', 'rds.proxy'],
  actions: [
    'rds:DescribeDBClusters',
    'rds:DescribeDBInstances',
    'rds:DescribeDBSubnetGroups',
    'rds:DescribeDBClusterParameters',
    'rds:DescribeDBClusterSnapshots',
    'rds:DescribeDBClusterSnapshotAttributes',
    'rds:DescribeGlobalClusters',
    'rds:DescribeDBProxies',
  ],
  async collect(ctx) {
    const rds = ctx.client(RDSClient);
    const clusters = await collectClusters(ctx, rds);
    // Snapshots outlive their clusters (a public snapshot of a deleted cluster still exposes its data),
    // so they and the proxies are read whatever the cluster listing found.
    await Promise.all([
      clusters.length > 0 ? collectInstances(ctx, rds, clusters).then((unplaced) => fillSubnetGroups(ctx, rds, unplaced)) : undefined,
      fillParameters(ctx, rds, clusters),
      fillGlobalClusters(ctx, rds, clusters),
      collectSnapshots(ctx, rds, clusters),
      collectProxies(ctx, rds),
    ]);
  },
};

async function collectClusters(ctx: CollectorContext, rds: RDSClient): Promise<RdsCluster[]> {
  const clusters: RdsCluster[] = [];
  const pages = ctx.pages(
    rds,
    (token) => new DescribeDBClustersCommand({ Marker: token, MaxRecords: PAGE.clusters }),
    (o: DBClusterMessage) => ({ items: o.DBClusters, next: o.Marker }),
    { lists: 'rds.cluster' },
  );
  for await (const page of pages) {
    for (const c of page) {
      if (!c.DBClusterIdentifier || !c.Engine || !AURORA.has(c.Engine)) continue;
      clusters.push(ctx.emit<'rds.cluster'>(fromDescription(ctx, c, c.DBClusterIdentifier, c.Engine)));
    }
  }
  return clusters;
}

function fromDescription(ctx: CollectorContext, c: DBCluster, id: string, engine: string): Omit<RdsCluster, 'classification'> {
  const groups = (c.VpcSecurityGroups ?? []).filter((g) => g.Status !== 'removing').map((g) => g.VpcSecurityGroupId).filter((g): g is string => Boolean(g));
  const secret = c.MasterUserSecret?.SecretArn ? { arn: c.MasterUserSecret.SecretArn, status: c.MasterUserSecret.SecretStatus, kmsKeyId: c.MasterUserSecret.KmsKeyId } : null;
  const statuses = [...new Set((c.DBClusterMembers ?? []).map((m) => m.DBClusterParameterGroupStatus).filter((s): s is string => Boolean(s)))];
  // The storage key only: the master secret's key protects the secret, which carries it itself.
  const keys = [c.KmsKeyId].filter((k): k is string => Boolean(k));
  return {
    kind: 'rds.cluster',
    arn: c.DBClusterArn ?? ctx.arn('rds.cluster', { name: id }),
    name: id,
    region: ctx.region,
    accountId: ctx.accountId,
    tags: tagRecord(c.TagList),
    clusterIdentifier: id,
    engine,
    engineVersion: c.EngineVersion,
    status: c.Status,
    storageEncrypted: c.StorageEncrypted,
    kmsKeyId: c.KmsKeyId,
    masterUsername: c.MasterUsername,
    masterUserSecret: secret,
    iamDatabaseAuthenticationEnabled: c.IAMDatabaseAuthenticationEnabled,
    deletionProtection: c.DeletionProtection,
    backupRetentionPeriod: c.BackupRetentionPeriod,
    logExports: c.EnabledCloudwatchLogsExports ?? [],
    dbSubnetGroupName: c.DBSubnetGroup,
    parameterGroupName: c.DBClusterParameterGroup,
    // A member waiting for a reboot means a changed static parameter is not in effect there.
    parameterApplyStatus: statuses.find((s) => s !== 'in-sync') ?? statuses[0],
    members: (c.DBClusterMembers ?? []).filter((m) => m.DBInstanceIdentifier).map((m) => ({ instanceIdentifier: m.DBInstanceIdentifier!, writer: m.IsClusterWriter ?? false })),
    // Membership is known from the cluster; the member regions come from DescribeGlobalClusters.
    ...(c.GlobalClusterIdentifier ? {} : { globalCluster: null }),
    readReplicas: c.ReadReplicaIdentifiers ?? [],
    ...(c.ReplicationSourceIdentifier ? { replicationSource: c.ReplicationSourceIdentifier } : {}),
    network: { securityGroupIds: groups, ...(c.Port !== undefined ? { port: c.Port } : {}) },
    ...(keys.length > 0 ? { kmsKeyRefs: keys } : {}),
  };
}

/**
 * Instances of the collected clusters; the cluster takes its VPC and subnets from its members' DB subnet group.
 * Returns the clusters no instance placed (no members, or the listing failed), with why.
 */
async function collectInstances(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<{ cluster: RdsCluster; why: string }[]> {
  const byId = new Map(clusters.map((c) => [c.clusterIdentifier, c]));
  const read = await ctx.all(
    rds,
    (token) => new DescribeDBInstancesCommand({ Marker: token, MaxRecords: PAGE.instances }),
    (o: DBInstanceMessage) => ({ items: o.DBInstances, next: o.Marker }),
    { lists: 'rds.instance' },
  );
  const placed = new Set<string>();
  for (const i of read.items) {
    const cluster = i.DBClusterIdentifier ? byId.get(i.DBClusterIdentifier) : undefined;
    if (!cluster || !i.DBInstanceIdentifier) continue;
    const own = tagRecord(i.TagList);
    ctx.emit<'rds.instance'>({
      kind: 'rds.instance',
      arn: i.DBInstanceArn ?? ctx.arn('rds.instance', { name: i.DBInstanceIdentifier }),
      name: i.DBInstanceIdentifier,
      region: ctx.region,
      accountId: ctx.accountId,
      // An instance holds its cluster's data: it is classified by the cluster's tags unless it sets its own.
      tags: { ...(cluster.tags ?? {}), ...own },
      instanceIdentifier: i.DBInstanceIdentifier,
      clusterIdentifier: cluster.clusterIdentifier,
      engine: i.Engine,
      instanceClass: i.DBInstanceClass,
      status: i.DBInstanceStatus,
      publiclyAccessible: i.PubliclyAccessible,
      availabilityZone: i.AvailabilityZone,
      network: {
        ...(i.DBSubnetGroup?.VpcId ? { vpcId: i.DBSubnetGroup.VpcId } : {}),
        subnetIds: (i.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s)),
        securityGroupIds: (i.VpcSecurityGroups ?? []).filter((g) => g.Status !== 'removing').map((g) => g.VpcSecurityGroupId).filter((g): g is string => Boolean(g)),
        ...(i.Endpoint?.Port !== undefined ? { port: i.Endpoint.Port } : {}),
      },
    });
    const group = i.DBSubnetGroup;
    if (group?.Subnets && !placed.has(cluster.clusterIdentifier)) {
      placed.add(cluster.clusterIdentifier);
      cluster.network = {
        ...cluster.network,
        ...(group.VpcId ? { vpcId: group.VpcId } : {}),
        subnetIds: group.Subnets.map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s)),
      };
    }
  }
  return clusters
    .filter((c) => !placed.has(c.clusterIdentifier))
    .map((cluster) => ({ cluster, why: read.ok ? `the cluster has no instance to read DB subnet group ${cluster.dbSubnetGroupName ?? ''} from` : read.reason }));
}

/**
 * Subnets of clusters no instance placed (headless clusters, or a failed instance listing): each DB subnet
 * group they name is described once.
 */
async function fillSubnetGroups(ctx: CollectorContext, rds: RDSClient, unplaced: { cluster: RdsCluster; why: string }[]): Promise<void> {
  const byGroup = new Map<string, RdsCluster[]>();
  for (const { cluster, why } of unplaced) {
    if (cluster.dbSubnetGroupName) byGroup.set(cluster.dbSubnetGroupName, [...(byGroup.get(cluster.dbSubnetGroupName) ?? []), cluster]);
    else markUnknown(cluster, ['network.subnetIds'], `${why}, and DescribeDBClusters named no DB subnet group`);
  }
  await forEachLimit([...byGroup.keys()].sort(), COLLECTION_LIMITS.perResource, async (name) => {
    const read = await ctx.all(
      rds,
      (token) => new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: name, Marker: token, MaxRecords: PAGE.subnetGroups }),
      (o: DBSubnetGroupMessage) => ({ items: o.DBSubnetGroups, next: o.Marker }),
      { resourceArn: ctx.arn('rds.cluster', { name }, 'subnetGroup') },
    );
    const group = read.items.find((g) => g.DBSubnetGroupName === name);
    for (const cluster of byGroup.get(name) ?? []) {
      if (!group) {
        markUnknown(cluster, ['network.subnetIds'], read.ok ? `DescribeDBSubnetGroups did not return DB subnet group ${name}` : read.reason);
        continue;
      }
      cluster.network = {
        ...cluster.network,
        ...(group.VpcId ? { vpcId: group.VpcId } : {}),
        subnetIds: (group.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s)),
      };
    }
  });
}

/** Each attached cluster parameter group is read once per region, every page, engine defaults included. */
async function fillParameters(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<void> {
  const byGroup = new Map<string, RdsCluster[]>();
  for (const c of clusters) {
    if (c.parameterGroupName) byGroup.set(c.parameterGroupName, [...(byGroup.get(c.parameterGroupName) ?? []), c]);
    else markUnknown(c, PARAMETER_FIELDS, 'DescribeDBClusters listed no DBClusterParameterGroup for the cluster');
  }
  await forEachLimit([...byGroup.keys()].sort(), COLLECTION_LIMITS.perResource, async (group) => {
    const users = byGroup.get(group) ?? [];
    const read = await ctx.all(
      rds,
      // No Source filter: engine-default, system and user parameters all come back, each with its Source.
      (token) => new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: group, Marker: token, MaxRecords: PAGE.parameters }),
      (o: DBClusterParameterGroupDetails) => ({ items: o.Parameters, next: o.Marker }),
      { resourceArn: ctx.arn('rds.cluster', { name: group }, 'parameterGroup') },
    );
    if (!read.ok) {
      for (const c of users) markUnknown(c, PARAMETER_FIELDS, read.reason);
      return;
    }
    const parameters: Record<string, RdsParameter> = {};
    for (const p of read.items) {
      if (!p.ParameterName) continue;
      parameters[p.ParameterName] = { ...(p.ParameterValue !== undefined ? { value: p.ParameterValue } : {}), ...(p.Source ? { source: p.Source } : {}), ...(p.ApplyType ? { applyType: p.ApplyType } : {}) };
    }
    for (const c of users) c.parameters = parameters;
  });
}

/** Regions of each global database the clusters belong to. */
async function fillGlobalClusters(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<void> {
  const members = clusters.filter((c) => c.globalCluster === undefined);
  if (members.length === 0) return;
  const read = await ctx.all(
    rds,
    (token) => new DescribeGlobalClustersCommand({ Marker: token, MaxRecords: PAGE.globalClusters }),
    (o: GlobalClustersMessage) => ({ items: o.GlobalClusters, next: o.Marker }),
  );
  for (const c of members) {
    const global = read.items.find((g) => (g.GlobalClusterMembers ?? []).some((m) => m.DBClusterArn === c.arn));
    if (global?.GlobalClusterIdentifier) {
      const regions = (global.GlobalClusterMembers ?? []).map((m) => (m.DBClusterArn ? regionOfArn(m.DBClusterArn) : undefined)).filter((r): r is string => Boolean(r));
      c.globalCluster = { identifier: global.GlobalClusterIdentifier, regions: [...new Set(regions)].sort() };
    } else {
      markUnknown(c, ['globalCluster'], read.ok ? 'the cluster names a global database DescribeGlobalClusters did not list' : read.reason);
    }
  }
}

/** Cluster snapshots of the collected clusters; for manual ones, who may restore them. */
async function collectSnapshots(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<void> {
  const byId = new Map(clusters.map((c) => [c.clusterIdentifier, c]));
  const read = await ctx.all(
    rds,
    (token) => new DescribeDBClusterSnapshotsCommand({ Marker: token, MaxRecords: PAGE.snapshots }),
    (o: DBClusterSnapshotMessage) => ({ items: o.DBClusterSnapshots, next: o.Marker }),
    { lists: 'rds.cluster_snapshot' },
  );
  const manual = [];
  for (const s of read.items) {
    if (!s.DBClusterSnapshotIdentifier || !s.Engine || !AURORA.has(s.Engine)) continue;
    const cluster = s.DBClusterIdentifier ? byId.get(s.DBClusterIdentifier) : undefined;
    const snapshot = ctx.emit<'rds.cluster_snapshot'>({
      kind: 'rds.cluster_snapshot',
      arn: s.DBClusterSnapshotArn ?? ctx.arn('rds.cluster_snapshot', { name: s.DBClusterSnapshotIdentifier }),
      name: s.DBClusterSnapshotIdentifier,
      region: ctx.region,
      accountId: ctx.accountId,
      // A snapshot holds its cluster's data: classified by the cluster's tags unless it carries its own.
      tags: { ...(cluster?.tags ?? {}), ...tagRecord(s.TagList) },
      snapshotIdentifier: s.DBClusterSnapshotIdentifier,
      clusterIdentifier: s.DBClusterIdentifier,
      snapshotType: s.SnapshotType,
      engine: s.Engine,
      storageEncrypted: s.StorageEncrypted,
      kmsKeyId: s.KmsKeyId,
      createdAt: iso(s.SnapshotCreateTime),
      ...(s.SourceDBClusterSnapshotArn ? { sourceSnapshotArn: s.SourceDBClusterSnapshotArn } : {}),
      ...(s.KmsKeyId ? { kmsKeyRefs: [s.KmsKeyId] } : {}),
    });
    if (s.SnapshotType === 'manual') manual.push(snapshot);
  }
  // Only manual snapshots can be shared; automated ones have no restore attribute to read.
  await forEachLimit(manual, COLLECTION_LIMITS.perResource, async (snapshot) => {
    const out = await ctx.send<DescribeDBClusterSnapshotAttributesResult>(
      rds,
      new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.snapshotIdentifier }),
      { resourceArn: snapshot.arn },
    );
    if (!out.ok) return markUnknown(snapshot, ['restoreAccounts'], out.reason);
    const attributes = out.value?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes;
    if (!attributes) return markUnknown(snapshot, ['restoreAccounts'], 'DescribeDBClusterSnapshotAttributes returned no attributes');
    snapshot.restoreAccounts = attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
  });
}

async function collectProxies(ctx: CollectorContext, rds: RDSClient): Promise<void> {
  const pages = ctx.pages(
    rds,
    (token) => new DescribeDBProxiesCommand({ Marker: token, MaxRecords: PAGE.proxies }),
    (o: DescribeDBProxiesResponse) => ({ items: o.DBProxies, next: o.Marker }),
    { lists: 'rds.proxy' },
  );
  for await (const page of pages) {
    for (const p of page) {
      if (!p.DBProxyName) continue;
      const secrets = (p.Auth ?? []).map((a) => a.SecretArn).filter((s): s is string => Boolean(s));
      ctx.emit<'rds.proxy'>({
        kind: 'rds.proxy',
        arn: p.DBProxyArn ?? ctx.arn('rds.proxy', { id: p.DBProxyName }),
        name: p.DBProxyName,
        region: ctx.region,
        accountId: ctx.accountId,
        proxyName: p.DBProxyName,
        engineFamily: p.EngineFamily,
        status: p.Status,
        requireTls: p.RequireTLS,
        authSecrets: secrets,
        network: { ...(p.VpcId ? { vpcId: p.VpcId } : {}), subnetIds: p.VpcSubnetIds ?? [], securityGroupIds: p.VpcSecurityGroupIds ?? [] },
      });
    }
  }
}

export const rdsCollectors: readonly Collector[] = [rdsCollector];
