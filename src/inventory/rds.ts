/** Aurora (aurora-postgresql, aurora-mysql): clusters, their member instances, cluster snapshots, RDS Proxies. */
import type { ResourceBase } from './types.js';

/** The Aurora engines the scanner judges; other engines DescribeDBClusters lists (Neptune, DocumentDB, Multi-AZ DB clusters) are skipped. */
export const AURORA_ENGINES = ['aurora-postgresql', 'aurora-mysql'] as const;
export type AuroraEngine = (typeof AURORA_ENGINES)[number];

export function isAuroraEngine(engine: string | undefined): engine is AuroraEngine {
  return (AURORA_ENGINES as readonly string[]).includes(engine ?? '');
}

/** One parameter of a cluster parameter group, as DescribeDBClusterParameters reports it. */
export interface AuroraParameter {
  value?: string;
  /** `engine-default`, `system` or `user`. */
  source?: string;
  /** `static` (needs a reboot) or `dynamic`. */
  applyType?: string;
}

/** The Secrets Manager secret RDS manages for the master user (DBCluster.MasterUserSecret). */
export interface MasterUserSecret {
  secretArn?: string;
  /** `creating`, `active`, `rotating` or `impaired`. */
  status?: string;
  kmsKeyId?: string;
}

/** Rotation facts of a secret, as DescribeSecret / ListSecrets report them (never the secret value). */
export interface SecretRotation {
  rotationEnabled: boolean;
  /** RotationRules.AutomaticallyAfterDays. */
  automaticallyAfterDays?: number;
  /** RotationRules.ScheduleExpression: `rate(N days)` or `cron(...)`. */
  scheduleExpression?: string;
  lastRotatedDate?: string;
  nextRotationDate?: string;
  createdDate?: string;
}

export interface AuroraCluster extends ResourceBase<'rds.cluster'> {
  dbClusterIdentifier: string;
  engine: AuroraEngine;
  engineVersion?: string;
  /** `provisioned`, `serverless`, … */
  engineMode?: string;
  status?: string;
  storageEncrypted?: boolean;
  /** KmsKeyId as DescribeDBClusters reports it (a key ARN); absent when unencrypted. */
  kmsKeyId?: string;
  masterUsername?: string;
  /** `null` when the master password is not managed in Secrets Manager. */
  masterUserSecret?: MasterUserSecret | null;
  /** Rotation of the linked master secret (DescribeSecret); see `unknown.masterSecretRotation` when it could not be read. */
  masterSecretRotation?: SecretRotation;
  iamDatabaseAuthenticationEnabled?: boolean;
  /** EnabledCloudwatchLogsExports: postgresql; audit, error, general, slowquery, iam-db-auth-error … */
  enabledCloudwatchLogsExports?: string[];
  backupRetentionPeriod?: number;
  deletionProtection?: boolean;
  publiclyAccessible?: boolean;
  /** Identifiers of the member DB instances. */
  memberInstanceIds?: string[];
  writerInstanceId?: string;
  /** The attached DB cluster parameter group. */
  parameterGroupName?: string;
  /** DBClusterParameterGroupStatus per member instance (`in-sync`, `pending-reboot`, `applying`). */
  parameterGroupStatus?: Record<string, string>;
  /** Every parameter of the attached group, engine defaults included: name -> value and source. */
  parameters?: Record<string, AuroraParameter>;
  subnetGroupName?: string;
  /** Global database this cluster belongs to, with the regions of its members (DescribeGlobalClusters). */
  globalCluster?: { identifier: string; memberRegions: string[] } | null;
  /** Cross-region (binlog) read replica clusters (ARNs). */
  readReplicaIdentifiers?: string[];
  /** The source when this cluster is itself a replica. */
  replicationSourceIdentifier?: string;
  /** Database activity stream status (`started`, `stopped`, …). */
  activityStreamStatus?: string;
  clusterCreateTime?: string;
}

export interface AuroraInstance extends ResourceBase<'rds.instance'> {
  dbInstanceIdentifier: string;
  /** The Aurora cluster this instance belongs to. */
  dbClusterIdentifier: string;
  engine: AuroraEngine;
  engineVersion?: string;
  instanceClass?: string;
  status?: string;
  publiclyAccessible?: boolean;
  availabilityZone?: string;
  subnetGroupName?: string;
  autoMinorVersionUpgrade?: boolean;
  caCertificateIdentifier?: string;
  /** Enhanced monitoring interval in seconds (0 = off). */
  monitoringInterval?: number;
  performanceInsightsEnabled?: boolean;
  isClusterWriter?: boolean;
  storageEncrypted?: boolean;
  kmsKeyId?: string;
}

export interface AuroraClusterSnapshot extends ResourceBase<'rds.cluster_snapshot'> {
  dbClusterSnapshotIdentifier: string;
  dbClusterIdentifier?: string;
  /** `manual`, `automated` or `awsbackup`. */
  snapshotType?: string;
  engine: AuroraEngine;
  status?: string;
  storageEncrypted?: boolean;
  kmsKeyId?: string;
  snapshotCreateTime?: string;
  /** The snapshot this one was copied from (possibly in another region). */
  sourceSnapshotArn?: string;
  /** Values of the `restore` attribute (account ids or `all`); manual snapshots only. */
  restoreAttribute?: string[];
}

export interface RdsProxyAuth {
  authScheme?: string;
  secretArn?: string;
  /** `DISABLED`, `REQUIRED`, `ENABLED`. */
  iamAuth?: string;
  clientPasswordAuthType?: string;
}

export interface RdsProxy extends ResourceBase<'rds.proxy'> {
  dbProxyName: string;
  /** `MYSQL`, `POSTGRESQL`, `SQLSERVER`. */
  engineFamily?: string;
  status?: string;
  requireTls?: boolean;
  debugLogging?: boolean;
  idleClientTimeout?: number;
  roleArn?: string;
  auth?: RdsProxyAuth[];
  endpoint?: string;
}

declare module './types.js' {
  interface ResourceKinds {
    'rds.cluster': AuroraCluster;
    'rds.instance': AuroraInstance;
    'rds.cluster_snapshot': AuroraClusterSnapshot;
    'rds.proxy': RdsProxy;
  }
}

/** A parameter's configured value and whether it is in effect on every member instance yet. */
export type ParameterReading =
  | { known: false; reason: string }
  | { known: true; value: string | undefined; source?: string; effective: boolean; pendingOn: string[]; where: string };

/**
 * Reads a parameter of the cluster's attached group. A static parameter changed in the group is applied
 * to each instance at its next reboot: while any member reports `pending-reboot` (or `applying`), the value
 * is configured, not effective.
 */
export function readParameter(cluster: AuroraCluster, name: string): ParameterReading {
  if (!cluster.parameters) return { known: false, reason: cluster.unknown?.parameters ?? 'parameters were not collected' };
  const where = `cluster parameter group ${cluster.parameterGroupName ?? '(unknown)'}`;
  const pendingOn = Object.entries(cluster.parameterGroupStatus ?? {})
    .filter(([, status]) => status !== 'in-sync')
    .map(([instance, status]) => `${instance} (${status})`)
    .sort();
  const param = cluster.parameters[name];
  return { known: true, value: param?.value, ...(param?.source ? { source: param.source } : {}), effective: pendingOn.length === 0, pendingOn, where };
}
