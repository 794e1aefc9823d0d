/** Realistic Glue and Lake Formation inventory defaults for check tests: each test states only what it is about. */
import type { GlueCatalog, GlueConnection, GlueCrawler, GlueJob, GlueMlTransform, GlueSecurityConfiguration, GlueTable } from '../../../src/inventory/glue.js';
import type { IamRole } from '../../../src/inventory/iam.js';
import type { KmsKey } from '../../../src/inventory/kms.js';
import type { LakeFormationLocation, LakeFormationPermission, LakeFormationSettings } from '../../../src/inventory/lakeformation.js';
import type { LogGroup } from '../../../src/inventory/logs.js';
import type { Route, RouteTable, Subnet, Vpc, VpcEndpoint } from '../../../src/inventory/network.js';
import type { ScopeStatus } from '../../../src/inventory/types.js';
import { ACCOUNT, REGION, resource, scopeOf } from '../../builders/inventory.js';

export const CMK_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e`;
export const AWS_MANAGED_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d`;
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/glue-etl-orders`;
export const VPC_ID = 'vpc-0a1b2c3d4e5f60718';
export const PRIVATE_SUBNET = 'subnet-0a1b2c3d4e5f60001';
export const PUBLIC_SUBNET = 'subnet-0a1b2c3d4e5f60002';
const glueArn = (resourcePath: string, region = REGION) => `arn:aws:glue:${region}:${ACCOUNT}:${resourcePath}`;

type F<T> = Partial<Omit<T, 'kind' | 'classification'>>;

/** A Glue 4.0 Spark job in a VPC with a security configuration and continuous logging. */
export function job(fields: F<GlueJob> = {}): GlueJob {
  const name = fields.name ?? 'orders-daily';
  return resource('glue.job', {
    arn: glueArn(`job/${name}`, fields.region), name, jobName: name, roleArn: ROLE_ARN, iamRoleRefs: [ROLE_ARN], commandName: 'glueetl', glueVersion: '4.0',
    connections: ['orders-vpc'], securityConfiguration: 'lake-encrypted', tags: { data_classification: 'orange' },
    arguments: {
      '--enable-continuous-cloudwatch-log': { value: 'true', shapes: [], length: 4 },
      '--job-bookmark-option': { value: 'job-bookmark-enable', shapes: [], length: 19 },
      '--source_table': { shapes: [], length: 13 },
    },
    ...fields,
  });
}

export function crawler(fields: F<GlueCrawler> = {}): GlueCrawler {
  const name = fields.name ?? 'raw-orders';
  return resource('glue.crawler', { arn: glueArn(`crawler/${name}`), name, crawlerName: name, roleArn: ROLE_ARN, securityConfiguration: 'lake-encrypted', tags: {}, ...fields });
}

/** A NETWORK connection in the private subnet. */
export function connection(fields: F<GlueConnection> = {}): GlueConnection {
  const name = fields.name ?? 'orders-vpc';
  return resource('glue.connection', {
    arn: glueArn(`connection/${name}`), name, connectionName: name, connectionType: 'NETWORK', properties: {}, credentialKeys: [],
    physical: { subnetId: PRIVATE_SUBNET, securityGroupIds: ['sg-0a1b2c3d4e5f60001'], availabilityZone: `${REGION}a` },
    network: { subnetIds: [PRIVATE_SUBNET], securityGroupIds: ['sg-0a1b2c3d4e5f60001'] },
    ...fields,
  });
}

/** A JDBC connection to PostgreSQL with SSL enforced and credentials from Secrets Manager. */
export function jdbc(fields: F<GlueConnection> = {}): GlueConnection {
  return connection({
    name: 'orders-postgres', connectionType: 'JDBC', secretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:glue/orders-db-AbCdEf`,
    properties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://orders.cluster-c1x2y3z4.eu-west-1.rds.amazonaws.com:5432/orders', JDBC_ENFORCE_SSL: 'true', SECRET_ID: 'glue/orders-db' },
    ...fields,
  });
}

