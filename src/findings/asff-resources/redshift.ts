/**
 * ASFF resource types and details for Redshift: `AwsRedshiftCluster` for provisioned clusters; `Other` (string
 * pairs within Security Hub's limits) for datashares and Redshift Serverless, which have no ASFF type of their own.
 */
import type { AwsRedshiftClusterDetails } from '@aws-sdk/client-securityhub';
import type { RedshiftCluster, RedshiftDatashare, RedshiftServerlessNamespace, RedshiftServerlessWorkgroup } from '../../inventory/redshift.js';
import type { Resource } from '../../inventory/types.js';
import { ASFF_LIMITS, limitPairs } from '../asff-limits.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined } from './defined.js';

export function redshiftClusterDetails(c: RedshiftCluster): AwsRedshiftClusterDetails {
  const statuses = Object.entries(c.parameterApplyStatus ?? {}).map(([ParameterName, ParameterApplyStatus]) => ({ ParameterName, ParameterApplyStatus }));
  return defined<AwsRedshiftClusterDetails>({
    ClusterIdentifier: c.clusterIdentifier,
    ClusterStatus: c.status,
    NodeType: c.nodeType,
    NumberOfNodes: c.numberOfNodes,
    ClusterVersion: c.clusterVersion,
    AvailabilityZone: c.availabilityZone,
    PubliclyAccessible: c.publiclyAccessible,
    EnhancedVpcRouting: c.enhancedVpcRouting,
    Encrypted: c.encrypted,
    KmsKeyId: c.kmsKeyId,
    MasterUsername: c.masterUsername,
    AllowVersionUpgrade: c.allowVersionUpgrade,
    AutomatedSnapshotRetentionPeriod: c.automatedSnapshotRetentionDays,
    ClusterSubnetGroupName: c.subnetGroupName,
    VpcId: c.network?.vpcId,
    VpcSecurityGroups: c.network?.securityGroupIds?.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId })),
    IamRoles: c.iamRoles?.map((IamRoleArn) => ({ IamRoleArn })),
    ClusterParameterGroups: c.parameterGroupName
      ? [defined({ ParameterGroupName: c.parameterGroupName, ParameterApplyStatus: c.parameterGroupApplyStatus, ClusterParameterStatusList: statuses.length > 0 ? statuses : undefined })]
      : undefined,
    ClusterSnapshotCopyStatus: c.snapshotCopy
      ? defined({ DestinationRegion: c.snapshotCopy.destinationRegion, RetentionPeriod: c.snapshotCopy.retentionDays, SnapshotCopyGrantName: c.snapshotCopy.grantName })
      : undefined,
    Endpoint: c.network?.port !== undefined ? { Port: c.network.port } : undefined,
    LoggingStatus: c.logging ? defined({ LoggingEnabled: c.logging.enabled, BucketName: c.logging.bucketName, LastFailureMessage: c.logging.lastFailureMessage }) : undefined,
  });
}

/** Scalar facts as `Details.Other`, within 50 pairs and the key/value lengths. */
function other(resource: Resource, facts: Record<string, string | number | boolean | string[] | undefined>): Record<string, string> {
  const pairs: Record<string, string> = { kind: resource.kind, dataTier: resource.classification.effectiveTier, classificationSource: resource.classification.source };
  for (const [key, value] of Object.entries(facts)) {
    if (value === undefined) continue;
    pairs[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return limitPairs(pairs, ASFF_LIMITS.otherPairs, ASFF_LIMITS.otherKey, ASFF_LIMITS.otherValue);
}

function workgroupDetails(w: RedshiftServerlessWorkgroup): Record<string, string> {
  return other(w, {
    workgroupName: w.name,
    workgroupId: w.workgroupId,
    namespaceName: w.namespaceName,
    status: w.status,
    publiclyAccessible: w.publiclyAccessible,
    enhancedVpcRouting: w.enhancedVpcRouting,
    requireSsl: w.configParameters?.require_ssl,
    enableUserActivityLogging: w.configParameters?.enable_user_activity_logging,
    baseCapacity: w.baseCapacity,
    port: w.network?.port,
    vpcId: w.network?.vpcId,
    subnetIds: w.network?.subnetIds,
    securityGroupIds: w.network?.securityGroupIds,
  });
}

function namespaceDetails(n: RedshiftServerlessNamespace): Record<string, string> {
  return other(n, {
    namespaceName: n.name,
    namespaceId: n.namespaceId,
    status: n.status,
    kmsKeyId: n.kmsKeyId,
    adminUsername: n.adminUsername,
    adminPasswordManaged: n.adminPasswordSecretArn !== undefined,
    logExports: n.logExports,
    iamRoles: n.iamRoles,
    snapshotCopyRegions: n.snapshotCopies?.map((c) => c.destinationRegion ?? '?'),
  });
}

function datashareDetails(d: RedshiftDatashare): Record<string, string> {
  return other(d, {
    dataShareName: d.name,
    producerArn: d.producerArn,
    allowPubliclyAccessibleConsumers: d.allowPubliclyAccessibleConsumers,
    consumers: d.consumers.map((c) => `${c.consumerIdentifier}${c.status ? `:${c.status}` : ''}`),
    managedBy: d.managedBy,
    dataShareType: d.dataShareType,
  });
}

export const redshiftAsff: AsffResourceMappers = {
  'redshift.cluster': (c) => redshiftClusterDetails(c),
  'redshift.datashare': datashareDetails,
  'redshiftserverless.workgroup': workgroupDetails,
  'redshiftserverless.namespace': namespaceDetails,
};
