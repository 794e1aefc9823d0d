/**
 * Fake Redshift (provisioned): clusters, logging status, parameter groups with engine defaults, subnet groups
 * and datashares. Spec shape (`regions[region].redshift`):
 *
 * {
 *   clusters: [{ id, nodeType?, nodes?, status?, publiclyAccessible?, enhancedVpcRouting?, encrypted?, kmsKeyId?,
 *                masterUsername?, managedPassword?, iamRoles?, defaultIamRole?, retentionDays?,
 *                snapshotCopy?: { destinationRegion, retentionDays? }, multiAz?, allowVersionUpgrade?, version?,
 *                subnetGroup?, vpcId?, securityGroups?, port?, parameterGroup?, pendingReboot?: [parameter names],
 *                logging?: { enabled, destination?: 's3'|'cloudwatch', bucket?, exports? }, tags? }],
 *   parameterGroups: [{ name, family?, parameters?: { require_ssl: 'true', ... } }],   // unset = engine default
 *   subnetGroups: [{ name, vpcId, subnetIds }],
 *   dataShares: [{ namespaceId, name, producerAccount?, producerRegion?, publicConsumers?, consumers?: [{ id, status?, region? }] }]
 * }
 *
 * Page sizes as the API: MaxRecords 20..100, default 100, token `Marker`.
 */
