/** Realistic Aurora resources, their secrets and the VPC around them, for check tests. */
import type { RdsCluster, RdsClusterSnapshot, RdsInstance, RdsProxy } from '../../../src/inventory/rds.js';
import type { Secret } from '../../../src/inventory/secretsmanager.js';
import type { Resource } from '../../../src/inventory/types.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const VPC = 'vpc-0c1d2e3f4a5b60718';
export const PRIVATE_SUBNETS = ['subnet-0c1d2e3f4a5b60011', 'subnet-0c1d2e3f4a5b60012'];
export const PUBLIC_SUBNET = 'subnet-0c1d2e3f4a5b60099';
export const APP_SG = 'sg-0c1d2e3f4a5b60001';
export const CIDR_SG = 'sg-0c1d2e3f4a5b60010';
export const OPEN_SG = 'sg-0c1d2e3f4a5b60666';
export const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`;
export const AWS_RDS_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910`;
export const SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:rds!cluster-8d2f6a1e-Qw12Er`;

/** A well-configured orange Aurora PostgreSQL cluster; tests override what they are about. */
export function cluster(fields: Partial<Omit<RdsCluster, 'kind' | 'classification'>> = {}): RdsCluster {
  const id = fields.clusterIdentifier ?? fields.name ?? 'orders-db';
  return resource('rds.cluster', {
    name: id,
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${id}`,
    clusterIdentifier: id,
    engine: 'aurora-postgresql',
    engineVersion: '16.4',
    status: 'available',
    storageEncrypted: true,
    kmsKeyId: CMK,
    kmsKeyRefs: [CMK],
    masterUsername: 'orders_admin',
    masterUserSecret: { arn: SECRET, status: 'active' },
    iamDatabaseAuthenticationEnabled: true,
    deletionProtection: true,
    backupRetentionPeriod: 14,
    logExports: ['postgresql'],
    dbSubnetGroupName: 'orders-private',
    parameterGroupName: 'orders-secure-pg16',
    parameterApplyStatus: 'in-sync',
    parameters: {
      'rds.force_ssl': { value: '1', source: 'user', applyType: 'dynamic' },
      shared_preload_libraries: { value: 'pg_stat_statements,pgaudit', source: 'user', applyType: 'static' },
      'pgaudit.log': { value: 'ddl,role,write', source: 'user', applyType: 'dynamic' },
    },
    members: [{ instanceIdentifier: `${id}-1`, writer: true }],
    globalCluster: null,
    readReplicas: [],
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG], port: 5432 },
    tags: { data_classification: 'orange' },
    ...fields,
  });
}

