/**
 * Aurora: clusters (PostgreSQL and MySQL compatible), their instances, the parameters of each attached
 * cluster parameter group (engine defaults included), cluster snapshots with who may restore them, global
 * databases and RDS Proxies. Other engines DescribeDBClusters returns (Multi-AZ DB clusters of RDS for
 * MySQL/PostgreSQL, Neptune, DocumentDB share the API) are outside this scanner's matrix and skipped.
 */
import {
  DescribeDBClustersCommand,
  DescribeGlobalClustersCommand,
  RDSClient,
  type DBCluster,
  type DBClusterMessage,
  type GlobalClustersMessage,
} from '@aws-sdk/client-rds';
import type { RdsCluster } from '../inventory/rds.js';
import { markUnknown, tagRecord } from './common.js';
import { collectInstances, fillSubnetGroups } from './rds-instances.js';
import { AURORA, RDS_PAGE } from './rds-pages.js';
import { fillParameters } from './rds-parameters.js';
import { collectProxies } from './rds-proxies.js';
import { collectSnapshots } from './rds-snapshots.js';
import type { Collector, CollectorContext } from './types.js';


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
    (token) => new DescribeDBClustersCommand({ Marker: token, MaxRecords: RDS_PAGE.clusters }),
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

/** Regions of each global database the clusters belong to. */
async function fillGlobalClusters(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<void> {
  const members = clusters.filter((c) => c.globalCluster === undefined);
  if (members.length === 0) return;
  const read = await ctx.all(
    rds,
    (token) => new DescribeGlobalClustersCommand({ Marker: token, MaxRecords: RDS_PAGE.globalClusters }),
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

export const rdsCollectors: readonly Collector[] = [rdsCollector];
