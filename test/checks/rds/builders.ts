/** Realistic Aurora resources and the VPC around them, for check tests. */
import type { AuroraCluster, AuroraClusterSnapshot, AuroraInstance, RdsProxy } from '../../../src/inventory/rds.js';
import type { Resource } from '../../../src/inventory/types.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const VPC = 'vpc-0b1c2d3e4f5a60718';
export const PRIVATE_SUBNETS = ['subnet-0b1c2d3e4f5a60011', 'subnet-0b1c2d3e4f5a60012'];
export const PUBLIC_SUBNET = 'subnet-0b1c2d3e4f5a60099';
export const APP_SG = 'sg-0b1c2d3e4f5a60001';
export const CLIENTS_SG = 'sg-0b1c2d3e4f5a60002';
export const OFFICE_SG = 'sg-0b1c2d3e4f5a60003';
export const OPEN_SG = 'sg-0b1c2d3e4f5a60666';
export const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`;
export const AWS_RDS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a`;
export const SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:rds!cluster-7c1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6-Qx81Lm`;

/** A well-configured orange Aurora PostgreSQL cluster; tests override what they are about. */
export function cluster(fields: Partial<Omit<AuroraCluster, 'kind' | 'classification'>> = {}): AuroraCluster {
  const id = fields.dbClusterIdentifier ?? fields.name ?? 'orders-prod';
  return resource('rds.cluster', {
    name: id,
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${id}`,
    dbClusterIdentifier: id,
    engine: 'aurora-postgresql',
    engineVersion: '16.4',
    engineMode: 'provisioned',
    status: 'available',
    storageEncrypted: true,
    kmsKeyId: CMK,
    kmsKeyRefs: [CMK],
    masterUsername: 'orders_admin',
    masterUserSecret: { secretArn: SECRET, status: 'active', kmsKeyId: CMK },
    masterSecretRotation: { rotationEnabled: true, automaticallyAfterDays: 7, lastRotatedDate: '2026-10-29T03:00:00.000Z', createdDate: '2025-04-14T10:20:00.000Z' },
    iamDatabaseAuthenticationEnabled: true,
    enabledCloudwatchLogsExports: ['postgresql'],
    backupRetentionPeriod: 14,
    deletionProtection: true,
    publiclyAccessible: false,
    memberInstanceIds: [`${id}-1`, `${id}-2`],
    writerInstanceId: `${id}-1`,
    parameterGroupName: 'orders-pg16-secure',
    parameterGroupStatus: { [`${id}-1`]: 'in-sync', [`${id}-2`]: 'in-sync' },
    parameters: {
      'rds.force_ssl': { value: '1', source: 'user', applyType: 'dynamic' },
      shared_preload_libraries: { value: 'pg_stat_statements,pgaudit', source: 'user', applyType: 'static' },
      'pgaudit.log': { value: 'ddl,role,write', source: 'user', applyType: 'dynamic' },
    },
    subnetGroupName: 'orders-private',
    globalCluster: null,
    readReplicaIdentifiers: [],
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG], port: 5432 },
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

/** A well-configured Aurora MySQL cluster. */
export function mysqlCluster(fields: Partial<Omit<AuroraCluster, 'kind' | 'classification'>> = {}): AuroraCluster {
  return cluster({
    name: 'billing-prod',
    engine: 'aurora-mysql',
    engineVersion: '8.0.mysql_aurora.3.08.0',
    masterUsername: 'billing_admin',
    enabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    parameterGroupName: 'billing-mysql80-secure',
    parameterGroupStatus: { 'billing-prod-1': 'in-sync' },
    parameters: {
      require_secure_transport: { value: 'ON', source: 'user', applyType: 'dynamic' },
      server_audit_logging: { value: '1', source: 'user', applyType: 'dynamic' },
      server_audit_events: { value: 'CONNECT,QUERY_DCL,QUERY_DDL,QUERY_DML', source: 'user', applyType: 'dynamic' },
    },
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG], port: 3306 },
    ...fields,
  });
}

