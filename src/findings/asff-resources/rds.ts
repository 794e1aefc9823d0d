/**
 * ASFF resource types and details for Aurora: `AwsRdsDbCluster`, `AwsRdsDbInstance` and
 * `AwsRdsDbClusterSnapshot` with only the facts the collector read; `Other` for RDS Proxies, which have
 * no ASFF type of their own.
 */
import type { AwsRdsDbClusterDetails, AwsRdsDbClusterSnapshotDetails, AwsRdsDbInstanceDetails } from '@aws-sdk/client-securityhub';
import type { AuroraCluster, AuroraClusterSnapshot, AuroraInstance, RdsProxy } from '../../inventory/rds.js';
import { ASFF_LIMITS, limitPairs } from '../asff-limits.js';
import type { AsffResourceMappers, AsffResourceShape } from '../asff-resource.js';

/** Drops undefined values so the details carry only what was collected. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const groups = (ids: string[] | undefined) => ids?.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: 'active' }));

export function auroraClusterDetails(c: AuroraCluster): AwsRdsDbClusterDetails {
  return defined<AwsRdsDbClusterDetails>({
    DbClusterIdentifier: c.dbClusterIdentifier,
    Engine: c.engine,
    EngineVersion: c.engineVersion,
    EngineMode: c.engineMode,
    Status: c.status,
    Port: c.network?.port,
    MasterUsername: c.masterUsername,
    StorageEncrypted: c.storageEncrypted,
    KmsKeyId: c.kmsKeyId,
    IamDatabaseAuthenticationEnabled: c.iamDatabaseAuthenticationEnabled,
    EnabledCloudWatchLogsExports: c.enabledCloudwatchLogsExports,
    BackupRetentionPeriod: c.backupRetentionPeriod,
    DeletionProtection: c.deletionProtection,
    DbClusterParameterGroup: c.parameterGroupName,
    DbSubnetGroup: c.subnetGroupName,
    VpcSecurityGroups: groups(c.network?.securityGroupIds),
    ReadReplicaIdentifiers: c.readReplicaIdentifiers && c.readReplicaIdentifiers.length > 0 ? c.readReplicaIdentifiers : undefined,
    ActivityStreamStatus: c.activityStreamStatus,
    ClusterCreateTime: c.clusterCreateTime,
    DbClusterMembers: c.memberInstanceIds?.map((id) =>
      defined({ DbInstanceIdentifier: id, IsClusterWriter: c.writerInstanceId === undefined ? undefined : c.writerInstanceId === id, DbClusterParameterGroupStatus: c.parameterGroupStatus?.[id] }),
    ),
  });
}

export function auroraInstanceDetails(i: AuroraInstance): AwsRdsDbInstanceDetails {
  return defined<AwsRdsDbInstanceDetails>({
    DBInstanceIdentifier: i.dbInstanceIdentifier,
    DBClusterIdentifier: i.dbClusterIdentifier,
    DBInstanceClass: i.instanceClass,
    Engine: i.engine,
    EngineVersion: i.engineVersion,
    DbInstanceStatus: i.status,
    PubliclyAccessible: i.publiclyAccessible,
    AvailabilityZone: i.availabilityZone,
    DbInstancePort: i.network?.port,
    StorageEncrypted: i.storageEncrypted,
    KmsKeyId: i.kmsKeyId,
    AutoMinorVersionUpgrade: i.autoMinorVersionUpgrade,
    CACertificateIdentifier: i.caCertificateIdentifier,
    MonitoringInterval: i.monitoringInterval,
    PerformanceInsightsEnabled: i.performanceInsightsEnabled,
    VpcSecurityGroups: groups(i.network?.securityGroupIds),
    DbSubnetGroup: i.subnetGroupName
      ? defined({ DbSubnetGroupName: i.subnetGroupName, VpcId: i.network?.vpcId, Subnets: i.network?.subnetIds?.map((SubnetIdentifier) => ({ SubnetIdentifier })) })
      : undefined,
  });
}

export function auroraSnapshotDetails(s: AuroraClusterSnapshot): AwsRdsDbClusterSnapshotDetails {
  return defined<AwsRdsDbClusterSnapshotDetails>({
    DbClusterSnapshotIdentifier: s.dbClusterSnapshotIdentifier,
    DbClusterIdentifier: s.dbClusterIdentifier,
    SnapshotType: s.snapshotType,
    Engine: s.engine,
    Status: s.status,
    StorageEncrypted: s.storageEncrypted,
    KmsKeyId: s.kmsKeyId,
    SnapshotCreateTime: s.snapshotCreateTime,
    VpcId: s.network?.vpcId,
    DbClusterSnapshotAttributes: s.restoreAttribute ? [{ AttributeName: 'restore', AttributeValues: s.restoreAttribute }] : undefined,
  });
}

function proxyDetails(p: RdsProxy): AsffResourceShape {
  const facts: Record<string, string | number | boolean | string[] | undefined> = {
    dbProxyName: p.dbProxyName,
    engineFamily: p.engineFamily,
    status: p.status,
    requireTls: p.requireTls,
    debugLogging: p.debugLogging,
    roleArn: p.roleArn,
    authSchemes: p.auth?.map((a) => `${a.authScheme ?? '?'}:iam=${a.iamAuth ?? '?'}`),
    vpcId: p.network?.vpcId,
    subnetIds: p.network?.subnetIds,
    securityGroupIds: p.network?.securityGroupIds,
  };
  const pairs: Record<string, string> = { kind: p.kind, dataTier: p.classification.effectiveTier, classificationSource: p.classification.source };
  for (const [key, value] of Object.entries(facts)) if (value !== undefined) pairs[key] = Array.isArray(value) ? value.join(',') : String(value);
  return { Type: 'Other', Details: { Other: limitPairs(pairs, ASFF_LIMITS.otherPairs, ASFF_LIMITS.otherKey, ASFF_LIMITS.otherValue) } };
}

export const rdsAsff: AsffResourceMappers = {
  'rds.cluster': (c) => ({ Type: 'AwsRdsDbCluster', Details: { AwsRdsDbCluster: auroraClusterDetails(c) } }),
  'rds.instance': (i) => ({ Type: 'AwsRdsDbInstance', Details: { AwsRdsDbInstance: auroraInstanceDetails(i) } }),
  'rds.cluster_snapshot': (s) => ({ Type: 'AwsRdsDbClusterSnapshot', Details: { AwsRdsDbClusterSnapshot: auroraSnapshotDetails(s) } }),
  'rds.proxy': proxyDetails,
};
