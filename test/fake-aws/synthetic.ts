/**
 * Synthetic accounts of any size, for the fault suite and the benchmark. One generator per service fake,
 * keyed by the fake's IAM prefix; only services whose fake is registered are generated, so a new
 * service is one small function in GENERATORS. Everything is deterministic (index-based), so two
 * builds of the same size are equal and every expected verdict can be computed from the index.
 */
import { SERVICE_FAKES } from './services/index.js';
import type { FakeAccountSpec, RegionSpec } from './types.js';

export const SYNTHETIC_ACCOUNT = '111122223333';

/** Resource counts for the whole account; spread evenly over the regions. */
export interface SyntheticSize {
  regions: string[];
  dynamodbTables: number;
  daxClusters: number;
  kmsKeys: number;
  vpcs: number;
  redshiftClusters: number;
  auroraClusters: number;
  auroraInstancesPerCluster: number;
  glueJobs: number;
}

/** The benchmark's 1x account. */
export const DEFAULT_SIZE: SyntheticSize = {
  regions: ['eu-west-1', 'us-east-1', 'ap-southeast-2'],
  dynamodbTables: 2000,
  daxClusters: 30,
  kmsKeys: 500,
  vpcs: 12,
  redshiftClusters: 200,
  auroraClusters: 300,
  auroraInstancesPerCluster: 2,
  glueJobs: 500,
};

/** A small account for fast tests. */
export const SMALL_SIZE: SyntheticSize = {
  regions: ['eu-west-1', 'us-east-1'],
  dynamodbTables: 12,
  daxClusters: 2,
  kmsKeys: 4,
  vpcs: 1,
  redshiftClusters: 2,
  auroraClusters: 2,
  auroraInstancesPerCluster: 2,
  glueJobs: 4,
};

export function scaled(size: SyntheticSize, factor: number): SyntheticSize {
  const n = (v: number) => Math.max(0, Math.round(v * factor));
  return {
    ...size,
    dynamodbTables: n(size.dynamodbTables),
    daxClusters: n(size.daxClusters),
    kmsKeys: n(size.kmsKeys),
    vpcs: Math.max(1, n(size.vpcs)),
    redshiftClusters: n(size.redshiftClusters),
    auroraClusters: n(size.auroraClusters),
    glueJobs: n(size.glueJobs),
  };
}

export interface GeneratorContext {
  accountId: string;
  region: string;
  /** Position of the region in `size.regions`. */
  regionIndex: number;
  size: SyntheticSize;
  /** This region's share of a count (the first regions take the remainder). */
  share(total: number): number;
}

/** Returns the region's spec for one service fake. */
export type ServiceGenerator = (ctx: GeneratorContext) => unknown;

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
const TIERS = ['red', 'orange', 'green'] as const;

/** Deterministic KMS key id for key `i` of a region. */
export const syntheticKeyId = (regionIndex: number, i: number) => `${hex(regionIndex, 8)}-${hex(i, 4)}-4000-8000-${hex(i * 7919, 12)}`;
/** Customer managed for even indices, AWS managed for odd ones. */
export const syntheticKeyManager = (i: number): 'CUSTOMER' | 'AWS' => (i % 2 === 0 ? 'CUSTOMER' : 'AWS');

/** Table `i` of a region: name, tier, PITR and encryption all follow from `i`. */
export function syntheticTable(i: number, keys: number) {
  const tier = TIERS[i % 3]!;
  const name = `tbl-${tier}-${pad(i)}`;
  const keyIndex = keys > 0 && i % 4 !== 3 ? i % keys : undefined;
  return { name, tier, pitr: i % 2 === 0, keyIndex };
}

