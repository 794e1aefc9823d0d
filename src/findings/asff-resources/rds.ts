/**
 * ASFF resource types and details for Aurora: `AwsRdsDbCluster`, `AwsRdsDbInstance`, `AwsRdsDbClusterSnapshot`
 * with their Details (only collected facts); `Other` for RDS Proxies, which have no ASFF type of their own.
 */
import type { AwsRdsDbClusterDetails, AwsRdsDbClusterSnapshotDetails, AwsRdsDbInstanceDetails } from '@aws-sdk/client-securityhub';
import type { RdsCluster, RdsClusterSnapshot, RdsInstance, RdsProxy } from '../../inventory/rds.js';
import { ASFF_LIMITS, limitPairs } from '../asff-limits.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined } from './defined.js';

export function rdsClusterDetails(c: RdsCluster): AwsRdsDbClusterDetails {
  return defined<AwsRdsDbClusterDetails>({
    DbClusterIdentifier: c.clusterIdentifier,
    Engine: c.engine,
    EngineVersion: c.engineVersion,
    Status: c.status,
    Port: c.network?.port,
    MasterUsername: c.masterUsername,
    StorageEncrypted: c.storageEncrypted,
    KmsKeyId: c.kmsKeyId,
    IamDatabaseAuthenticationEnabled: c.iamDatabaseAuthenticationEnabled,
    DeletionProtection: c.deletionProtection,
    BackupRetentionPeriod: c.backupRetentionPeriod,
    EnabledCloudWatchLogsExports: c.logExports,
    DbClusterParameterGroup: c.parameterGroupName,
    DbSubnetGroup: c.dbSubnetGroupName,
    VpcSecurityGroups: c.network?.securityGroupIds?.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId })),
    DbClusterMembers: c.members.map((m) => ({ DbInstanceIdentifier: m.instanceIdentifier, IsClusterWriter: m.writer, ...(c.parameterApplyStatus ? { DbClusterParameterGroupStatus: c.parameterApplyStatus } : {}) })),
    ReadReplicaIdentifiers: c.readReplicas && c.readReplicas.length > 0 ? c.readReplicas : undefined,
  });
}

export function rdsInstanceDetails(i: RdsInstance): AwsRdsDbInstanceDetails {
  return defined<AwsRdsDbInstanceDetails>({
    DBInstanceIdentifier: i.instanceIdentifier,
    DBClusterIdentifier: i.clusterIdentifier,
    DBInstanceClass: i.instanceClass,
    Engine: i.engine,
    DbInstanceStatus: i.status,
    PubliclyAccessible: i.publiclyAccessible,
    AvailabilityZone: i.availabilityZone,
  });
}

export function rdsClusterSnapshotDetails(s: RdsClusterSnapshot): AwsRdsDbClusterSnapshotDetails {
  return defined<AwsRdsDbClusterSnapshotDetails>({
    DbClusterSnapshotIdentifier: s.snapshotIdentifier,
    DbClusterIdentifier: s.clusterIdentifier,
    SnapshotType: s.snapshotType,
    Engine: s.engine,
    StorageEncrypted: s.storageEncrypted,
    KmsKeyId: s.kmsKeyId,
    SnapshotCreateTime: s.createdAt,
    DbClusterSnapshotAttributes: s.restoreAccounts ? [{ AttributeName: 'restore', AttributeValues: s.restoreAccounts }] : undefined,
  });
}

function proxyDetails(p: RdsProxy) {
  const pairs: Record<string, string> = { kind: p.kind, dataTier: p.classification.effectiveTier, classificationSource: p.classification.source, proxyName: p.proxyName };
  if (p.engineFamily) pairs.engineFamily = p.engineFamily;
  if (p.status) pairs.status = p.status;
  if (p.requireTls !== undefined) pairs.requireTls = String(p.requireTls);
  if (p.network?.vpcId) pairs.vpcId = p.network.vpcId;
  if (p.authSecrets.length > 0) pairs.authSecrets = p.authSecrets.join(',');
  return limitPairs(pairs, ASFF_LIMITS.otherPairs, ASFF_LIMITS.otherKey, ASFF_LIMITS.otherValue);
}

export const rdsAsff: AsffResourceMappers = {
  'rds.cluster': (c) => rdsClusterDetails(c),
  'rds.instance': (i) => rdsInstanceDetails(i),
  'rds.cluster_snapshot': (s) => rdsClusterSnapshotDetails(s),
  'rds.proxy': proxyDetails,
};
