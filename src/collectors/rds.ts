/**
 * Aurora (aurora-postgresql, aurora-mysql): clusters with the parameters of each attached cluster
 * parameter group (engine defaults included), their subnets, global database membership and the rotation
 * of the master user secret; member instances; cluster snapshots with their `restore` attribute; RDS Proxies.
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
  type DBSubnetGroupMessage,
  type DescribeDBClusterSnapshotAttributesResult,
  type DescribeDBProxiesResponse,
  type GlobalClustersMessage,
} from '@aws-sdk/client-rds';
import { DescribeSecretCommand, SecretsManagerClient, type DescribeSecretResponse } from '@aws-sdk/client-secrets-manager';
import { isAuroraEngine, type AuroraCluster, type AuroraClusterSnapshot, type AuroraParameter, type RdsProxy } from '../inventory/rds.js';
import { iso, markUnknown, scopeArn, tagRecord } from './common.js';
import { createLimiter, forEachLimit } from './limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/**
 * Page sizes at the API maximum (MaxRecords 20..100, default 100).
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html
 */
const PAGE = 100;

/** Ports by proxy engine family, for proxies (DescribeDBProxies reports no port). */
const PROXY_PORTS: Record<string, number> = { MYSQL: 3306, POSTGRESQL: 5432, SQLSERVER: 1433 };

const PARAMETER_FIELDS = ['parameters'] as const;

const ids = (values: readonly (string | undefined)[] | undefined): string[] => (values ?? []).filter((v): v is string => Boolean(v));

export const rdsCollector: Collector = {
  service: 'rds',
  phase: 'primary',
  produces: ['rds.cluster', 'rds.instance', 'rds.cluster_snapshot', 'rds.proxy'],
  actions: [
    'rds:DescribeDBClusters',
    'rds:DescribeDBInstances',
    'rds:DescribeDBClusterParameters',
    'rds:DescribeDBSubnetGroups',
    'rds:DescribeGlobalClusters',
    'rds:DescribeDBClusterSnapshots',
    'rds:DescribeDBClusterSnapshotAttributes',
    'rds:DescribeDBProxies',
    'secretsmanager:DescribeSecret',
  ],
  async collect(ctx) {
    const rds = ctx.client(RDSClient);
    const [clusters] = await Promise.all([collectClusters(ctx, rds), collectSnapshots(ctx, rds), collectProxies(ctx, rds)]);
    await Promise.all([
      collectInstances(ctx, rds, clusters),
      fillParameters(ctx, rds, clusters),
      fillSubnets(ctx, rds, clusters),
      fillGlobalClusters(ctx, rds, clusters),
      fillMasterSecrets(ctx, clusters),
    ]);
  },
};

/** Every Aurora cluster, emitted as listed (DescribeDBClusters carries the whole description). */
async function collectClusters(ctx: CollectorContext, rds: RDSClient): Promise<AuroraCluster[]> {
  const clusters: AuroraCluster[] = [];
  const pages = ctx.pages(
    rds,
    (token) => new DescribeDBClustersCommand({ Marker: token, MaxRecords: PAGE }),
    (o: DBClusterMessage) => ({ items: o.DBClusters, next: o.Marker }),
    { enumeration: true },
  );
  for await (const page of pages) {
    for (const c of page) {
      // DescribeDBClusters also lists Neptune, DocumentDB and Multi-AZ DB clusters; only Aurora is in scope.
      if (!c.DBClusterIdentifier || !isAuroraEngine(c.Engine)) continue;
      clusters.push(ctx.emit<'rds.cluster'>(fromCluster(ctx, c, c.DBClusterIdentifier, c.Engine)));
    }
  }
  return clusters;
}