export const GENERATORS: Record<string, ServiceGenerator> = {
  dynamodb: (ctx) => {
    const keys = ctx.share(ctx.size.kmsKeys);
    return {
      tables: Array.from({ length: ctx.share(ctx.size.dynamodbTables) }, (_, i) => {
        const t = syntheticTable(i, keys);
        return {
          name: t.name,
          pitr: t.pitr,
          deletionProtection: i % 5 !== 0,
          sse: t.keyIndex === undefined ? null : { keyArn: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${syntheticKeyId(ctx.regionIndex, t.keyIndex)}` },
          tags: { data_classification: t.tier, team: `team-${i % 7}`, ...(i % 11 === 0 ? { pii: 'high' } : {}) },
          backups: i % 3 === 0 ? [{ at: '2026-11-01T02:00:00Z' }] : [],
        };
      }),
    };
  },
  kms: (ctx) => ({
    keys: Array.from({ length: ctx.share(ctx.size.kmsKeys) }, (_, i) => ({ id: syntheticKeyId(ctx.regionIndex, i), manager: syntheticKeyManager(i) })),
  }),
  dax: (ctx) => ({
    clusters: Array.from({ length: ctx.share(ctx.size.daxClusters) }, (_, i) => ({
      name: `dax-${pad(i)}`,
      encrypted: i % 2 === 0,
      tls: i % 3 !== 0,
      securityGroups: [`sg-${hex(ctx.regionIndex, 4)}${hex(i % Math.max(1, ctx.share(ctx.size.vpcs)), 13)}`],
      tags: { data_classification: TIERS[i % 3]! },
    })),
  }),
  redshift: (ctx) => {
    const keys = ctx.share(ctx.size.kmsKeys);
    const vpcs = Math.max(1, ctx.share(ctx.size.vpcs));
    const vpcId = (v: number) => `vpc-${hex(ctx.regionIndex, 4)}${hex(v * 16, 13)}`;
    const subnet = (v: number, j: number) => `subnet-${hex(ctx.regionIndex, 4)}${hex(v * 16 + j, 13)}`;
    return {
      parameterGroups: [
        { name: 'dp-secure', family: 'redshift-1.0', parameters: { require_ssl: 'true', enable_user_activity_logging: 'true' } },
        { name: 'dp-legacy', family: 'redshift-1.0', parameters: { require_ssl: 'false' } },
      ],
      subnetGroups: Array.from({ length: vpcs }, (_, v) => ({ name: `dw-subnets-${v}`, vpcId: vpcId(v), subnetIds: [0, 1, 2].map((j) => subnet(v, j)) })),
      clusters: Array.from({ length: ctx.share(ctx.size.redshiftClusters) }, (_, i) => {
        const v = i % vpcs;
        const keyIndex = keys > 0 && i % 4 !== 3 ? (i * 3) % keys : undefined;
        return {
          id: `dw-${TIERS[i % 3]!}-${pad(i)}`,
          nodeType: 'ra3.xlplus',
          nodes: 2,
          publiclyAccessible: i % 10 === 0,
          enhancedVpcRouting: i % 2 === 0,
          encrypted: keyIndex !== undefined,
          ...(keyIndex === undefined ? {} : { kmsKeyId: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${syntheticKeyId(ctx.regionIndex, keyIndex)}` }),
          masterUsername: i % 3 === 0 ? 'awsuser' : `dw_admin_${i}`,
          managedPassword: i % 2 === 1,
          iamRoles: i % 5 === 0 ? [] : [`arn:aws:iam::${ctx.accountId}:role/dw-copy-${i % 7}`],
          retentionDays: i % 4 === 0 ? 1 : 7,
          multiAz: i % 3 === 0,
          subnetGroup: `dw-subnets-${v}`,
          vpcId: vpcId(v),
          securityGroups: [`sg-${hex(ctx.regionIndex, 4)}${hex(v, 13)}`],
          parameterGroup: i % 3 === 2 ? 'default.redshift-1.0' : i % 3 === 1 ? 'dp-legacy' : 'dp-secure',
          logging: i % 4 === 1 ? { enabled: false } : { enabled: true, destination: 'cloudwatch', exports: ['connectionlog', 'userlog', 'useractivitylog'] },
          tags: { data_classification: TIERS[i % 3]!, team: `team-${i % 7}` },
        };
      }),
    };
  },
  'redshift-serverless': (ctx) => {
    const vpcs = Math.max(1, ctx.share(ctx.size.vpcs));
    const n = Math.ceil(ctx.share(ctx.size.redshiftClusters) / 4);
    return {
      namespaces: Array.from({ length: n }, (_, i) => ({
        name: `ns-${pad(i)}`,
        adminUsername: i % 2 === 0 ? 'admin' : `ns_admin_${i}`,
        managedPassword: i % 3 !== 0,
        logExports: i % 2 === 0 ? ['connectionlog', 'userlog', 'useractivitylog'] : [],
        tags: { data_classification: TIERS[i % 3]! },
      })),
      workgroups: Array.from({ length: n }, (_, i) => {
        const v = i % vpcs;
        return {
          name: `wg-${pad(i)}`,
          namespace: `ns-${pad(i)}`,
          publiclyAccessible: i % 9 === 0,
          enhancedVpcRouting: i % 2 === 1,
          config: { require_ssl: i % 4 === 0 ? 'false' : 'true' },
          subnetIds: [0, 1, 2].map((j) => `subnet-${hex(ctx.regionIndex, 4)}${hex(v * 16 + j, 13)}`),
          securityGroupIds: [`sg-${hex(ctx.regionIndex, 4)}${hex(v, 13)}`],
          vpcId: `vpc-${hex(ctx.regionIndex, 4)}${hex(v * 16, 13)}`,
          tags: { data_classification: TIERS[i % 3]! },
        };
      }),
      snapshotCopies: Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0).map((i) => ({ namespace: `ns-${pad(i)}`, destinationRegion: 'eu-central-1' })),
    };
  },
  rds: (ctx) => {
    const keys = ctx.share(ctx.size.kmsKeys);
    const vpcs = Math.max(1, ctx.share(ctx.size.vpcs));
    const n = ctx.share(ctx.size.auroraClusters);
    return {
      subnetGroups: Array.from({ length: vpcs }, (_, v) => ({ name: `db-subnets-${v}`, vpcId: `vpc-${hex(ctx.regionIndex, 4)}${hex(v * 16, 13)}`, subnetIds: [0, 1, 2].map((j) => `subnet-${hex(ctx.regionIndex, 4)}${hex(v * 16 + j, 13)}`) })),
      parameterGroups: [
        { name: 'pg-secure', family: 'aurora-postgresql16', parameters: { 'rds.force_ssl': '1', shared_preload_libraries: 'pgaudit', 'pgaudit.log': 'ddl,write' } },
        { name: 'mysql-secure', family: 'aurora-mysql8.0', parameters: { require_secure_transport: 'ON', server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DDL' } },
      ],
      clusters: Array.from({ length: n }, (_, i) => {
        const postgres = i % 2 === 0;
        // Odd key indices are AWS managed keys: every fifth cluster uses one (the aws/rds case).
        const keyIndex = keys === 0 ? undefined : i % 5 === 4 ? Math.min(1, keys - 1) : (i * 7) % keys;
        return {
          id: `aurora-${TIERS[i % 3]!}-${pad(i)}`,
          engine: postgres ? 'aurora-postgresql' : 'aurora-mysql',
          ...(keyIndex === undefined || i % 10 === 9 ? { encrypted: false } : { kmsKeyId: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${syntheticKeyId(ctx.regionIndex, keyIndex)}` }),
          masterUsername: i % 4 === 0 ? (postgres ? 'postgres' : 'admin') : `app_admin_${i}`,
          ...(i % 3 !== 0 ? { masterSecret: `rds!cluster-aurora-${pad(i)}` } : {}),
          iamAuth: i % 2 === 1,
          deletionProtection: i % 5 !== 0,
          retentionDays: i % 3 === 0 ? 1 : 14,
          logExports: postgres ? (i % 4 === 2 ? [] : ['postgresql']) : ['audit', 'error'],
          subnetGroup: `db-subnets-${i % vpcs}`,
          ...(i % 6 < 3 ? { parameterGroup: postgres ? 'pg-secure' : 'mysql-secure' } : {}),
          securityGroups: [`sg-${hex(ctx.regionIndex, 4)}${hex(i % vpcs, 13)}`],
          tags: { data_classification: TIERS[i % 3]!, team: `team-${i % 7}` },
          instances: Array.from({ length: ctx.size.auroraInstancesPerCluster }, (_, j) => ({ id: `aurora-${pad(i)}-${j + 1}`, writer: j === 0, publiclyAccessible: i % 25 === 0 && j === 1 })),
        };
      }),
      snapshots: Array.from({ length: Math.ceil(n / 4) }, (_, s) => ({ id: `aurora-${pad(s * 4)}-manual`, cluster: `aurora-${TIERS[(s * 4) % 3]!}-${pad(s * 4)}`, restore: s % 10 === 0 ? ['all'] : [] })),
      // Each proxy authenticates with the master secret of a cluster that has one (indices not divisible by 3).
      proxies: Array.from({ length: Math.ceil(n / 20) }, (_, p) => p * 20 + 1)
        .filter((i) => i < n)
        .map((i, p) => ({ name: `proxy-${pad(p)}`, requireTls: p % 2 === 0, secrets: [`rds!cluster-aurora-${pad(i)}`] })),
    };
  },
  glue: (ctx) => {
    const jobs = ctx.share(ctx.size.glueJobs);
    const keys = ctx.share(ctx.size.kmsKeys);
    const key = keys > 0 ? `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${syntheticKeyId(ctx.regionIndex, 0)}` : undefined;
    const subnet = `subnet-${hex(ctx.regionIndex, 4)}${hex(0, 13)}`;
    const tables = Math.ceil(jobs / 2);
    return {
      securityConfigurations: [
        { name: 'etl-kms', s3: [{ mode: 'SSE-KMS', key }], cloudWatch: { mode: 'SSE-KMS', key }, bookmarks: { mode: 'CSE-KMS', key } },
        { name: 'etl-s3', s3: [{ mode: 'SSE-S3' }] },
      ],
      connections: [{ name: 'lake-vpc', type: 'NETWORK', subnetId: subnet, securityGroupIds: [`sg-${hex(ctx.regionIndex, 4)}${hex(0, 13)}`], availabilityZone: `${ctx.region}a` }],
      jobs: Array.from({ length: jobs }, (_, i) => ({
        name: `etl-${TIERS[i % 3]!}-${pad(i)}`,
        role: `arn:aws:iam::${ctx.accountId}:role/glue-etl-${i % 5}`,
        glueVersion: i % 10 === 0 ? '2.0' : '4.0',
        arguments: { '--job-bookmark-option': 'job-bookmark-enable', ...(i % 4 !== 0 ? { '--enable-continuous-cloudwatch-log': 'true' } : {}) },
        ...(i % 3 !== 0 ? { connections: ['lake-vpc'] } : {}),
        ...(i % 2 === 0 ? { securityConfiguration: i % 4 === 0 ? 'etl-s3' : 'etl-kms' } : {}),
        tags: { data_classification: TIERS[i % 3]!, team: `team-${i % 7}` },
      })),
      catalogEncryption: { mode: 'SSE-KMS', key, passwordEncryption: true, passwordKey: key },
      databases: [{
        name: 'lake',
        location: `s3://dp-lake-${ctx.accountId}-${ctx.region}/`,
        iamAllowedDefaults: false,
        tables: Array.from({ length: tables }, (_, t) => ({ name: `events_${pad(t)}`, location: `s3://dp-lake-${ctx.accountId}-${ctx.region}/events_${pad(t)}/`, columns: ['id', 'ts', 'payload'] })),
      }],
    };
  },
  lakeformation: (ctx) => ({
    settings: { admins: [`arn:aws:iam::${ctx.accountId}:role/lake-admin`], createDatabaseDefaultPermissions: [], createTableDefaultPermissions: [] },
    lfTags: { data_classification: ['red', 'orange', 'green'] },
    resources: [{ arn: `arn:aws:s3:::dp-lake-${ctx.accountId}-${ctx.region}` }],
    grants: [{ principal: `arn:aws:iam::${ctx.accountId}:role/glue-etl-0`, permissions: ['SELECT'], table: 'lake.*' }],
  }),
  cloudtrail: (ctx) => ({
    // One organization-style multi-region trail homed in the first region (the others see it as a shadow
    // trail), logging management events with validation, KMS and CloudWatch Logs; plus, in the first region,
    // an event data store recording DynamoDB data events for the red tables.
    trails: ctx.regionIndex === 0
      ? [{
          name: 'org-audit', multiRegion: true, logFileValidation: true, includeGlobalServiceEvents: true, s3Bucket: `audit-trail-${ctx.accountId}`,
          kmsKeyId: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${syntheticKeyId(ctx.regionIndex, 0)}`,
          cloudWatchLogsLogGroupArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:/aws/cloudtrail/org-audit:*`,
        }]
      : [],
    eventDataStores: ctx.regionIndex === 0
      ? [{ id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'red-table-data-events', multiRegion: true, retentionDays: 2555, advancedEventSelectors: [{ Name: 'dynamodb data events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::DynamoDB::Table'] }] }] }]
      : [],
  }),
  logs: (ctx) => ({
    // The log groups exported Aurora logs land in (see the rds generator's logExports).
    logGroups: Array.from({ length: ctx.share(ctx.size.auroraClusters) }, (_, i) => i)
      .filter((i) => !(i % 2 === 0 && i % 4 === 2))
      .flatMap((i) => (i % 2 === 0 ? ['postgresql'] : ['audit', 'error']).map((type) => ({ name: `/aws/rds/cluster/aurora-${TIERS[i % 3]!}-${pad(i)}/${type}`, ...(i % 4 === 0 ? { retention: 30 } : { retention: 400 }) }))),
  }),
  s3: (ctx) => ({
    // The Glue assets bucket holding every generated job's script (the Glue fake's default location); versioned in even regions.
    buckets: [{ name: `aws-glue-assets-${ctx.accountId}-${ctx.region}`, ...(ctx.regionIndex % 2 === 0 ? { versioning: 'Enabled' } : { versioning: 'Suspended' }) }],
  }),
  secretsmanager: (ctx) => {
    const aurora = ctx.share(ctx.size.auroraClusters);
    const redshift = ctx.share(ctx.size.redshiftClusters);
    const rotated = (i: number) => ({ enabled: i % 7 !== 0, days: 7, lastRotated: i % 11 === 0 ? '2026-06-01T00:00:00Z' : '2026-11-17T00:00:00Z' });
    return {
      secrets: [
        ...Array.from({ length: aurora }, (_, i) => i).filter((i) => i % 3 !== 0).map((i) => ({ name: `rds!cluster-aurora-${pad(i)}`, owningService: 'rds', rotation: rotated(i) })),
        // Redshift clusters with a managed admin password name their secret `redshift!<cluster>-<user>`.
        ...Array.from({ length: redshift }, (_, i) => i).filter((i) => i % 2 === 1).map((i) => ({ name: `redshift!dw-${TIERS[i % 3]!}-${pad(i)}-${i % 3 === 0 ? 'awsuser' : `dw_admin_${i}`}`, owningService: 'redshift', rotation: rotated(i) })),
        ...Array.from({ length: Math.ceil(aurora / 10) }, (_, i) => ({ name: `app/db-user-${pad(i)}`, rotation: rotated(i) })),
      ],
    };
  },
  ec2: (ctx) => {
    const vpcs = Math.max(1, ctx.share(ctx.size.vpcs));
    const id = (prefix: string, v: number, j = 0) => `${prefix}-${hex(ctx.regionIndex, 4)}${hex(v * 16 + j, 13)}`;
    return {
      vpcs: Array.from({ length: vpcs }, (_, v) => ({ id: id('vpc', v), cidr: `10.${v % 256}.0.0/16`, tags: { Name: `data-${v}` } })),
      subnets: Array.from({ length: vpcs * 3 }, (_, s) => ({ id: id('subnet', Math.floor(s / 3), s % 3), vpcId: id('vpc', Math.floor(s / 3)), az: `${ctx.region}${'abc'[s % 3]}`, cidr: `10.${Math.floor(s / 3) % 256}.${s % 3}.0/24` })),
      routeTables: Array.from({ length: vpcs }, (_, v) => ({ id: id('rtb', v), vpcId: id('vpc', v), main: true, routes: v % 4 === 0 ? [{ dest: '0.0.0.0/0', target: id('igw', v) }] : [] })),
      securityGroups: Array.from({ length: vpcs }, (_, v) => ({ id: `sg-${hex(ctx.regionIndex, 4)}${hex(v, 13)}`, vpcId: id('vpc', v), name: `data-sg-${v}`, ingress: [{ from: 8111, cidrs: v % 3 === 0 ? ['0.0.0.0/0'] : ['10.0.0.0/8'] }] })),
      endpoints: Array.from({ length: vpcs }, (_, v) => ({ id: id('vpce', v), vpcId: id('vpc', v), service: 'dynamodb', type: 'Gateway', routeTableIds: [id('rtb', v)] })),
    };
  },
};

/** IAM prefixes generated: those with both a generator and a registered fake. */
export function generatedServices(generators: Record<string, ServiceGenerator> = GENERATORS): string[] {
  const faked = new Set(SERVICE_FAKES.map((f) => f.service));
  return Object.keys(generators).filter((s) => faked.has(s));
}

/** Builds the account: every generated service in every region. */
/**
 * IAM (account-level, under `global`): the roles the Redshift and Glue generators name, and users of which
 * some hold active access keys, one of them with DynamoDB data access.
 */
export function syntheticIam(size: SyntheticSize, accountId = SYNTHETIC_ACCOUNT) {
  const doc = (Action: string[], Resource: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });
  const users = Math.max(2, Math.round(size.dynamodbTables / 200));
  return {
    roles: [
      ...Array.from({ length: 7 }, (_, i) => ({ name: `dw-copy-${i}`, inline: { 'copy-unload': doc(['s3:GetObject', 's3:PutObject'], `arn:aws:s3:::dw-staging-${accountId}/*`) } })),
      ...Array.from({ length: 5 }, (_, i) => ({ name: `glue-etl-${i}`, inline: { etl: doc(i === 4 ? ['*'] : ['s3:GetObject', 's3:PutObject', 'glue:GetTable'], i === 4 ? '*' : `arn:aws:s3:::dp-lake-${accountId}-*/*`) } })),
    ],
    users: Array.from({ length: users }, (_, u) => ({
      name: `svc-${pad(u)}`,
      accessKeys: u % 2 === 0 ? [{ id: `AKIA${hex(u, 16).toUpperCase()}`, status: 'Active' as const, lastUsedAt: '2026-11-10T00:00:00Z' }] : [],
      inline: { access: u === 0 ? doc(['dynamodb:GetItem', 'dynamodb:Query'], `arn:aws:dynamodb:*:${accountId}:table/tbl-*`) : doc(['cloudwatch:GetMetricData'], '*') },
    })),
  };
}

