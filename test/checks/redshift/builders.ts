/** Realistic Redshift resources and the VPC around them, for check tests. */
import type { RedshiftCluster, RedshiftDatashare, RedshiftServerlessNamespace, RedshiftServerlessWorkgroup } from '../../../src/inventory/redshift.js';
import type { Resource } from '../../../src/inventory/types.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const VPC = 'vpc-0a1b2c3d4e5f60718';
export const PRIVATE_SUBNETS = ['subnet-0a1b2c3d4e5f60011', 'subnet-0a1b2c3d4e5f60012'];
export const PUBLIC_SUBNET = 'subnet-0a1b2c3d4e5f60099';
export const CLOSED_SG = 'sg-0a1b2c3d4e5f60001';
export const OPEN_SG = 'sg-0a1b2c3d4e5f60666';
export const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
export const AWS_MANAGED_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d`;

/** A well-configured orange cluster; tests override what they are about. */
export function cluster(fields: Partial<Omit<RedshiftCluster, 'kind' | 'classification'>> = {}): RedshiftCluster {
  const id = fields.clusterIdentifier ?? fields.name ?? 'analytics-prod';
  return resource('redshift.cluster', {
    name: id,
    arn: `arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:${id}`,
    clusterIdentifier: id,
    status: 'available',
    nodeType: 'ra3.xlplus',
    numberOfNodes: 2,
    publiclyAccessible: false,
    enhancedVpcRouting: true,
    encrypted: true,
    kmsKeyId: CMK,
    kmsKeyRefs: [CMK],
    masterUsername: 'analytics_admin',
    masterPasswordSecretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:redshift!${id}-analytics_admin-Ab12Cd`,
    iamRoles: [`arn:aws:iam::${ACCOUNT}:role/redshift-copy-unload`],
    automatedSnapshotRetentionDays: 7,
    snapshotCopy: null,
    multiAz: 'Enabled',
    allowVersionUpgrade: true,
    subnetGroupName: 'analytics-private',
    parameterGroupName: 'analytics-secure',
    parameterGroupApplyStatus: 'in-sync',
    parameterApplyStatus: { require_ssl: 'in-sync', enable_user_activity_logging: 'in-sync' },
    parameters: {
      require_ssl: { value: 'true', source: 'user', applyType: 'static' },
      enable_user_activity_logging: { value: 'true', source: 'user', applyType: 'static' },
      wlm_json_configuration: { value: '[{"auto_wlm":true,"rules":[{"rule_name":"abort_long_scans"}]}]', source: 'user', applyType: 'dynamic' },
    },
    queryMonitoringRules: ['abort_long_scans'],
    logging: { enabled: true, destination: 'cloudwatch', logExports: ['connectionlog', 'userlog', 'useractivitylog'] },
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [CLOSED_SG], port: 5439 },
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function workgroup(fields: Partial<Omit<RedshiftServerlessWorkgroup, 'kind' | 'classification'>> = {}): RedshiftServerlessWorkgroup {
  const name = fields.name ?? 'bi-adhoc';
  return resource('redshiftserverless.workgroup', {
    name,
    arn: `arn:aws:redshift-serverless:${REGION}:${ACCOUNT}:workgroup/3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f`,
    namespaceName: 'bi-ns',
    status: 'AVAILABLE',
    publiclyAccessible: false,
    enhancedVpcRouting: true,
    configParameters: { require_ssl: 'true', enable_user_activity_logging: 'true' },
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [CLOSED_SG], port: 5439 },
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function namespace(fields: Partial<Omit<RedshiftServerlessNamespace, 'kind' | 'classification'>> = {}): RedshiftServerlessNamespace {
  const name = fields.name ?? 'bi-ns';
  return resource('redshiftserverless.namespace', {
    name,
    arn: `arn:aws:redshift-serverless:${REGION}:${ACCOUNT}:namespace/8f7e6d5c-4b3a-4291-8f0e-1d2c3b4a5f6e`,
    status: 'AVAILABLE',
    kmsKeyId: CMK,
    kmsKeyRefs: [CMK],
    adminUsername: 'bi_admin',
    adminPasswordSecretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:redshift!${name}-bi_admin-Zx98Yw`,
    logExports: ['connectionlog', 'userlog', 'useractivitylog'],
    iamRoles: [],
    snapshotCopies: [],
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function datashare(fields: Partial<Omit<RedshiftDatashare, 'kind' | 'classification'>> = {}): RedshiftDatashare {
  const name = fields.name ?? 'sales_share';
  return resource('redshift.datashare', {
    name,
    arn: `arn:aws:redshift:${REGION}:${ACCOUNT}:datashare:5b3a1c2d-7e8f-4a9b-8c0d-1e2f3a4b5c6d/${name}`,
    producerArn: `arn:aws:redshift:${REGION}:${ACCOUNT}:namespace:5b3a1c2d-7e8f-4a9b-8c0d-1e2f3a4b5c6d`,
    allowPubliclyAccessibleConsumers: false,
    consumers: [{ consumerIdentifier: '444455556666', status: 'ACTIVE' }],
    ...fields,
  });
}

/** The VPC: two private subnets (one through the main table), one public subnet, a closed and an open security group. */
export function network(): Resource[] {
  return [
    resource('ec2.vpc', { name: 'analytics', vpcId: VPC }),
    resource('ec2.subnet', { name: 'private-a', subnetId: PRIVATE_SUBNETS[0]!, vpcId: VPC }),
    resource('ec2.subnet', { name: 'private-b', subnetId: PRIVATE_SUBNETS[1]!, vpcId: VPC }),
    resource('ec2.subnet', { name: 'public-a', subnetId: PUBLIC_SUBNET, vpcId: VPC }),
    resource('ec2.route_table', {
      name: 'private', routeTableId: 'rtb-0a1b2c3d4e5f60021', vpcId: VPC, main: false, subnetIds: [PRIVATE_SUBNETS[0]!],
      routes: [{ destinationCidr: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60031', state: 'active' }],
    }),
    resource('ec2.route_table', { name: 'main', routeTableId: 'rtb-0a1b2c3d4e5f60020', vpcId: VPC, main: true, subnetIds: [], routes: [] }),
    resource('ec2.route_table', {
      name: 'public', routeTableId: 'rtb-0a1b2c3d4e5f60022', vpcId: VPC, main: false, subnetIds: [PUBLIC_SUBNET],
      routes: [{ destinationCidr: '0.0.0.0/0', target: 'igw-0a1b2c3d4e5f60041', state: 'active' }],
    }),
    resource('ec2.security_group', {
      name: 'analytics-clients', groupId: CLOSED_SG, vpcId: VPC,
      ingress: [{ protocol: 'tcp', fromPort: 5439, toPort: 5439, ipv4Ranges: ['10.20.0.0/16'], ipv6Ranges: [], sourceGroupIds: ['sg-0a1b2c3d4e5f60002'], prefixListIds: [] }],
    }),
    resource('ec2.security_group', {
      name: 'legacy-open', groupId: OPEN_SG, vpcId: VPC,
      ingress: [{ protocol: 'tcp', fromPort: 5439, toPort: 5439, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }],
    }),
  ];
}

export function keys(): Resource[] {
  return [
    resource('kms.key', { name: 'analytics-cmk', arn: CMK, keyId: CMK.split('/')[1]!, keyManager: 'CUSTOMER', keyState: 'Enabled' }),
    resource('kms.key', { name: 'aws-redshift', arn: AWS_MANAGED_KEY, keyId: AWS_MANAGED_KEY.split('/')[1]!, keyManager: 'AWS', keyState: 'Enabled', aliases: ['alias/aws/redshift'] }),
  ];
}