function fromCluster(ctx: CollectorContext, c: DBCluster, id: string, engine: AuroraCluster['engine']): Omit<AuroraCluster, 'classification'> {
  const secret = c.MasterUserSecret;
  const statuses: Record<string, string> = {};
  for (const m of c.DBClusterMembers ?? []) if (m.DBInstanceIdentifier && m.DBClusterParameterGroupStatus) statuses[m.DBInstanceIdentifier] = m.DBClusterParameterGroupStatus;
  const groups = ids((c.VpcSecurityGroups ?? []).filter((g) => g.Status !== 'removing').map((g) => g.VpcSecurityGroupId));
  return {
    kind: 'rds.cluster',
    arn: c.DBClusterArn ?? scopeArn(ctx, 'rds', `cluster:${id}`),
    name: id,
    region: ctx.region,
    accountId: ctx.accountId,
    tags: tagRecord(c.TagList),
    dbClusterIdentifier: id,
    engine,
    engineVersion: c.EngineVersion,
    engineMode: c.EngineMode,
    status: c.Status,
    storageEncrypted: c.StorageEncrypted,
    ...(c.StorageEncrypted && c.KmsKeyId ? { kmsKeyId: c.KmsKeyId } : {}),
    masterUsername: c.MasterUsername,
    masterUserSecret: secret?.SecretArn ? { secretArn: secret.SecretArn, status: secret.SecretStatus, kmsKeyId: secret.KmsKeyId } : null,
    iamDatabaseAuthenticationEnabled: c.IAMDatabaseAuthenticationEnabled,
    enabledCloudwatchLogsExports: c.EnabledCloudwatchLogsExports ?? [],
    backupRetentionPeriod: c.BackupRetentionPeriod,
    deletionProtection: c.DeletionProtection,
    publiclyAccessible: c.PubliclyAccessible,
    memberInstanceIds: ids((c.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier)),
    writerInstanceId: c.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier,
    parameterGroupName: c.DBClusterParameterGroup,
    parameterGroupStatus: statuses,
    subnetGroupName: c.DBSubnetGroup,
    readReplicaIdentifiers: c.ReadReplicaIdentifiers ?? [],
    replicationSourceIdentifier: c.ReplicationSourceIdentifier,
    activityStreamStatus: c.ActivityStreamStatus,
    clusterCreateTime: iso(c.ClusterCreateTime),
    network: { securityGroupIds: groups, ...(c.Port !== undefined ? { port: c.Port } : {}) },
    ...(c.StorageEncrypted && c.KmsKeyId ? { kmsKeyRefs: [c.KmsKeyId] } : {}),
    ...(ids((c.AssociatedRoles ?? []).map((r) => r.RoleArn)).length > 0 ? { iamRoleRefs: ids((c.AssociatedRoles ?? []).map((r) => r.RoleArn)) } : {}),
  };
}

/** Instances that belong to an Aurora cluster; standalone RDS instances are out of scope. */
async function collectInstances(ctx: CollectorContext, rds: RDSClient, clusters: AuroraCluster[]): Promise<void> {
  const byId = new Map(clusters.map((c) => [c.dbClusterIdentifier, c]));
  const pages = ctx.pages(
    rds,
    (token) => new DescribeDBInstancesCommand({ Marker: token, MaxRecords: PAGE }),
    (o: DBInstanceMessage) => ({ items: o.DBInstances, next: o.Marker }),
    { enumeration: true },
  );
  for await (const page of pages) {
    for (const i of page) {
      if (!i.DBInstanceIdentifier || !i.DBClusterIdentifier || !isAuroraEngine(i.Engine)) continue;
      const subnetGroup = i.DBSubnetGroup;
      ctx.emit<'rds.instance'>({
        kind: 'rds.instance',
        arn: i.DBInstanceArn ?? scopeArn(ctx, 'rds', `db:${i.DBInstanceIdentifier}`),
        name: i.DBInstanceIdentifier,
        region: ctx.region,
        accountId: ctx.accountId,
        tags: tagRecord(i.TagList),
        dbInstanceIdentifier: i.DBInstanceIdentifier,
        dbClusterIdentifier: i.DBClusterIdentifier,
        engine: i.Engine,
        engineVersion: i.EngineVersion,
        instanceClass: i.DBInstanceClass,
        status: i.DBInstanceStatus,
        publiclyAccessible: i.PubliclyAccessible,
        availabilityZone: i.AvailabilityZone,
        subnetGroupName: subnetGroup?.DBSubnetGroupName,
        autoMinorVersionUpgrade: i.AutoMinorVersionUpgrade,
        caCertificateIdentifier: i.CACertificateIdentifier,
        monitoringInterval: i.MonitoringInterval,
        performanceInsightsEnabled: i.PerformanceInsightsEnabled,
        ...(byId.has(i.DBClusterIdentifier) ? { isClusterWriter: byId.get(i.DBClusterIdentifier)!.writerInstanceId === i.DBInstanceIdentifier } : {}),
        storageEncrypted: i.StorageEncrypted,
        kmsKeyId: i.KmsKeyId,
        network: {
          vpcId: subnetGroup?.VpcId,
          subnetIds: ids((subnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier)),
          securityGroupIds: ids((i.VpcSecurityGroups ?? []).filter((g) => g.Status !== 'removing').map((g) => g.VpcSecurityGroupId)),
          ...(i.Endpoint?.Port !== undefined ? { port: i.Endpoint.Port } : i.DbInstancePort ? { port: i.DbInstancePort } : {}),
        },
      });
    }
  }
}