export function securityConfiguration(fields: F<GlueSecurityConfiguration> = {}): GlueSecurityConfiguration {
  const name = fields.name ?? 'lake-encrypted';
  return resource('glue.security_configuration', {
    arn: glueArn(`securityConfiguration/${name}`), name, configurationName: name,
    s3: [{ mode: 'SSE-KMS', kmsKeyArn: CMK_ARN }], cloudWatch: { mode: 'SSE-KMS', kmsKeyArn: CMK_ARN }, jobBookmarks: { mode: 'CSE-KMS', kmsKeyArn: CMK_ARN },
    kmsKeyRefs: [CMK_ARN], usedBy: [glueArn('job/orders-daily')],
    ...fields,
  });
}

export function catalog(fields: F<GlueCatalog> = {}): GlueCatalog {
  return resource('glue.catalog', {
    arn: glueArn('catalog', fields.region), name: `Data Catalog ${ACCOUNT} (${fields.region ?? REGION})`, catalogId: ACCOUNT,
    encryptionMode: 'SSE-KMS', encryptionKmsKeyId: CMK_ARN, connectionPasswordEncrypted: true, connectionPasswordKmsKeyId: CMK_ARN, kmsKeyRefs: [CMK_ARN],
    resourcePolicy: null, databaseCount: 2, tableCount: 3,
    ...fields,
  });
}

export function mlTransform(fields: F<GlueMlTransform> = {}): GlueMlTransform {
  return resource('glue.ml_transform', {
    arn: glueArn('mlTransform/tfm-0123456789abcdef'), name: 'dedupe-customers', transformId: 'tfm-0123456789abcdef', userDataEncryptionMode: 'SSE-KMS', userDataKmsKeyId: CMK_ARN, taskRunSecurityConfiguration: null,
    ...fields,
  });
}

/** A catalog table classified orange by LF-tag, governed by Lake Formation only. */
export function table(fields: F<GlueTable> = {}): GlueTable {
  const db = fields.databaseName ?? 'sales';
  const name = fields.tableName ?? 'orders';
  return resource('glue.table', {
    arn: glueArn(`table/${db}/${name}`), name: `${db}.${name}`, databaseName: db, tableName: name, location: `s3://lake-curated-${ACCOUNT}/${db}/${name}/`,
    lfTags: { data_classification: 'orange' }, columnLfTags: {}, lfGrants: [{ principal: `arn:aws:iam::${ACCOUNT}:role/analyst`, permissions: ['SELECT'], on: 'table' }], cellFilters: [],
    ...fields,
  });
}

export function settings(fields: F<LakeFormationSettings> = {}): LakeFormationSettings {
  return resource('lakeformation.settings', {
    arn: `arn:aws:lakeformation:${fields.region ?? REGION}:${ACCOUNT}:settings`, name: `Lake Formation settings (${REGION})`,
    dataLakeAdmins: [`arn:aws:iam::${ACCOUNT}:role/lake-admin`], readOnlyAdmins: [], createDatabaseDefaultPermissions: [], createTableDefaultPermissions: [],
    trustedResourceOwners: [], allowExternalDataFiltering: false, allowFullTableExternalDataAccess: false, externalDataFilteringAllowList: [], lfTagKeys: { data_classification: ['red', 'orange', 'green'] },
    ...fields,
  });
}

export function location(fields: F<LakeFormationLocation> = {}): LakeFormationLocation {
  const path = fields.location ?? `s3://lake-curated-${ACCOUNT}/sales`;
  return resource('lakeformation.location', {
    arn: `arn:aws:lakeformation:${REGION}:${ACCOUNT}:location/${path.slice(5)}`, name: path, location: path, registered: true, registeredAs: `arn:aws:s3:::${path.slice(5)}`, tables: ['sales.orders'],
    ...fields,
  });
}

export function permission(fields: F<LakeFormationPermission> = {}): LakeFormationPermission {
  const principal = fields.principal ?? '444455556666';
  return resource('lakeformation.permission', {
    arn: `arn:aws:lakeformation:${REGION}:${ACCOUNT}:permission/${principal}/table/sales.orders`, name: `${principal} on table sales.orders`,
    principal, principalAccount: '444455556666', principalType: 'account', resourceDescription: 'table sales.orders', permissions: ['SELECT'], permissionsWithGrantOption: [],
    ...fields,
  });
}

