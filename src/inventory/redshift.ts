/** Redshift provisioned clusters and datashares, Redshift Serverless workgroups and namespaces. */
import type { ResourceBase } from './types.js';

/** One parameter of a cluster's parameter group, as DescribeClusterParameters reports it. */
export interface RedshiftParameter {
  value?: string;
  /** `engine-default` or `user`. */
  source?: string;
  /** `static` (needs a reboot) or `dynamic`. */
  applyType?: string;
}

/** DescribeLoggingStatus for a cluster. */
export interface RedshiftLogging {
  enabled: boolean;
  /** `s3` or `cloudwatch`. */
  destination?: string;
  bucketName?: string;
  /** connectionlog, userlog, useractivitylog; empty when the API lists none. */
  logExports: string[];
  lastFailureMessage?: string;
}

export interface RedshiftCluster extends ResourceBase<'redshift.cluster'> {
  clusterIdentifier: string;
  status?: string;
  nodeType?: string;
  numberOfNodes?: number;
  clusterVersion?: string;
  namespaceArn?: string;
  publiclyAccessible?: boolean;
  enhancedVpcRouting?: boolean;
  encrypted?: boolean;
  /** KmsKeyId as DescribeClusters reports it; absent for the AWS owned key. */
  kmsKeyId?: string;
  masterUsername?: string;
  masterPasswordSecretArn?: string;
  /** IAM role ARNs attached for COPY/UNLOAD and other service access. */
  iamRoles?: string[];
  defaultIamRoleArn?: string;
  automatedSnapshotRetentionDays?: number;
  /** ClusterSnapshotCopyStatus; `null` when cross-region copy is off. */
  snapshotCopy?: { destinationRegion?: string; retentionDays?: number; grantName?: string } | null;
  /** `Enabled` or `Disabled`. */
  multiAz?: string;
  allowVersionUpgrade?: boolean;
  subnetGroupName?: string;
  availabilityZone?: string;
  /** The attached parameter group. */
  parameterGroupName?: string;
  /** ParameterApplyStatus of the attached group (in-sync, pending-reboot, …). */
  parameterGroupApplyStatus?: string;
  /** ClusterParameterStatusList: parameter name -> ParameterApplyStatus. */
  parameterApplyStatus?: Record<string, string>;
  /** Every parameter of the attached group, engine defaults included: name -> value and source. */
  parameters?: Record<string, RedshiftParameter>;
  /** `rule_name`s of query monitoring rules in wlm_json_configuration. */
  queryMonitoringRules?: string[];
  logging?: RedshiftLogging;
}

export interface RedshiftDatashareConsumer {
  /** Account id, namespace ARN, or `ADX` for AWS Data Exchange. */
  consumerIdentifier: string;
  /** ACTIVE, AUTHORIZED, PENDING_AUTHORIZATION, DEAUTHORIZED, REJECTED, AVAILABLE. */
  status?: string;
  consumerRegion?: string;
}

export interface RedshiftDatashare extends ResourceBase<'redshift.datashare'> {
  producerArn?: string;
  allowPubliclyAccessibleConsumers?: boolean;
  consumers: RedshiftDatashareConsumer[];
  managedBy?: string;
  dataShareType?: string;
}

export interface RedshiftServerlessWorkgroup extends ResourceBase<'redshiftserverless.workgroup'> {
  workgroupId?: string;
  namespaceName?: string;
  status?: string;
  publiclyAccessible?: boolean;
  enhancedVpcRouting?: boolean;
  /** configParameters: key -> value. */
  configParameters?: Record<string, string>;
  baseCapacity?: number;
  endpointAddress?: string;
}

export interface RedshiftServerlessNamespace extends ResourceBase<'redshiftserverless.namespace'> {
  namespaceId?: string;
  status?: string;
  /** kmsKeyId as reported: a key ARN, or `AWS_OWNED_KMS_KEY`. */
  kmsKeyId?: string;
  adminUsername?: string;
  adminPasswordSecretArn?: string;
  /** userlog, connectionlog, useractivitylog. */
  logExports?: string[];
  iamRoles?: string[];
  defaultIamRoleArn?: string;
  /** Snapshot copy configurations of this namespace (ListSnapshotCopyConfigurations). */
  snapshotCopies?: { destinationRegion?: string; retentionDays?: number }[];
}

declare module './types.js' {
  interface ResourceKinds {
    'redshift.cluster': RedshiftCluster;
    'redshift.datashare': RedshiftDatashare;
    'redshiftserverless.workgroup': RedshiftServerlessWorkgroup;
    'redshiftserverless.namespace': RedshiftServerlessNamespace;
  }
}

/** The kmsKeyId Redshift Serverless reports for its AWS owned key. */
export const SERVERLESS_AWS_OWNED_KEY = 'AWS_OWNED_KMS_KEY';

/** The three logs an audit trail needs, in Redshift's names. */
export const REDSHIFT_AUDIT_LOGS = ['connectionlog', 'userlog', 'useractivitylog'] as const;

/** A parameter's configured value and whether it is in effect yet. */
export type ParameterReading =
  | { known: false; reason: string }
  | { known: true; value: string | undefined; source?: string; effective: boolean; applyStatus?: string; where: string };

/**
 * Reads a parameter of the cluster's attached group. A value set in the group but waiting for a reboot
 * (ClusterParameterStatusList says pending-reboot, or the group does with no per-parameter status) is
 * configured, not effective.
 */
export function readParameter(cluster: RedshiftCluster, name: string): ParameterReading {
  if (!cluster.parameters) return { known: false, reason: cluster.unknown?.parameters ?? 'parameters were not collected' };
  const where = `parameter group ${cluster.parameterGroupName ?? '(unknown)'}`;
  const param = cluster.parameters[name];
  const applyStatus = cluster.parameterApplyStatus?.[name] ?? cluster.parameterGroupApplyStatus;
  const effective = applyStatus === undefined || applyStatus === 'in-sync';
  return param
    ? { known: true, value: param.value, source: param.source, effective, applyStatus, where }
    : { known: true, value: undefined, effective, applyStatus, where };
}

/** Reads a role ARN out of Redshift Serverless' `IamRole(applyStatus=in-sync, iamRoleArn=arn:…)` strings. */
export function serverlessRoleArn(text: string): string | undefined {
  if (text.startsWith('arn:')) return text;
  const match = /iamRoleArn=([^,)\s]+)/.exec(text);
  return match?.[1];
}
