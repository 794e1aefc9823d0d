/**
 * Aurora (aurora-postgresql, aurora-mysql): clusters, their instances, cluster snapshots and RDS Proxies.
 * Aurora is judged at the cluster; an instance carries only what lives on it (public accessibility).
 */
import type { ResourceBase } from './types.js';

/** One parameter of a cluster parameter group, as DescribeDBClusterParameters reports it. */
export interface RdsParameter {
  value?: string;
  /** `engine-default`, `system` or `user`. */
  source?: string;
  /** `static` (needs a reboot) or `dynamic`. */
  applyType?: string;
}

/** The Secrets Manager secret RDS manages for the master user (ManageMasterUserPassword). */
export interface RdsMasterSecret {
  arn: string;
  /** creating, active, rotating, impaired. */
  status?: string;
  kmsKeyId?: string;
}

export interface RdsCluster extends ResourceBase<'rds.cluster'> {
  clusterIdentifier: string;
  /** aurora-postgresql or aurora-mysql. */
  engine: string;
  engineVersion?: string;
  status?: string;
  storageEncrypted?: boolean;
  kmsKeyId?: string;
  masterUsername?: string;
  /** `null` when the master password is not managed in Secrets Manager. */
  masterUserSecret?: RdsMasterSecret | null;
  iamDatabaseAuthenticationEnabled?: boolean;
  deletionProtection?: boolean;
  backupRetentionPeriod?: number;
  /** EnabledCloudwatchLogsExports; empty when none. */
  logExports?: string[];
  dbSubnetGroupName?: string;
  parameterGroupName?: string;
  /** DBClusterParameterGroupStatus of the members: `in-sync` unless a change waits for a reboot. */
  parameterApplyStatus?: string;
  /** Every parameter of the attached cluster parameter group, engine defaults included. */
  parameters?: Record<string, RdsParameter>;
  /** Instance identifiers of the cluster's members, with the writer marked. */
  members: { instanceIdentifier: string; writer: boolean }[];
  /** The global database this cluster belongs to, with the regions of all its members; `null` when none. */
  globalCluster?: { identifier: string; regions: string[] } | null;
  /** ARNs of cross-region read replica clusters (ReadReplicaIdentifiers). */
  readReplicas?: string[];
  /** ReplicationSourceIdentifier, when this cluster is itself a replica. */
  replicationSource?: string;
}

export interface RdsInstance extends ResourceBase<'rds.instance'> {
  instanceIdentifier: string;
  /** The Aurora cluster it belongs to. */
  clusterIdentifier?: string;
  engine?: string;
  instanceClass?: string;
  status?: string;
  publiclyAccessible?: boolean;
  availabilityZone?: string;
}

export interface RdsClusterSnapshot extends ResourceBase<'rds.cluster_snapshot'> {
  snapshotIdentifier: string;
  clusterIdentifier?: string;
  /** manual, automated, shared, public. */
  snapshotType?: string;
  engine?: string;
  storageEncrypted?: boolean;
  kmsKeyId?: string;
  createdAt?: string;
  /** SourceDBClusterSnapshotArn: the snapshot this one was copied from (another region's, for a cross-region copy). */
  sourceSnapshotArn?: string;
  /** Values of the `restore` attribute (account ids, or `all` for public); manual snapshots only. */
  restoreAccounts?: string[];
}

export interface RdsProxy extends ResourceBase<'rds.proxy'> {
  proxyName: string;
  engineFamily?: string;
  status?: string;
  requireTls?: boolean;
  /** Secrets the proxy authenticates with. */
  authSecrets: string[];
}

declare module './types.js' {
  interface ResourceKinds {
    'rds.cluster': RdsCluster;
    'rds.instance': RdsInstance;
    'rds.cluster_snapshot': RdsClusterSnapshot;
    'rds.proxy': RdsProxy;
  }
}

/** Aurora engines this scanner judges. */
export const AURORA_ENGINES = ['aurora-postgresql', 'aurora-mysql', 'aurora'] as const;

/** `postgresql` or `mysql` for an Aurora engine name (`aurora` is Aurora MySQL 1). */
export function engineFamily(engine: string | undefined): 'postgresql' | 'mysql' | undefined {
  if (engine === 'aurora-postgresql') return 'postgresql';
  if (engine === 'aurora-mysql' || engine === 'aurora') return 'mysql';
  return undefined;
}

export type RdsParameterReading =
  | { known: false; reason: string }
  | { known: true; value: string | undefined; source?: string; effective: boolean; applyStatus?: string; where: string };

/** One parameter of a cluster's parameter group, with whether it is in effect. */
export function readClusterParameter(cluster: RdsCluster, name: string): RdsParameterReading {
  if (!cluster.parameters) return { known: false, reason: cluster.unknown?.parameters ?? 'cluster parameters were not collected' };
  const where = `cluster parameter group ${cluster.parameterGroupName ?? '(unknown)'}`;
  const p = cluster.parameters[name];
  const effective = cluster.parameterApplyStatus === undefined || cluster.parameterApplyStatus === 'in-sync';
  return { known: true, value: p?.value, source: p?.source, effective, applyStatus: cluster.parameterApplyStatus, where };
}

/** RDS boolean parameter values: 1/0, ON/OFF, true/false in any case. */
export function parameterOn(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '1' || v === 'on' || v === 'true') return true;
  if (v === '0' || v === 'off' || v === 'false' || v === '') return false;
  return undefined;
}