/** The same cluster on Aurora MySQL, auditing on. */
export function mysqlCluster(fields: Partial<Omit<RdsCluster, 'kind' | 'classification'>> = {}): RdsCluster {
  return cluster({
    name: 'billing-db',
    clusterIdentifier: 'billing-db',
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:billing-db`,
    engine: 'aurora-mysql',
    engineVersion: '8.0.mysql_aurora.3.08.0',
    logExports: ['audit', 'error', 'slowquery'],
    parameterGroupName: 'billing-mysql80',
    parameters: {
      require_secure_transport: { value: 'ON', source: 'user', applyType: 'dynamic' },
      server_audit_logging: { value: '1', source: 'user', applyType: 'dynamic' },
      server_audit_events: { value: 'CONNECT,QUERY_DCL,QUERY_DDL', source: 'user', applyType: 'dynamic' },
    },
    network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG], port: 3306 },
    ...fields,
  });
}

export function instance(fields: Partial<Omit<RdsInstance, 'kind' | 'classification'>> = {}): RdsInstance {
  const id = fields.instanceIdentifier ?? 'orders-db-1';
  return resource('rds.instance', {
    name: id, arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`, instanceIdentifier: id, clusterIdentifier: 'orders-db',
    engine: 'aurora-postgresql', instanceClass: 'db.r7g.large', status: 'available', publiclyAccessible: false, tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function snapshot(fields: Partial<Omit<RdsClusterSnapshot, 'kind' | 'classification'>> = {}): RdsClusterSnapshot {
  const id = fields.snapshotIdentifier ?? 'orders-db-before-migration';
  return resource('rds.cluster_snapshot', {
    name: id, arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:${id}`, snapshotIdentifier: id, clusterIdentifier: 'orders-db',
    snapshotType: 'manual', engine: 'aurora-postgresql', storageEncrypted: true, kmsKeyId: CMK, restoreAccounts: [], tags: { data_classification: 'orange' },
    ...fields,
  });
}

export function proxy(fields: Partial<Omit<RdsProxy, 'kind' | 'classification'>> = {}): RdsProxy {
  return resource('rds.proxy', {
    name: 'orders-proxy', arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db-proxy:prx-0a1b2c3d4e5f60718`, proxyName: 'orders-proxy',
    engineFamily: 'POSTGRESQL', status: 'available', requireTls: true, authSecrets: [SECRET],
    ...fields,
  });
}

export function secret(fields: Partial<Omit<Secret, 'kind' | 'classification'>> = {}): Secret {
  return resource('secretsmanager.secret', {
    name: 'rds!cluster-8d2f6a1e', arn: SECRET, secretName: 'rds!cluster-8d2f6a1e', owningService: 'rds',
    rotationEnabled: true, rotationDays: 7, lastRotatedAt: '2026-10-29T04:00:00.000Z', createdAt: '2025-02-11T10:00:00.000Z', tags: {},
    ...fields,
  });
}

/** The VPC: two private subnets, a public one; an app-only group, a group with a CIDR rule, and one open to the world. */
export function network(): Resource[] {
  const rule = (ranges: string[], sources: string[] = []) => ({ protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: ranges, ipv6Ranges: [], sourceGroupIds: sources, prefixListIds: [] });
  return [
    resource('ec2.vpc', { name: 'orders', vpcId: VPC }),
    resource('ec2.subnet', { name: 'private-a', subnetId: PRIVATE_SUBNETS[0]!, vpcId: VPC }),
    resource('ec2.subnet', { name: 'private-b', subnetId: PRIVATE_SUBNETS[1]!, vpcId: VPC }),
    resource('ec2.subnet', { name: 'public-a', subnetId: PUBLIC_SUBNET, vpcId: VPC }),
    resource('ec2.route_table', { name: 'main', routeTableId: 'rtb-0c1d2e3f4a5b60020', vpcId: VPC, main: true, subnetIds: [], routes: [] }),
    resource('ec2.route_table', {
      name: 'public', routeTableId: 'rtb-0c1d2e3f4a5b60022', vpcId: VPC, main: false, subnetIds: [PUBLIC_SUBNET],
      routes: [{ destinationCidr: '0.0.0.0/0', target: 'igw-0c1d2e3f4a5b60041', state: 'active' }],
    }),
    resource('ec2.security_group', { name: 'orders-db', groupId: APP_SG, vpcId: VPC, ingress: [rule([], ['sg-0c1d2e3f4a5b60002'])] }),
    resource('ec2.security_group', { name: 'orders-db-office', groupId: CIDR_SG, vpcId: VPC, ingress: [rule(['10.40.0.0/16'])] }),
    resource('ec2.security_group', { name: 'orders-db-open', groupId: OPEN_SG, vpcId: VPC, ingress: [rule(['0.0.0.0/0'])] }),
  ];
}

export function keys(): Resource[] {
  return [
    resource('kms.key', { name: 'orders-cmk', arn: CMK, keyId: CMK.split('/')[1]!, keyManager: 'CUSTOMER', keyState: 'Enabled' }),
    resource('kms.key', { name: 'aws-rds', arn: AWS_RDS_KEY, keyId: AWS_RDS_KEY.split('/')[1]!, keyManager: 'AWS', keyState: 'Enabled', aliases: ['alias/aws/rds'] }),
  ];
}
