/**
 * Fake RDS (Aurora): clusters with their instances, cluster parameter groups with engine defaults, cluster
 * snapshots and their restore attribute, global databases and RDS Proxies. Spec shape (`regions[region].rds`):
 *
 * {
 *   clusters: [{ id, engine, version?, status?, encrypted?, kmsKeyId?, masterUsername?, masterSecret?: secret name,
 *                iamAuth?, deletionProtection?, retentionDays?, logExports?, subnetGroup?, parameterGroup?,
 *                pendingReboot?, securityGroups?, port?, global?, readReplicas?: [cluster ARNs], tags?,
 *                instances: [{ id, writer?, publiclyAccessible?, class?, tags? }] }],
 *   subnetGroups: [{ name, vpcId, subnetIds }],
 *   parameterGroups: [{ name, family?, parameters?: { 'rds.force_ssl': '1', ... } }],   // unset = engine default
 *   snapshots: [{ id, cluster, engine?, type?: 'manual'|'automated', encrypted?, kmsKeyId?, restore?: ['all'|account], createdAt?, source?, tags? }],
 *   globalClusters: [{ id, members: [cluster ARNs] }],
 *   proxies: [{ name, engineFamily?, requireTls?, secrets?: [secret names], vpcId?, subnetIds?, securityGroups? }]
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
  class?: string;
  tags?: Record<string, string>;
}

export interface FakeAuroraCluster {
  id: string;
  /** aurora-postgresql, aurora-mysql (or another engine DescribeDBClusters also lists, e.g. neptune). */
  engine: string;
  version?: string;
  status?: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  masterUsername?: string;
  /** Name of the Secrets Manager secret RDS manages for the master user. */
  masterSecret?: string;
  iamAuth?: boolean;
  deletionProtection?: boolean;
  retentionDays?: number;
  logExports?: string[];
  subnetGroup?: string;
  parameterGroup?: string;
  /** A changed static parameter waits for a reboot. */
  pendingReboot?: boolean;
  securityGroups?: string[];
  port?: number;
  global?: string;
  readReplicas?: string[];
  tags?: Record<string, string>;
  instances?: FakeAuroraInstance[];
}

export interface FakeClusterParameterGroup {
  name: string;
  family?: string;
  parameters?: Record<string, string>;
}

export interface FakeClusterSnapshot {
  id: string;
  cluster: string;
  engine?: string;
  type?: 'manual' | 'automated';
  encrypted?: boolean;
  kmsKeyId?: string;
  restore?: string[];
  createdAt?: string;
  /** SourceDBClusterSnapshotArn of a copy. */
  source?: string;
  tags?: Record<string, string>;
}

export interface RdsSpec {
  clusters?: FakeAuroraCluster[];
  subnetGroups?: { name: string; vpcId: string; subnetIds: string[] }[];
  parameterGroups?: FakeClusterParameterGroup[];
  snapshots?: FakeClusterSnapshot[];
  globalClusters?: { id: string; members: string[] }[];
  proxies?: { name: string; engineFamily?: string; requireTls?: boolean; secrets?: string[]; vpcId?: string; subnetIds?: string[]; securityGroups?: string[] }[];
}

/** Engine defaults of the cluster parameters the checks read (name, value or undefined for "no value", apply type). */
export const ENGINE_DEFAULTS: Record<'postgresql' | 'mysql', readonly [string, string | undefined, 'static' | 'dynamic'][]> = {
  postgresql: [
    ['log_connections', '0', 'dynamic'],
    ['log_statement', undefined, 'dynamic'],
    ['pgaudit.log', undefined, 'dynamic'],
    ['pgaudit.role', undefined, 'dynamic'],
    ['rds.force_ssl', '0', 'dynamic'],
    ['shared_preload_libraries', 'pg_stat_statements', 'static'],
    ['ssl_min_protocol_version', 'TLSv1.2', 'dynamic'],
  ],
  mysql: [
    ['require_secure_transport', 'OFF', 'dynamic'],
    ['server_audit_events', undefined, 'dynamic'],
    ['server_audit_logging', '0', 'dynamic'],
    ['tls_version', 'TLSv1.2,TLSv1.3', 'static'],
  ],
};
const MAX_RECORDS = { min: 20, max: 100 } as const;