import { createHash } from 'node:crypto';
import {
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeClusterSubnetGroupsCommand,
  DescribeDataSharesCommand,
  DescribeLoggingStatusCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';
import { secretArn } from './secretsmanager.js';

export interface FakeRedshiftCluster {
  id: string;
  nodeType?: string;
  nodes?: number;
  status?: string;
  publiclyAccessible?: boolean;
  enhancedVpcRouting?: boolean;
  encrypted?: boolean;
  kmsKeyId?: string;
  masterUsername?: string;
  /** Admin password managed in Secrets Manager. */
  managedPassword?: boolean;
  iamRoles?: string[];
  defaultIamRole?: string;
  retentionDays?: number;
  snapshotCopy?: { destinationRegion: string; retentionDays?: number };
  multiAz?: boolean;
  allowVersionUpgrade?: boolean;
  version?: string;
  subnetGroup?: string;
  vpcId?: string;
  securityGroups?: string[];
  port?: number;
  parameterGroup?: string;
  /** Parameters modified in the group but not applied until the next reboot. */
  pendingReboot?: string[];
  logging?: { enabled: boolean; destination?: 's3' | 'cloudwatch'; bucket?: string; exports?: string[] };
  tags?: Record<string, string>;
}

export interface FakeParameterGroup {
  name: string;
  family?: string;
  /** Values set by the user; every other engine parameter keeps its default. */
  parameters?: Record<string, string>;
}

export interface FakeDataShare {
  namespaceId: string;
  name: string;
  producerAccount?: string;
  /** Region of the producer, when the share comes from another region. */
  producerRegion?: string;
  publicConsumers?: boolean;
  consumers?: { id: string; status?: string; region?: string }[];
}

export interface RedshiftSpec {
  clusters?: FakeRedshiftCluster[];
  parameterGroups?: FakeParameterGroup[];
  subnetGroups?: { name: string; vpcId: string; subnetIds: string[] }[];
  dataShares?: FakeDataShare[];
}

/** The redshift-1.0 family's engine defaults (name, value, apply type). */
export const ENGINE_DEFAULTS: readonly [string, string, 'static' | 'dynamic'][] = [
  ['auto_analyze', 'true', 'static'],
  ['auto_mv', 'true', 'static'],
  ['datestyle', 'ISO, MDY', 'static'],
  ['enable_case_sensitive_identifier', 'false', 'static'],
  ['enable_user_activity_logging', 'false', 'static'],
  ['extra_float_digits', '0', 'static'],
  ['max_concurrency_scaling_clusters', '1', 'dynamic'],
  ['max_cursor_result_set_size', 'default', 'static'],
  ['query_group', 'default', 'static'],
  ['require_ssl', 'false', 'static'],
  ['search_path', '$user, public', 'static'],
  ['statement_timeout', '0', 'static'],
  ['use_fips_ssl', 'false', 'static'],
  ['wlm_json_configuration', '[{"auto_wlm":true}]', 'dynamic'],
];
const DEFAULT_GROUP = 'default.redshift-1.0';
const MAX_RECORDS = { min: 20, max: 100 } as const;

const spec = (ctx: FakeContext): RedshiftSpec => (ctx.spec as RedshiftSpec | undefined) ?? {};
const tagList = (t: Record<string, string> | undefined) => Object.entries(t ?? {}).map(([Key, Value]) => ({ Key, Value }));

/** A stable UUID-shaped id derived from a seed. */
export function fakeUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function paged<T>(items: readonly T[], input: Record<string, unknown>, prefix: string) {
  const requested = input.MaxRecords as number | undefined;
  if (requested !== undefined && (requested < MAX_RECORDS.min || requested > MAX_RECORDS.max)) {
    throw awsError('InvalidParameterValue', `MaxRecords must be between ${MAX_RECORDS.min} and ${MAX_RECORDS.max}`);
  }
  return page(items, input.Marker as string | undefined, requested, MAX_RECORDS.max, prefix);
}

function findCluster(ctx: FakeContext, id: unknown): FakeRedshiftCluster {
  const cluster = (spec(ctx).clusters ?? []).find((c) => c.id === id);
  if (!cluster) throw awsError('ClusterNotFound', `Cluster ${String(id)} not found.`, 404);
  return cluster;
}

function parametersOf(ctx: FakeContext, name: string) {
  const group = name === DEFAULT_GROUP ? { name } : (spec(ctx).parameterGroups ?? []).find((g) => g.name === name);
  if (!group) throw awsError('ClusterParameterGroupNotFound', `The parameter group ${name} could not be found.`, 404);
  const user = group.parameters ?? {};
  const known = new Set(ENGINE_DEFAULTS.map(([n]) => n));
  const rows = ENGINE_DEFAULTS.map(([n, v, apply]) => ({ name: n, value: user[n] ?? v, source: n in user ? 'user' : 'engine-default', apply }));
  for (const [n, v] of Object.entries(user)) if (!known.has(n)) rows.push({ name: n, value: v, source: 'user', apply: 'dynamic' });
  return rows.map((r) => ({
    ParameterName: r.name, ParameterValue: r.value, Description: `${r.name} setting`, Source: r.source, DataType: 'string', ApplyType: r.apply, IsModifiable: true,
  }));
}

function describeCluster(ctx: FakeContext, c: FakeRedshiftCluster) {
  const group = c.parameterGroup ?? DEFAULT_GROUP;
  const pending = new Set(c.pendingReboot ?? []);
  const statusNames = [...new Set([...pending, ...Object.keys((spec(ctx).parameterGroups ?? []).find((g) => g.name === group)?.parameters ?? {})])].sort();
  const port = c.port ?? 5439;
  const encrypted = c.encrypted ?? true;
  return {
    ClusterIdentifier: c.id,
    NodeType: c.nodeType ?? 'ra3.xlplus',
    NumberOfNodes: c.nodes ?? 2,
    ClusterStatus: c.status ?? 'available',
    ClusterAvailabilityStatus: 'Available',
    MasterUsername: c.masterUsername ?? 'awsuser',
    DBName: 'dev',
    Endpoint: { Address: `${c.id}.c${fakeUuid(c.id).slice(0, 10)}.${ctx.region}.redshift.amazonaws.com`, Port: port },
    ClusterCreateTime: new Date('2025-03-04T09:30:00Z'),
    AutomatedSnapshotRetentionPeriod: c.retentionDays ?? 1,
    ManualSnapshotRetentionPeriod: -1,
    ClusterSecurityGroups: [],
    VpcSecurityGroups: (c.securityGroups ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' })),
    ClusterParameterGroups: [
      {
        ParameterGroupName: group,
        ParameterApplyStatus: pending.size > 0 ? 'pending-reboot' : 'in-sync',
        ClusterParameterStatusList: statusNames.map((n) => ({ ParameterName: n, ParameterApplyStatus: pending.has(n) ? 'pending-reboot' : 'in-sync' })),
      },
    ],
    ClusterSubnetGroupName: c.subnetGroup ?? 'default',
    VpcId: c.vpcId,
    AvailabilityZone: `${ctx.region}a`,
    PreferredMaintenanceWindow: 'sun:03:00-sun:03:30',
    PendingModifiedValues: {},
    ClusterVersion: '1.0',
    ClusterRevisionNumber: c.version ?? '76817',
    AllowVersionUpgrade: c.allowVersionUpgrade ?? true,
    PubliclyAccessible: c.publiclyAccessible ?? false,
    Encrypted: encrypted,
    ...(encrypted && c.kmsKeyId ? { KmsKeyId: c.kmsKeyId } : {}),
    EnhancedVpcRouting: c.enhancedVpcRouting ?? false,
    IamRoles: (c.iamRoles ?? []).map((IamRoleArn) => ({ IamRoleArn, ApplyStatus: 'in-sync' })),
    ...(c.defaultIamRole ? { DefaultIamRoleArn: c.defaultIamRole } : {}),
    ...(c.snapshotCopy
      ? { ClusterSnapshotCopyStatus: { DestinationRegion: c.snapshotCopy.destinationRegion, RetentionPeriod: c.snapshotCopy.retentionDays ?? 7, ManualSnapshotRetentionPeriod: -1 } }
      : {}),
    MaintenanceTrackName: 'current',
    ClusterNamespaceArn: `arn:${ctx.partition}:redshift:${ctx.region}:${ctx.accountId}:namespace:${fakeUuid(`ns:${c.id}`)}`,
    ...(c.managedPassword
      ? { MasterPasswordSecretArn: secretArn(ctx, `redshift!${c.id}-${c.masterUsername ?? 'awsuser'}`) }
      : {}),
    IpAddressType: 'ipv4',
    MultiAZ: c.multiAz ? 'Enabled' : 'Disabled',
    Tags: tagList(c.tags),
  };
}

export const redshiftFake: ServiceFake = {
  service: 'redshift',
  client: RedshiftClient,
  commands: { DescribeClustersCommand, DescribeLoggingStatusCommand, DescribeClusterParametersCommand, DescribeClusterSubnetGroupsCommand, DescribeDataSharesCommand },
  handlers: {
    DescribeClusters: (input, ctx) => {
      const all = [...(spec(ctx).clusters ?? [])].sort((a, b) => a.id.localeCompare(b.id));
      const chosen = input.ClusterIdentifier === undefined ? all : [findCluster(ctx, input.ClusterIdentifier)];
      const p = paged(chosen, input, 'clusters');
      return { Clusters: p.items.map((c) => describeCluster(ctx, c)), Marker: p.next };
    },
    DescribeLoggingStatus: (input, ctx) => {
      const l = findCluster(ctx, input.ClusterIdentifier).logging;
      if (!l?.enabled) return { LoggingEnabled: false };
      const destination = l.destination ?? 's3';
      return {
        LoggingEnabled: true,
        LogDestinationType: destination,
        ...(destination === 's3' ? { BucketName: l.bucket ?? `redshift-audit-${ctx.accountId}-${ctx.region}`, S3KeyPrefix: 'audit/' } : {}),
        LogExports: l.exports ?? (destination === 's3' ? [] : ['connectionlog', 'userlog', 'useractivitylog']),
        LastSuccessfulDeliveryTime: new Date('2026-11-01T06:00:00Z'),
      };
    },
    DescribeClusterParameters: (input, ctx) => {
      const rows = parametersOf(ctx, String(input.ParameterGroupName)).filter((r) => input.Source === undefined || r.Source === input.Source);
      const p = paged(rows, input, `params-${String(input.ParameterGroupName)}`);
      return { Parameters: p.items, Marker: p.next };
    },
    DescribeClusterSubnetGroups: (input, ctx) => {
      const groups = (spec(ctx).subnetGroups ?? []).filter((g) => input.ClusterSubnetGroupName === undefined || g.name === input.ClusterSubnetGroupName);
      const p = paged(groups, input, 'subnetgroups');
      return {
        ClusterSubnetGroups: p.items.map((g) => ({
          ClusterSubnetGroupName: g.name, Description: g.name, VpcId: g.vpcId, SubnetGroupStatus: 'Complete',
          Subnets: g.subnetIds.map((id, i) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: `${ctx.region}${'abc'[i % 3]}` }, SubnetStatus: 'Active' })),
          Tags: [], SupportedClusterIpAddressTypes: ['ipv4'],
        })),
        Marker: p.next,
      };
    },
    DescribeDataShares: (input, ctx) => {
      const p = paged(spec(ctx).dataShares ?? [], input, 'datashares');
      return {
        DataShares: p.items.map((d) => {
          const account = d.producerAccount ?? ctx.accountId;
          const region = d.producerRegion ?? ctx.region;
          return {
            DataShareArn: `arn:${ctx.partition}:redshift:${region}:${account}:datashare:${d.namespaceId}/${d.name}`,
            ProducerArn: `arn:${ctx.partition}:redshift:${region}:${account}:namespace:${d.namespaceId}`,
            AllowPubliclyAccessibleConsumers: d.publicConsumers ?? false,
            DataShareAssociations: (d.consumers ?? []).map((c) => ({
              ConsumerIdentifier: c.id, Status: c.status ?? 'ACTIVE', ...(c.region ? { ConsumerRegion: c.region } : {}),
              CreatedDate: new Date('2026-02-10T12:00:00Z'), StatusChangeDate: new Date('2026-02-10T12:05:00Z'),
            })),
            DataShareType: 'INTERNAL',
          };
        }),
        Marker: p.next,
      };
    },
  },
};

export const redshiftFakes: readonly ServiceFake[] = [redshiftFake];
