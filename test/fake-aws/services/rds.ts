/**
 * Fake RDS (Aurora): clusters and their instances, cluster parameter groups with engine defaults, DB subnet
 * groups, global clusters, cluster snapshots with attributes, and proxies. Spec shape (`regions[region].rds`):
 *
 * {
 *   clusters: [{ id, engine: 'aurora-postgresql'|'aurora-mysql'|'neptune'|…, engineVersion?, status?, encrypted?,
 *                kmsKeyId?, masterUsername?, masterSecret?: secret name (Secrets Manager fake), iamAuth?,
 *                logExports?, retentionDays?, deletionProtection?, parameterGroup?, pendingReboot?,
 *                subnetGroup?, securityGroups?, port?, readReplicas?: [cluster ARN], roles?, tags?,
 *                instances?: [{ id, writer?, publiclyAccessible?, instanceClass?, tags? }] }],
 *   instances: [{ id, engine, clusterId?, publiclyAccessible?, subnetGroup? }],   // extra (non-Aurora) instances
 *   parameterGroups: [{ name, family, parameters?: { 'rds.force_ssl': '1', ... } }], // unset = engine default
 *   subnetGroups: [{ name, vpcId, subnetIds }],
 *   globalClusters: [{ id, engine?, members: [cluster ARN] }],
 *   snapshots: [{ id, clusterId, type?: 'manual'|'automated', engine?, encrypted?, kmsKeyId?, created?, restore?, source?, tags? }],
 *   proxies: [{ name, engineFamily, requireTls?, vpcId, subnetIds, securityGroups?, secretNames?, iamAuth?, roleArn? }]
 * }
 *
 * Page sizes as the API: MaxRecords 20..100, default 100, token `Marker`.
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
} from '@aws-sdk/client-rds';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';
import { fakeUuid } from './redshift.js';
import { secretArn } from './secretsmanager.js';

export interface FakeAuroraInstance {
  id: string;
  writer?: boolean;
  publiclyAccessible?: boolean;
  instanceClass?: string;
  tags?: Record<string, string>;
}

export interface FakeAuroraCluster {
  id: string;
  engine: string;
  engineVersion?: string;
  status?: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  masterUsername?: string;
  /** Name of the RDS-managed master secret in the Secrets Manager fake. */
  masterSecret?: string;
  masterSecretKmsKeyId?: string;
  iamAuth?: boolean;
  logExports?: string[];
  retentionDays?: number;
  deletionProtection?: boolean;
  parameterGroup?: string;
  /** The group's static changes wait for a reboot on every member. */
  pendingReboot?: boolean;
  subnetGroup?: string;
  securityGroups?: string[];
  port?: number;
  readReplicas?: string[];
  roles?: string[];
  tags?: Record<string, string>;
  instances?: FakeAuroraInstance[];
}

export interface FakeRdsInstance {
  id: string;
  engine: string;
  clusterId?: string;
  publiclyAccessible?: boolean;
  subnetGroup?: string;
}

export interface FakeClusterParameterGroup {
  name: string;
  family: string;
  /** Values set by the user; every other engine parameter keeps its default. */
  parameters?: Record<string, string>;
}

export interface FakeClusterSnapshot {
  id: string;
  clusterId: string;
  type?: 'manual' | 'automated';
  engine?: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  created?: string;
  /** Values of the `restore` attribute: account ids or `all`. */
  restore?: string[];
  /** Source snapshot ARN of a copy. */
  source?: string;
  tags?: Record<string, string>;
}

export interface FakeProxy {
  name: string;
  engineFamily: 'MYSQL' | 'POSTGRESQL';
  requireTls?: boolean;
  vpcId: string;
  subnetIds: string[];
  securityGroups?: string[];
  secretNames?: string[];
  iamAuth?: 'DISABLED' | 'REQUIRED' | 'ENABLED';
  roleArn?: string;
}

export interface RdsSpec {
  clusters?: FakeAuroraCluster[];
  instances?: FakeRdsInstance[];
  parameterGroups?: FakeClusterParameterGroup[];
  subnetGroups?: { name: string; vpcId: string; subnetIds: string[] }[];
  globalClusters?: { id: string; engine?: string; members: string[] }[];
  snapshots?: FakeClusterSnapshot[];
  proxies?: FakeProxy[];
}