const spec = (ctx: FakeContext): RdsSpec => (ctx.spec as RdsSpec | undefined) ?? {};
const family = (engine: string) => (engine === 'aurora-postgresql' ? 'postgresql' : 'mysql');
const defaultGroup = (c: FakeAuroraCluster) => (c.engine === 'aurora-postgresql' ? 'default.aurora-postgresql16' : 'default.aurora-mysql8.0');
export const clusterArn = (ctx: Pick<FakeContext, 'partition' | 'region' | 'accountId'>, id: string) => `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:cluster:${id}`;
const tagList = (t: Record<string, string> | undefined) => Object.entries(t ?? {}).map(([Key, Value]) => ({ Key, Value }));

function paged<T>(items: readonly T[], input: Record<string, unknown>, prefix: string) {
  const requested = input.MaxRecords as number | undefined;
  if (requested !== undefined && (requested < MAX_RECORDS.min || requested > MAX_RECORDS.max)) {
    throw awsError('InvalidParameterValue', `MaxRecords must be between ${MAX_RECORDS.min} and ${MAX_RECORDS.max}`);
  }
  return page(items, input.Marker as string | undefined, requested, MAX_RECORDS.max, prefix);
}

function groupEngine(ctx: FakeContext, name: string): 'postgresql' | 'mysql' | undefined {
  const user = (spec(ctx).parameterGroups ?? []).find((g) => g.name === name);
  if (user?.family) return user.family.startsWith('aurora-postgresql') ? 'postgresql' : 'mysql';
  if (name.startsWith('default.aurora-postgresql')) return 'postgresql';
  if (name.startsWith('default.aurora-mysql')) return 'mysql';
  const cluster = (spec(ctx).clusters ?? []).find((c) => (c.parameterGroup ?? defaultGroup(c)) === name);
  return cluster ? family(cluster.engine) : undefined;
}

function parametersOf(ctx: FakeContext, name: string) {
  const engine = groupEngine(ctx, name);
  const group = (spec(ctx).parameterGroups ?? []).find((g) => g.name === name);
  if (!engine || (!group && !name.startsWith('default.'))) throw awsError('DBParameterGroupNotFound', `DBClusterParameterGroup not found: ${name}`, 404);
  const user = group?.parameters ?? {};
  const defaults = ENGINE_DEFAULTS[engine];
  const known = new Set(defaults.map(([n]) => n));
  const rows = defaults.map(([n, v, apply]) => ({ name: n, value: n in user ? user[n] : v, source: n in user ? 'user' : 'engine-default', apply }));
  for (const [n, v] of Object.entries(user)) if (!known.has(n)) rows.push({ name: n, value: v, source: 'user', apply: 'dynamic' });
  return rows
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r) => ({ ParameterName: r.name, ...(r.value !== undefined ? { ParameterValue: r.value } : {}), Source: r.source, ApplyType: r.apply, DataType: 'string', IsModifiable: true, ApplyMethod: 'pending-reboot' }));
}