export function syntheticAccount(size: SyntheticSize = SMALL_SIZE, generators: Record<string, ServiceGenerator> = GENERATORS): FakeAccountSpec {
  const regions: Record<string, RegionSpec> = {};
  const services = generatedServices(generators);
  size.regions.forEach((region, regionIndex) => {
    const share = (total: number) => Math.floor(total / size.regions.length) + (regionIndex < total % size.regions.length ? 1 : 0);
    const ctx: GeneratorContext = { accountId: SYNTHETIC_ACCOUNT, region, regionIndex, size, share };
    const spec: RegionSpec = {};
    for (const service of services) spec[service] = generators[service]!(ctx);
    regions[region] = spec;
  });
  if (SERVICE_FAKES.some((f) => f.service === 'iam') && generators === GENERATORS) regions.global = { iam: syntheticIam(size) };
  return { accountId: SYNTHETIC_ACCOUNT, regions };
}

/** Resources per service (items of every list in its spec, summed over regions), for per-resource call counts. */
export function resourceCounts(account: FakeAccountSpec): Record<string, number> {
  const out: Record<string, number> = {};
  for (const spec of Object.values(account.regions)) {
    for (const [service, value] of Object.entries(spec)) {
      if (!value || typeof value !== 'object') continue;
      const n = Object.values(value as Record<string, unknown>).reduce<number>((sum, v) => sum + (Array.isArray(v) ? v.length : 0), 0);
      out[service] = (out[service] ?? 0) + n;
    }
  }
  return out;
}