/** Engine defaults of the cluster parameter group families (name, value or undefined, apply type). */
export const ENGINE_DEFAULTS: Record<'aurora-postgresql' | 'aurora-mysql', readonly [string, string | undefined, 'static' | 'dynamic'][]> = {
  'aurora-postgresql': [
    ['rds.force_ssl', '0', 'dynamic'],
    ['shared_preload_libraries', 'pg_stat_statements', 'static'],
    ['pgaudit.log', undefined, 'dynamic'],
    ['pgaudit.role', undefined, 'dynamic'],
    ['log_connections', undefined, 'dynamic'],
    ['log_disconnections', undefined, 'dynamic'],
    ['log_statement', undefined, 'dynamic'],
    ['password_encryption', 'scram-sha-256', 'dynamic'],
    ['ssl', '1', 'static'],
    ['ssl_min_protocol_version', 'TLSv1.2', 'dynamic'],
    ['rds.logical_replication', '0', 'static'],
    ['timezone', 'UTC', 'dynamic'],
  ],
  'aurora-mysql': [
    ['require_secure_transport', 'OFF', 'dynamic'],
    ['tls_version', 'TLSv1.2,TLSv1.3', 'static'],
    ['server_audit_logging', '0', 'dynamic'],
    ['server_audit_events', undefined, 'dynamic'],
    ['server_audit_excl_users', undefined, 'dynamic'],
    ['binlog_format', 'OFF', 'static'],
    ['character_set_server', undefined, 'dynamic'],
    ['general_log', undefined, 'dynamic'],
    ['slow_query_log', undefined, 'dynamic'],
    ['time_zone', undefined, 'dynamic'],
  ],
};

const MAX_RECORDS = { min: 20, max: 100 } as const;
const spec = (ctx: FakeContext): RdsSpec => (ctx.spec as RdsSpec | undefined) ?? {};
const tagList = (t: Record<string, string> | undefined) => Object.entries(t ?? {}).map(([Key, Value]) => ({ Key, Value }));
const arnOf = (ctx: FakeContext, type: string, id: string) => `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:${type}:${id}`;
const familyEngine = (family: string) => (family.startsWith('aurora-mysql') ? 'aurora-mysql' : family.startsWith('aurora-postgresql') ? 'aurora-postgresql' : undefined);
const defaultVersion = (engine: string) => (engine === 'aurora-mysql' ? '8.0.mysql_aurora.3.08.0' : '16.4');
const defaultGroup = (engine: string, version: string) => (engine === 'aurora-mysql' ? 'default.aurora-mysql8.0' : `default.aurora-postgresql${version.split('.')[0]}`);
const defaultPort = (engine: string) => (engine === 'aurora-mysql' ? 3306 : 5432);

function paged<T>(items: readonly T[], input: Record<string, unknown>, prefix: string) {
  const requested = input.MaxRecords as number | undefined;
  if (requested !== undefined && (requested < MAX_RECORDS.min || requested > MAX_RECORDS.max)) {
    throw awsError('InvalidParameterValue', `MaxRecords must be between ${MAX_RECORDS.min} and ${MAX_RECORDS.max}`);
  }
  return page(items, input.Marker as string | undefined, requested, MAX_RECORDS.max, prefix);
}

function parametersOf(ctx: FakeContext, name: string) {
  const custom = (spec(ctx).parameterGroups ?? []).find((g) => g.name === name);
  const family = custom?.family ?? (name.startsWith('default.') ? name.slice('default.'.length) : undefined);
  const engine = family ? familyEngine(family) : undefined;
  if (!engine) throw awsError('DBParameterGroupNotFound', `DBClusterParameterGroup not found: ${name}`, 404);
  const user = custom?.parameters ?? {};
  const defaults = ENGINE_DEFAULTS[engine];
  const known = new Set(defaults.map(([n]) => n));
  const rows = defaults.map(([n, v, apply]) => ({ name: n, value: n in user ? user[n] : v, source: n in user ? 'user' : 'engine-default', apply }));
  for (const [n, v] of Object.entries(user)) if (!known.has(n)) rows.push({ name: n, value: v, source: 'user', apply: 'dynamic' });
  return rows.map((r) => ({
    ParameterName: r.name, ...(r.value !== undefined ? { ParameterValue: r.value } : {}), Description: `${r.name} setting`, Source: r.source,
    ApplyType: r.apply, DataType: 'string', IsModifiable: true, ApplyMethod: r.apply === 'static' ? 'pending-reboot' : 'immediate', SupportedEngineModes: ['provisioned'],
  }));
}