function describeCluster(ctx: FakeContext, c: FakeAuroraCluster) {
  const encrypted = c.encrypted ?? true;
  const port = c.port ?? (c.engine === 'aurora-postgresql' ? 5432 : 3306);
  return {
    DBClusterIdentifier: c.id,
    DBClusterArn: clusterArn(ctx, c.id),
    Engine: c.engine,
    EngineVersion: c.version ?? (c.engine === 'aurora-postgresql' ? '16.4' : '8.0.mysql_aurora.3.08.0'),
    EngineMode: 'provisioned',
    Status: c.status ?? 'available',
    Port: port,
    MasterUsername: c.masterUsername ?? (c.engine === 'aurora-postgresql' ? 'postgres' : 'admin'),
    DBClusterParameterGroup: c.parameterGroup ?? defaultGroup(c),
    DBSubnetGroup: c.subnetGroup ?? 'default',
    BackupRetentionPeriod: c.retentionDays ?? 1,
    StorageEncrypted: encrypted,
    ...(encrypted ? { KmsKeyId: c.kmsKeyId ?? `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:key/aws-rds-default` } : {}),
    IAMDatabaseAuthenticationEnabled: c.iamAuth ?? false,
    DeletionProtection: c.deletionProtection ?? false,
    EnabledCloudwatchLogsExports: c.logExports ?? [],
    VpcSecurityGroups: (c.securityGroups ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
    DBClusterMembers: (c.instances ?? []).map((i, n) => ({
      DBInstanceIdentifier: i.id,
      IsClusterWriter: i.writer ?? n === 0,
      DBClusterParameterGroupStatus: c.pendingReboot ? 'pending-reboot' : 'in-sync',
      PromotionTier: 1,
    })),
    ReadReplicaIdentifiers: c.readReplicas ?? [],
    ...(c.global ? { GlobalClusterIdentifier: c.global } : {}),
    ...(c.masterSecret ? { MasterUserSecret: { SecretArn: secretArn(ctx, c.masterSecret), SecretStatus: 'active', KmsKeyId: `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:alias/aws/secretsmanager` } } : {}),
    ClusterCreateTime: new Date('2025-02-11T10:00:00Z'),
    DbClusterResourceId: `cluster-${fakeUuid(c.id).replace(/-/g, '').slice(0, 26).toUpperCase()}`,
    TagList: tagList(c.tags),
  };
}

function describeInstance(ctx: FakeContext, c: FakeAuroraCluster, i: FakeAuroraInstance) {
  const group = (spec(ctx).subnetGroups ?? []).find((g) => g.name === (c.subnetGroup ?? 'default'));
  return {
    DBInstanceIdentifier: i.id,
    DBInstanceArn: `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:db:${i.id}`,
    DBInstanceClass: i.class ?? 'db.r7g.large',
    Engine: c.engine,
    DBInstanceStatus: 'available',
    DBClusterIdentifier: c.id,
    PubliclyAccessible: i.publiclyAccessible ?? false,
    AvailabilityZone: `${ctx.region}a`,
    Endpoint: { Address: `${i.id}.c${fakeUuid(c.id).slice(0, 11)}.${ctx.region}.rds.amazonaws.com`, Port: c.port ?? (c.engine === 'aurora-postgresql' ? 5432 : 3306) },
    VpcSecurityGroups: (c.securityGroups ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
    ...(group
      ? {
          DBSubnetGroup: {
            DBSubnetGroupName: group.name, VpcId: group.vpcId, SubnetGroupStatus: 'Complete',
            Subnets: group.subnetIds.map((id, n) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: `${ctx.region}${'abc'[n % 3]}` }, SubnetStatus: 'Active' })),
          },
        }
      : {}),
    TagList: tagList(i.tags),
  };
}