/** Each attached cluster parameter group is read once per region, every page, engine defaults included. */
async function fillParameters(ctx: CollectorContext, rds: RDSClient, clusters: AuroraCluster[]): Promise<void> {
  const byGroup = new Map<string, AuroraCluster[]>();
  for (const c of clusters) {
    if (c.parameterGroupName) byGroup.set(c.parameterGroupName, [...(byGroup.get(c.parameterGroupName) ?? []), c]);
    else markUnknown(c, PARAMETER_FIELDS, 'DescribeDBClusters listed no DB cluster parameter group for the cluster');
  }
  await forEachLimit([...byGroup.keys()].sort(), COLLECTION_LIMITS.perResource, async (group) => {
    const read = await ctx.all(
      rds,
      // No Source filter: engine-default, system and user parameters all come back, each with its Source.
      (token) => new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: group, Marker: token, MaxRecords: PAGE }),
      (o: DBClusterParameterGroupDetails) => ({ items: o.Parameters, next: o.Marker }),
      { resourceArn: scopeArn(ctx, 'rds', `cluster-pg:${group}`) },
    );
    const users = byGroup.get(group) ?? [];
    if (!read.ok) {
      for (const c of users) markUnknown(c, PARAMETER_FIELDS, read.reason);
      return;
    }
    const parameters: Record<string, AuroraParameter> = {};
    for (const p of read.items) {
      if (!p.ParameterName) continue;
      parameters[p.ParameterName] = {
        ...(p.ParameterValue !== undefined ? { value: p.ParameterValue } : {}),
        ...(p.Source ? { source: p.Source } : {}),
        ...(p.ApplyType ? { applyType: p.ApplyType } : {}),
      };
    }
    for (const c of users) c.parameters = parameters;
  });
}

/** Subnet ids from each cluster's DB subnet group (DescribeDBClusters names the group only): one listing per region. */
async function fillSubnets(ctx: CollectorContext, rds: RDSClient, clusters: AuroraCluster[]): Promise<void> {
  const inUse = clusters.filter((c) => c.subnetGroupName);
  for (const c of clusters) if (!c.subnetGroupName) markUnknown(c, ['network.subnetIds'], 'DescribeDBClusters listed no DB subnet group for the cluster');
  if (inUse.length === 0) return;
  const read = await ctx.all(
    rds,
    (token) => new DescribeDBSubnetGroupsCommand({ Marker: token, MaxRecords: PAGE }),
    (o: DBSubnetGroupMessage) => ({ items: o.DBSubnetGroups, next: o.Marker }),
  );
  const byName = new Map(read.items.filter((g) => g.DBSubnetGroupName).map((g) => [g.DBSubnetGroupName!, g]));
  for (const cluster of inUse) {
    const group = byName.get(cluster.subnetGroupName!);
    const network = (cluster.network ??= {});
    if (group) {
      network.vpcId = group.VpcId;
      network.subnetIds = ids((group.Subnets ?? []).map((s) => s.SubnetIdentifier));
    } else {
      markUnknown(cluster, ['network.subnetIds', 'network.vpcId'], read.ok ? `DB subnet group ${cluster.subnetGroupName} was not in DescribeDBSubnetGroups` : read.reason);
    }
  }
}