function describeCluster(ctx: FakeContext, c: FakeAuroraCluster) {
  const version = c.engineVersion ?? defaultVersion(c.engine);
  const encrypted = c.encrypted ?? true;
  const instances = c.instances ?? [];
  return {
    DBClusterIdentifier: c.id,
    DBClusterArn: arnOf(ctx, 'cluster', c.id),
    DbClusterResourceId: `cluster-${fakeUuid(c.id).replace(/-/g, '').slice(0, 26).toUpperCase()}`,
    Engine: c.engine,
    EngineVersion: version,
    EngineMode: 'provisioned',
    Status: c.status ?? 'available',
    AvailabilityZones: [`${ctx.region}a`, `${ctx.region}b`, `${ctx.region}c`],
    BackupRetentionPeriod: c.retentionDays ?? 1,
    DatabaseName: c.engine === 'aurora-mysql' ? undefined : 'appdb',
    DBClusterParameterGroup: c.parameterGroup ?? defaultGroup(c.engine, version),
    DBSubnetGroup: c.subnetGroup ?? 'default',
    Endpoint: `${c.id}.cluster-c${fakeUuid(c.id).slice(0, 11)}.${ctx.region}.rds.amazonaws.com`,
    ReaderEndpoint: `${c.id}.cluster-ro-c${fakeUuid(c.id).slice(0, 11)}.${ctx.region}.rds.amazonaws.com`,
    MultiAZ: instances.length > 1,
    Port: c.port ?? defaultPort(c.engine),
    MasterUsername: c.masterUsername ?? (c.engine === 'aurora-mysql' ? 'admin' : 'postgres'),
    PreferredBackupWindow: '02:00-02:30',
    PreferredMaintenanceWindow: 'sun:03:00-sun:03:30',
    ReadReplicaIdentifiers: c.readReplicas ?? [],
    DBClusterMembers: instances.map((i, n) => ({
      DBInstanceIdentifier: i.id, IsClusterWriter: i.writer ?? n === 0, DBClusterParameterGroupStatus: c.pendingReboot ? 'pending-reboot' : 'in-sync', PromotionTier: 1,
    })),
    VpcSecurityGroups: (c.securityGroups ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
    HostedZoneId: 'Z29XKXDKYMONMX',
    StorageEncrypted: encrypted,
    ...(encrypted && c.kmsKeyId ? { KmsKeyId: c.kmsKeyId } : {}),
    AssociatedRoles: (c.roles ?? []).map((RoleArn) => ({ RoleArn, Status: 'ACTIVE' })),
    IAMDatabaseAuthenticationEnabled: c.iamAuth ?? false,
    ClusterCreateTime: new Date('2025-04-14T10:20:00Z'),
    EnabledCloudwatchLogsExports: c.logExports ?? [],
    DeletionProtection: c.deletionProtection ?? false,
    HttpEndpointEnabled: false,
    CopyTagsToSnapshot: true,
    CrossAccountClone: false,
    TagList: tagList(c.tags),
    ...(c.masterSecret
      ? { MasterUserSecret: { SecretArn: secretArn(ctx, c.masterSecret), SecretStatus: 'active', KmsKeyId: c.masterSecretKmsKeyId ?? `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:key/${fakeUuid(`sm:${ctx.region}`)}` } }
      : {}),
    NetworkType: 'IPV4',
    AutoMinorVersionUpgrade: true,
  };
}

function subnetGroupOf(ctx: FakeContext, name: string) {
  const g = (spec(ctx).subnetGroups ?? []).find((s) => s.name === name);
  return {
    DBSubnetGroupName: name, DBSubnetGroupDescription: name, VpcId: g?.vpcId, SubnetGroupStatus: 'Complete',
    Subnets: (g?.subnetIds ?? []).map((id, i) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: `${ctx.region}${'abc'[i % 3]}` }, SubnetStatus: 'Active' })),
    DBSubnetGroupArn: arnOf(ctx, 'subgrp', name), SupportedNetworkTypes: ['IPV4'],
  };
}