function findSnapshot(ctx: FakeContext, id: unknown): FakeClusterSnapshot {
  const s = (spec(ctx).snapshots ?? []).find((x) => x.id === id);
  if (!s) throw awsError('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${String(id)} not found.`, 404);
  return s;
}

export const rdsFake: ServiceFake = {
  service: 'rds',
  client: RDSClient,
  commands: {
    DescribeDBClustersCommand, DescribeDBInstancesCommand, DescribeDBClusterParametersCommand, DescribeDBClusterSnapshotsCommand,
    DescribeDBClusterSnapshotAttributesCommand, DescribeGlobalClustersCommand, DescribeDBProxiesCommand, DescribeDBSubnetGroupsCommand,
  },
  handlers: {
    DescribeDBSubnetGroups: (input, ctx) => {
      const name = input.DBSubnetGroupName as string | undefined;
      const groups = (spec(ctx).subnetGroups ?? []).filter((g) => name === undefined || g.name === name);
      if (name !== undefined && groups.length === 0) throw awsError('DBSubnetGroupNotFoundFault', `DB subnet group ${name} not found.`, 404);
      const p = paged(groups, input, 'subnetgroups');
      return {
        DBSubnetGroups: p.items.map((g) => ({
          DBSubnetGroupName: g.name, DBSubnetGroupDescription: g.name, VpcId: g.vpcId, SubnetGroupStatus: 'Complete',
          Subnets: g.subnetIds.map((id, n) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: `${ctx.region}${'abc'[n % 3]}` }, SubnetStatus: 'Active' })),
          DBSubnetGroupArn: `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:subgrp:${g.name}`, SupportedNetworkTypes: ['IPV4'],
        })),
        Marker: p.next,
      };
    },
    DescribeDBClusters: (input, ctx) => {
      const all = [...(spec(ctx).clusters ?? [])].sort((a, b) => a.id.localeCompare(b.id));
      const p = paged(all, input, 'clusters');
      return { DBClusters: p.items.map((c) => describeCluster(ctx, c)), Marker: p.next };
    },
    DescribeDBInstances: (input, ctx) => {
      const all = (spec(ctx).clusters ?? []).flatMap((c) => (c.instances ?? []).map((i) => ({ c, i }))).sort((a, b) => a.i.id.localeCompare(b.i.id));
      const p = paged(all, input, 'instances');
      return { DBInstances: p.items.map(({ c, i }) => describeInstance(ctx, c, i)), Marker: p.next };
    },
    DescribeDBClusterParameters: (input, ctx) => {
      const rows = parametersOf(ctx, String(input.DBClusterParameterGroupName)).filter((r) => input.Source === undefined || r.Source === input.Source);
      const p = paged(rows, input, `params-${String(input.DBClusterParameterGroupName)}`);
      return { Parameters: p.items, Marker: p.next };
    },
    DescribeDBClusterSnapshots: (input, ctx) => {
      const clusters = new Map((spec(ctx).clusters ?? []).map((c) => [c.id, c]));
      const all = [...(spec(ctx).snapshots ?? [])].sort((a, b) => a.id.localeCompare(b.id));
      const p = paged(all, input, 'snapshots');
      return {
        DBClusterSnapshots: p.items.map((s) => {
          const encrypted = s.encrypted ?? true;
          return {
            DBClusterSnapshotIdentifier: s.id,
            DBClusterSnapshotArn: `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:cluster-snapshot:${s.id}`,
            DBClusterIdentifier: s.cluster,
            Engine: s.engine ?? clusters.get(s.cluster)?.engine ?? 'aurora-postgresql',
            SnapshotType: s.type ?? 'manual',
            Status: 'available',
            StorageEncrypted: encrypted,
            ...(encrypted ? { KmsKeyId: s.kmsKeyId ?? clusters.get(s.cluster)?.kmsKeyId ?? `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:key/aws-rds-default` } : {}),
            SnapshotCreateTime: new Date(s.createdAt ?? '2026-11-01T03:00:00Z'),
            ...(s.source ? { SourceDBClusterSnapshotArn: s.source } : {}),
            TagList: tagList(s.tags),
          };
        }),
        Marker: p.next,
      };
    },
    DescribeDBClusterSnapshotAttributes: (input, ctx) => {
      const s = findSnapshot(ctx, input.DBClusterSnapshotIdentifier);
      return { DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: s.id, DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: s.restore ?? [] }] } };
    },
    DescribeGlobalClusters: (input, ctx) => {
      const p = paged(spec(ctx).globalClusters ?? [], input, 'globals');
      return {
        GlobalClusters: p.items.map((g) => ({ GlobalClusterIdentifier: g.id, Status: 'available', GlobalClusterMembers: g.members.map((arn, n) => ({ DBClusterArn: arn, IsWriter: n === 0 })) })),
        Marker: p.next,
      };
    },
    DescribeDBProxies: (input, ctx) => {
      const p = paged(spec(ctx).proxies ?? [], input, 'proxies');
      return {
        DBProxies: p.items.map((x) => ({
          DBProxyName: x.name,
          DBProxyArn: `arn:${ctx.partition}:rds:${ctx.region}:${ctx.accountId}:db-proxy:prx-${fakeUuid(x.name).replace(/-/g, '').slice(0, 17)}`,
          Status: 'available',
          EngineFamily: x.engineFamily ?? 'POSTGRESQL',
          RequireTLS: x.requireTls ?? false,
          Auth: (x.secrets ?? []).map((name) => ({ AuthScheme: 'SECRETS', SecretArn: secretArn(ctx, name), IAMAuth: 'DISABLED' })),
          VpcId: x.vpcId, VpcSubnetIds: x.subnetIds ?? [], VpcSecurityGroupIds: x.securityGroups ?? [],
        })),
        Marker: p.next,
      };
    },
  },
};

export const rdsFakes: readonly ServiceFake[] = [rdsFake];