export function role(fields: F<IamRole> = {}): IamRole {
  return resource('iam.role', {
    arn: ROLE_ARN, name: 'glue-etl-orders', region: 'global', roleName: 'glue-etl-orders',
    attachedPolicies: [{ name: 'AWSGlueServiceRole', arn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole', source: 'AWS', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['glue:*', 's3:GetBucketLocation', 'logs:PutLogEvents'], Resource: '*' }] } }],
    inlinePolicies: [{ name: 'orders-data', source: 'INLINE', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:aws:s3:::lake-curated-${ACCOUNT}/sales/*` }] } }],
    ...fields,
  });
}

export function kmsKey(fields: F<KmsKey> = {}): KmsKey {
  const arn = fields.arn ?? CMK_ARN;
  return resource('kms.key', { arn, name: arn.split('/').pop(), keyId: arn.split('/').pop() ?? '', keyManager: 'CUSTOMER', keyState: 'Enabled', ...fields });
}

export function logGroup(name: string, retentionInDays: number | null | undefined): LogGroup {
  return resource('logs.log_group', { arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`, name, logGroupName: name, retentionInDays });
}

/** A VPC with a private subnet (NAT default route) and a public one (IGW default route). */
export function network(endpoints: Partial<VpcEndpoint>[] = []): [Vpc, ...(Subnet | RouteTable | VpcEndpoint)[]] {
  const route = (target: string): Route => ({ destinationCidr: '0.0.0.0/0', target, state: 'active' });
  return [
    resource('ec2.vpc', { arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/${VPC_ID}`, name: 'lake', vpcId: VPC_ID, cidrBlock: '10.20.0.0/16', tags: {} }),
    resource('ec2.subnet', { arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${PRIVATE_SUBNET}`, name: 'lake-private-a', subnetId: PRIVATE_SUBNET, vpcId: VPC_ID }),
    resource('ec2.subnet', { arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/${PUBLIC_SUBNET}`, name: 'lake-public-a', subnetId: PUBLIC_SUBNET, vpcId: VPC_ID }),
    resource('ec2.route_table', { arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:route-table/rtb-0private`, name: 'private', routeTableId: 'rtb-0private', vpcId: VPC_ID, main: false, subnetIds: [PRIVATE_SUBNET], routes: [route('nat-0a1b2c3d4e5f60718')] }),
    resource('ec2.route_table', { arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:route-table/rtb-0public`, name: 'public', routeTableId: 'rtb-0public', vpcId: VPC_ID, main: true, subnetIds: [PUBLIC_SUBNET], routes: [route('igw-0a1b2c3d4e5f60718')] }),
    ...endpoints.map((e, i) =>
      resource('ec2.vpc_endpoint', { arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc-endpoint/vpce-0${i}`, name: `vpce-0${i}`, endpointId: `vpce-0${i}`, vpcId: VPC_ID, serviceName: 'com.amazonaws.eu-west-1.s3', endpointType: 'Gateway', state: 'available', routeTableIds: [], subnetIds: [], ...e }),
    ),
  ];
}

/** Every endpoint a Glue VPC needs, attached where it must be. */
export const ALL_ENDPOINTS: Partial<VpcEndpoint>[] = [
  { serviceName: `com.amazonaws.${REGION}.s3`, endpointType: 'Gateway', routeTableIds: ['rtb-0private'] },
  ...['glue', 'kms', 'logs', 'lakeformation'].map((s) => ({ serviceName: `com.amazonaws.${REGION}.${s}`, endpointType: 'Interface', privateDnsEnabled: true, subnetIds: [PRIVATE_SUBNET] })),
];

export const glueScope = (state: ScopeStatus['state'] = 'complete'): ScopeStatus => scopeOf('glue', REGION, state, { resources: 10, errors: state === 'complete' ? 0 : 1 });