/** Global database membership: the regions of every member of the cluster's global cluster. */
async function fillGlobalClusters(ctx: CollectorContext, rds: RDSClient, clusters: AuroraCluster[]): Promise<void> {
  if (clusters.length === 0) return;
  const read = await ctx.all(
    rds,
    (token) => new DescribeGlobalClustersCommand({ Marker: token, MaxRecords: PAGE }),
    (o: GlobalClustersMessage) => ({ items: o.GlobalClusters, next: o.Marker }),
  );
  if (!read.ok) {
    for (const c of clusters) markUnknown(c, ['globalCluster'], read.reason);
    return;
  }
  const byMember = new Map<string, { identifier: string; memberRegions: string[] }>();
  for (const g of read.items) {
    const members = ids((g.GlobalClusterMembers ?? []).map((m) => m.DBClusterArn));
    const regions = [...new Set(members.map((arn) => arn.split(':')[3] ?? ''))].filter(Boolean).sort();
    for (const arn of members) byMember.set(arn, { identifier: g.GlobalClusterIdentifier ?? g.GlobalClusterArn ?? '(unnamed)', memberRegions: regions });
  }
  for (const c of clusters) c.globalCluster = byMember.get(c.arn) ?? null;
}

/** Rotation of each cluster's RDS-managed master secret (DescribeSecret: metadata only, never the value). */
async function fillMasterSecrets(ctx: CollectorContext, clusters: AuroraCluster[]): Promise<void> {
  const linked = clusters.filter((c) => c.masterUserSecret?.secretArn);
  if (linked.length === 0) return;
  const secrets = ctx.client(SecretsManagerClient);
  await forEachLimit(linked, COLLECTION_LIMITS.perResource, async (cluster) => {
    const out = await ctx.send<DescribeSecretResponse>(secrets, new DescribeSecretCommand({ SecretId: cluster.masterUserSecret!.secretArn }), { resourceArn: cluster.arn });
    if (!out.ok) return markUnknown(cluster, ['masterSecretRotation'], out.reason);
    const s = out.value;
    if (!s) return markUnknown(cluster, ['masterSecretRotation'], 'DescribeSecret returned nothing');
    cluster.masterSecretRotation = {
      rotationEnabled: s.RotationEnabled ?? false,
      ...(s.RotationRules?.AutomaticallyAfterDays !== undefined ? { automaticallyAfterDays: s.RotationRules.AutomaticallyAfterDays } : {}),
      ...(s.RotationRules?.ScheduleExpression ? { scheduleExpression: s.RotationRules.ScheduleExpression } : {}),
      ...(s.LastRotatedDate ? { lastRotatedDate: iso(s.LastRotatedDate) } : {}),
      ...(s.NextRotationDate ? { nextRotationDate: iso(s.NextRotationDate) } : {}),
      ...(s.CreatedDate ? { createdDate: iso(s.CreatedDate) } : {}),
    };
  });
}