function allInstances(ctx: FakeContext) {
  const rows: Record<string, unknown>[] = [];
  for (const c of spec(ctx).clusters ?? []) {
    for (const i of c.instances ?? []) {
      rows.push({
        DBInstanceIdentifier: i.id, DBInstanceArn: arnOf(ctx, 'db', i.id), DBInstanceClass: i.instanceClass ?? 'db.r6g.large', Engine: c.engine,
        EngineVersion: c.engineVersion ?? defaultVersion(c.engine), DBInstanceStatus: 'available', DBClusterIdentifier: c.id,
        Endpoint: { Address: `${i.id}.c${fakeUuid(c.id).slice(0, 11)}.${ctx.region}.rds.amazonaws.com`, Port: c.port ?? defaultPort(c.engine) },
        PubliclyAccessible: i.publiclyAccessible ?? false, AvailabilityZone: `${ctx.region}a`, DBSubnetGroup: subnetGroupOf(ctx, c.subnetGroup ?? 'default'),
        VpcSecurityGroups: (c.securityGroups ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
        StorageEncrypted: c.encrypted ?? true, ...(c.encrypted !== false && c.kmsKeyId ? { KmsKeyId: c.kmsKeyId } : {}),
        AutoMinorVersionUpgrade: true, CACertificateIdentifier: 'rds-ca-rsa2048-g1', MonitoringInterval: 60, PerformanceInsightsEnabled: true,
        PromotionTier: 1, TagList: tagList(i.tags ?? c.tags),
      });
    }
  }
  for (const i of spec(ctx).instances ?? []) {
    rows.push({
      DBInstanceIdentifier: i.id, DBInstanceArn: arnOf(ctx, 'db', i.id), DBInstanceClass: 'db.t4g.medium', Engine: i.engine, DBInstanceStatus: 'available',
      ...(i.clusterId ? { DBClusterIdentifier: i.clusterId } : {}), PubliclyAccessible: i.publiclyAccessible ?? false,
      DBSubnetGroup: subnetGroupOf(ctx, i.subnetGroup ?? 'default'), TagList: [],
    });
  }
  return rows.sort((a, b) => String(a.DBInstanceIdentifier).localeCompare(String(b.DBInstanceIdentifier)));
}

function findSnapshot(ctx: FakeContext, id: unknown): FakeClusterSnapshot {
  const s = (spec(ctx).snapshots ?? []).find((x) => x.id === id || arnOf(ctx, 'cluster-snapshot', x.id) === id);
  if (!s) throw awsError('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${String(id)} not found.`, 404);
  return s;
}

export const rdsFake: ServiceFake = {
  service: 'rds',
  client: RDSClient,
  commands: {
    DescribeDBClustersCommand, DescribeDBInstancesCommand, DescribeDBClusterParametersCommand, DescribeDBSubnetGroupsCommand,
    DescribeGlobalClustersCommand, DescribeDBClusterSnapshotsCommand, DescribeDBClusterSnapshotAttributesCommand, DescribeDBProxiesCommand,
  },
  handlers: {
    DescribeDBClusters: (input, ctx) => {
      const all = [...(spec(ctx).clusters ?? [])].sort((a, b) => a.id.localeCompare(b.id));
      const p = paged(all, input, 'clusters');
      return { DBClusters: p.items.map((c) => describeCluster(ctx, c)), Marker: p.next };
    },
    DescribeDBInstances: (input, ctx) => {
      const p = paged(allInstances(ctx), input, 'instances');
      return { DBInstances: p.items, Marker: p.next };
    },
    DescribeDBClusterParameters: (input, ctx) => {
      const rows = parametersOf(ctx, String(input.DBClusterParameterGroupName)).filter((r) => input.Source === undefined || r.Source === input.Source);
      const p = paged(rows, input, `params-${String(input.DBClusterParameterGroupName)}`);
      return { Parameters: p.items, Marker: p.next };
    },
    DescribeDBSubnetGroups: (input, ctx) => {
      const names = (spec(ctx).subnetGroups ?? []).map((g) => g.name).filter((n) => input.DBSubnetGroupName === undefined || n === input.DBSubnetGroupName);
      const p = paged(names, input, 'subnetgroups');
      return { DBSubnetGroups: p.items.map((n) => subnetGroupOf(ctx, n)), Marker: p.next };
    },
    DescribeGlobalClusters: (input, ctx) => {
      const p = paged(spec(ctx).globalClusters ?? [], input, 'globalclusters');
      return {
        GlobalClusters: p.items.map((g) => ({
          GlobalClusterIdentifier: g.id, GlobalClusterArn: `arn:${ctx.partition}:rds::${ctx.accountId}:global-cluster:${g.id}`, Status: 'available',
          Engine: g.engine ?? 'aurora-postgresql', StorageEncrypted: true, DeletionProtection: true,
          GlobalClusterMembers: g.members.map((DBClusterArn, i) => ({ DBClusterArn, IsWriter: i === 0, Readers: i === 0 ? g.members.slice(1) : [] })),
        })),
        Marker: p.next,
      };
    },
    DescribeDBClusterSnapshots: (input, ctx) => {
      const all = [...(spec(ctx).snapshots ?? [])]
        .filter((s) => input.SnapshotType === undefined || (s.type ?? 'automated') === input.SnapshotType)
        .sort((a, b) => a.id.localeCompare(b.id));
      const p = paged(all, input, 'clustersnapshots');
      return {
        DBClusterSnapshots: p.items.map((s) => {
          const cluster = (spec(ctx).clusters ?? []).find((c) => c.id === s.clusterId);
          const engine = s.engine ?? cluster?.engine ?? 'aurora-postgresql';
          const encrypted = s.encrypted ?? cluster?.encrypted ?? true;
          const key = s.kmsKeyId ?? cluster?.kmsKeyId;
          return {
            DBClusterSnapshotIdentifier: s.id, DBClusterIdentifier: s.clusterId, DBClusterSnapshotArn: arnOf(ctx, 'cluster-snapshot', s.id),
            SnapshotCreateTime: new Date(s.created ?? '2026-10-31T02:10:00Z'), Engine: engine, EngineVersion: cluster?.engineVersion ?? defaultVersion(engine), EngineMode: 'provisioned',
            Status: 'available', Port: cluster?.port ?? defaultPort(engine), SnapshotType: s.type ?? 'automated', PercentProgress: 100,
            StorageEncrypted: encrypted, ...(encrypted && key ? { KmsKeyId: key } : {}), MasterUsername: cluster?.masterUsername ?? 'postgres',
            ...(s.source ? { SourceDBClusterSnapshotArn: s.source } : {}), TagList: tagList(s.tags ?? cluster?.tags),
          };
        }),
        Marker: p.next,
      };
    },
    DescribeDBClusterSnapshotAttributes: (input, ctx) => {
      const s = findSnapshot(ctx, input.DBClusterSnapshotIdentifier);
      return { DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: s.id, DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: s.restore ?? [] }] } };
    },
    DescribeDBProxies: (input, ctx) => {
      const all = [...(spec(ctx).proxies ?? [])].sort((a, b) => a.name.localeCompare(b.name));
      const p = paged(all, input, 'proxies');
      return {
        DBProxies: p.items.map((x) => ({
          DBProxyName: x.name, DBProxyArn: `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:db-proxy:prx-${fakeUuid(x.name).replace(/-/g, '').slice(0, 17)}`,
          Status: 'available', EngineFamily: x.engineFamily, VpcId: x.vpcId, VpcSubnetIds: x.subnetIds, VpcSecurityGroupIds: x.securityGroups ?? [],
          Auth: (x.secretNames ?? []).map((n) => ({ AuthScheme: 'SECRETS', SecretArn: secretArn(ctx, n), IAMAuth: x.iamAuth ?? 'DISABLED', ClientPasswordAuthType: x.engineFamily === 'MYSQL' ? 'MYSQL_NATIVE_PASSWORD' : 'POSTGRES_SCRAM_SHA_256' })),
          RoleArn: x.roleArn ?? `arn:${ctx.partition}:iam::${ctx.accountId}:role/rds-proxy-${x.name}`,
          Endpoint: `${x.name}.proxy-c${fakeUuid(x.name).slice(0, 11)}.${ctx.region}.rds.amazonaws.com`,
          RequireTLS: x.requireTls ?? false, IdleClientTimeout: 1800, DebugLogging: false,
          CreatedDate: new Date('2025-09-02T11:00:00Z'), UpdatedDate: new Date('2025-09-02T11:00:00Z'),
        })),
        Marker: p.next,
      };
    },
  },
};

export const rdsFakes: readonly ServiceFake[] = [rdsFake];