export function instance(fields: Partial<Omit<AuroraInstance, 'kind' | 'classification'>> = {}): AuroraInstance {
  const id = fields.dbInstanceIdentifier ?? fields.name ?? 'orders-prod-1';
  return resource('rds.instance', {
    name: id,
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`,
    dbInstanceIdentifier: id,
    dbClusterIdentifier: 'orders-prod',
    engine: 'aurora-postgresql',
    instanceClass: 'db.r6g.large',
    status: 'available',
    publiclyAccessible: false,
    isClusterWriter: true,
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG], port: 5432 },
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function snapshot(fields: Partial<Omit<AuroraClusterSnapshot, 'kind' | 'classification'>> = {}): AuroraClusterSnapshot {
  const id = fields.dbClusterSnapshotIdentifier ?? fields.name ?? 'orders-prod-before-v16';
  const region = fields.region ?? REGION;
  return resource('rds.cluster_snapshot', {
    name: id,
    arn: `arn:aws:rds:${region}:${ACCOUNT}:cluster-snapshot:${id}`,
    dbClusterSnapshotIdentifier: id,
    dbClusterIdentifier: 'orders-prod',
    snapshotType: 'manual',
    engine: 'aurora-postgresql',
    status: 'available',
    storageEncrypted: true,
    kmsKeyId: CMK,
    kmsKeyRefs: [CMK],
    snapshotCreateTime: '2026-10-30T02:10:00.000Z',
    restoreAttribute: [],
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function proxy(fields: Partial<Omit<RdsProxy, 'kind' | 'classification'>> = {}): RdsProxy {
  const name = fields.dbProxyName ?? fields.name ?? 'orders-proxy';
  return resource('rds.proxy', {
    name,
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db-proxy:prx-0a1b2c3d4e5f60718`,
    dbProxyName: name,
    engineFamily: 'POSTGRESQL',
    status: 'available',
    requireTls: true,
    auth: [{ authScheme: 'SECRETS', secretArn: SECRET, iamAuth: 'REQUIRED' }],
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG], port: 5432 },
    ...fields,
  });
}

const rule = (port: number, extra: { cidrs?: string[]; groups?: string[]; prefixLists?: string[] }) => ({
  protocol: 'tcp', fromPort: port, toPort: port, ipv4Ranges: extra.cidrs ?? [], ipv6Ranges: [], sourceGroupIds: extra.groups ?? [], prefixListIds: extra.prefixLists ?? [],
});

/** The VPC: two private subnets (one through the main table), one public subnet, and security groups of each kind. */
export function network(): Resource[] {
  return [
    resource('ec2.vpc', { name: 'orders', vpcId: VPC }),
    resource('ec2.subnet', { name: 'private-a', subnetId: PRIVATE_SUBNETS[0]!, vpcId: VPC }),
    resource('ec2.subnet', { name: 'private-b', subnetId: PRIVATE_SUBNETS[1]!, vpcId: VPC }),
    resource('ec2.subnet', { name: 'public-a', subnetId: PUBLIC_SUBNET, vpcId: VPC }),
    resource('ec2.route_table', {
      name: 'private', routeTableId: 'rtb-0b1c2d3e4f5a60021', vpcId: VPC, main: false, subnetIds: [PRIVATE_SUBNETS[0]!],
      routes: [{ destinationCidr: '0.0.0.0/0', target: 'nat-0b1c2d3e4f5a60031', state: 'active' }],
    }),
    resource('ec2.route_table', { name: 'main', routeTableId: 'rtb-0b1c2d3e4f5a60020', vpcId: VPC, main: true, subnetIds: [], routes: [] }),
    resource('ec2.route_table', {
      name: 'public', routeTableId: 'rtb-0b1c2d3e4f5a60022', vpcId: VPC, main: false, subnetIds: [PUBLIC_SUBNET],
      routes: [{ destinationCidr: '0.0.0.0/0', target: 'igw-0b1c2d3e4f5a60041', state: 'active' }],
    }),
    resource('ec2.security_group', { name: 'orders-db', groupId: APP_SG, vpcId: VPC, ingress: [rule(5432, { groups: [CLIENTS_SG] }), rule(3306, { groups: [CLIENTS_SG] }), rule(22, { cidrs: ['10.0.0.0/8'] })] }),
    resource('ec2.security_group', { name: 'office-vpn', groupId: OFFICE_SG, vpcId: VPC, ingress: [rule(5432, { cidrs: ['10.40.0.0/16'] })] }),
    resource('ec2.security_group', { name: 'legacy-open', groupId: OPEN_SG, vpcId: VPC, ingress: [rule(5432, { cidrs: ['0.0.0.0/0'] })] }),
  ];
}

export function keys(): Resource[] {
  return [
    resource('kms.key', { name: 'orders-cmk', arn: CMK, keyId: CMK.split('/')[1]!, keyManager: 'CUSTOMER', keyState: 'Enabled' }),
    resource('kms.key', { name: 'aws-rds', arn: AWS_RDS_KEY, keyId: AWS_RDS_KEY.split('/')[1]!, keyManager: 'AWS', keyState: 'Enabled', aliases: ['alias/aws/rds'] }),
  ];
}