/** Aurora cluster snapshots, automated and manual; manual ones with their `restore` attribute (who may restore them). */
async function collectSnapshots(ctx: CollectorContext, rds: RDSClient): Promise<void> {
  const limit = createLimiter(COLLECTION_LIMITS.perResource);
  const work: Promise<void>[] = [];
  const pages = ctx.pages(
    rds,
    // No SnapshotType: automated and manual snapshots of this account (shared and public ones are others').
    (token) => new DescribeDBClusterSnapshotsCommand({ Marker: token, MaxRecords: PAGE }),
    (o: DBClusterSnapshotMessage) => ({ items: o.DBClusterSnapshots, next: o.Marker }),
    { enumeration: true },
  );
  for await (const page of pages) {
    for (const s of page) {
      if (!s.DBClusterSnapshotIdentifier || !isAuroraEngine(s.Engine)) continue;
      const snapshot = ctx.emit<'rds.cluster_snapshot'>({
        kind: 'rds.cluster_snapshot',
        arn: s.DBClusterSnapshotArn ?? scopeArn(ctx, 'rds', `cluster-snapshot:${s.DBClusterSnapshotIdentifier}`),
        name: s.DBClusterSnapshotIdentifier,
        region: ctx.region,
        accountId: ctx.accountId,
        tags: tagRecord(s.TagList),
        dbClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier,
        dbClusterIdentifier: s.DBClusterIdentifier,
        snapshotType: s.SnapshotType,
        engine: s.Engine,
        status: s.Status,
        storageEncrypted: s.StorageEncrypted,
        ...(s.StorageEncrypted && s.KmsKeyId ? { kmsKeyId: s.KmsKeyId, kmsKeyRefs: [s.KmsKeyId] } : {}),
        snapshotCreateTime: iso(s.SnapshotCreateTime),
        sourceSnapshotArn: s.SourceDBClusterSnapshotArn,
        ...(s.VpcId ? { network: { vpcId: s.VpcId } } : {}),
      });
      // Only manual snapshots can be shared; automated ones carry no restore attribute.
      if (s.SnapshotType === 'manual') work.push(limit(() => readRestoreAttribute(ctx, rds, snapshot)));
    }
  }
  await Promise.all(work);
}

async function readRestoreAttribute(ctx: CollectorContext, rds: RDSClient, snapshot: AuroraClusterSnapshot): Promise<void> {
  const out = await ctx.send<DescribeDBClusterSnapshotAttributesResult>(
    rds,
    new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.dbClusterSnapshotIdentifier }),
    { resourceArn: snapshot.arn },
  );
  if (!out.ok) return markUnknown(snapshot, ['restoreAttribute'], out.reason);
  const attributes = out.value?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes;
  if (!attributes) return markUnknown(snapshot, ['restoreAttribute'], 'DescribeDBClusterSnapshotAttributes returned no attributes');
  snapshot.restoreAttribute = ids(attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues);
}

/** RDS Proxies; DescribeDBProxies returns no tags, so their classification is the default tier. */
async function collectProxies(ctx: CollectorContext, rds: RDSClient): Promise<void> {
  const pages = ctx.pages(
    rds,
    (token) => new DescribeDBProxiesCommand({ Marker: token, MaxRecords: PAGE }),
    (o: DescribeDBProxiesResponse) => ({ items: o.DBProxies, next: o.Marker }),
    { enumeration: true },
  );
  for await (const page of pages) {
    for (const p of page) {
      if (!p.DBProxyName) continue;
      const proxy: Omit<RdsProxy, 'classification'> = {
        kind: 'rds.proxy',
        arn: p.DBProxyArn ?? scopeArn(ctx, 'rds', `db-proxy:${p.DBProxyName}`),
        name: p.DBProxyName,
        region: ctx.region,
        accountId: ctx.accountId,
        dbProxyName: p.DBProxyName,
        engineFamily: p.EngineFamily,
        status: p.Status,
        requireTls: p.RequireTLS,
        debugLogging: p.DebugLogging,
        idleClientTimeout: p.IdleClientTimeout,
        roleArn: p.RoleArn,
        endpoint: p.Endpoint,
        auth: (p.Auth ?? []).map((a) => ({ authScheme: a.AuthScheme, secretArn: a.SecretArn, iamAuth: a.IAMAuth, clientPasswordAuthType: a.ClientPasswordAuthType })),
        network: {
          vpcId: p.VpcId,
          subnetIds: p.VpcSubnetIds ?? [],
          securityGroupIds: p.VpcSecurityGroupIds ?? [],
          ...(p.EngineFamily && PROXY_PORTS[p.EngineFamily] ? { port: PROXY_PORTS[p.EngineFamily] } : {}),
        },
        ...(p.RoleArn ? { iamRoleRefs: [p.RoleArn] } : {}),
      };
      markUnknown(proxy, ['tags'], 'DescribeDBProxies returns no tags (rds:ListTagsForResource is not called)');
      ctx.emit<'rds.proxy'>(proxy);
    }
  }
}

export const rdsCollectors: readonly Collector[] = [rdsCollector];
