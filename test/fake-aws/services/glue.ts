/**
 * Fake AWS Glue: jobs, crawlers, connections (answering `HidePassword` as the service does), security
 * configurations, ML transforms, catalog encryption settings and resource policy, databases and tables.
 */
import {
  GetConnectionsCommand,
  GetCrawlersCommand,
  GetDatabasesCommand,
  GetDataCatalogEncryptionSettingsCommand,
  GetJobsCommand,
  GetMLTransformsCommand,
  GetResourcePolicyCommand,
  GetSecurityConfigurationsCommand,
  GetTablesCommand,
  GetTagsCommand,
  GlueClient,
} from '@aws-sdk/client-glue';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeGlueJob {
  name: string;
  /** Command.ScriptLocation; defaults to the region's Glue assets bucket. */
  script?: string;
  /** Role ARN. */
  role?: string;
  command?: 'glueetl' | 'gluestreaming' | 'pythonshell' | 'glueray';
  glueVersion?: string;
  pythonVersion?: string;
  arguments?: Record<string, string>;
  nonOverridable?: Record<string, string>;
  connections?: string[];
  securityConfiguration?: string;
  workerType?: string;
  tags?: Record<string, string>;
}

export interface FakeGlueCrawler {
  name: string;
  role?: string;
  database?: string;
  s3Targets?: string[];
  jdbcTargets?: { connection: string; path: string }[];
  securityConfiguration?: string;
  lakeFormationCredentials?: boolean;
  tags?: Record<string, string>;
}

export interface FakeGlueConnection {
  name: string;
  type?: string;
  /** ConnectionProperties as stored, PASSWORD included: the fake hides it when asked to. */
  properties?: Record<string, string>;
  subnetId?: string;
  securityGroupIds?: string[];
  availabilityZone?: string;
  /** AuthenticationConfiguration.SecretArn. */
  secretArn?: string;
  /** A misbehaving endpoint: returns the password even with HidePassword=true. */
  leakPassword?: boolean;
}

export interface FakeEncryption {
  mode: string;
  key?: string;
}

export interface FakeSecurityConfiguration {
  name: string;
  s3?: FakeEncryption[];
  cloudWatch?: FakeEncryption;
  bookmarks?: FakeEncryption;
  createdAt?: string;
}

export interface FakeMlTransform {
  id: string;
  name: string;
  role?: string;
  /** `null` or absent: no TransformEncryption. */
  encryption?: FakeEncryption | null;
  taskRunSecurityConfiguration?: string;
}

export interface FakeGlueTable {
  name: string;
  location?: string;
  columns?: string[];
  type?: string;
  /** Resource link target `catalogId:database.table`. */
  target?: string;
  /** Lake Formation lists an ALL grant to IAM_ALLOWED_PRINCIPALS on the table; defaults to its database's `iamAllowedDefaults`. */
  iamAllowed?: boolean;
}

export interface FakeGlueDatabase {
  name: string;
  location?: string;
  /** CreateTableDefaultPermissions grants ALL to IAM_ALLOWED_PRINCIPALS (the AWS default) unless false. */
  iamAllowedDefaults?: boolean;
  tables?: FakeGlueTable[];
  /** Resource link target `catalogId:database`. */
  target?: string;
}

export interface GlueSpec {
  jobs?: FakeGlueJob[];
  crawlers?: FakeGlueCrawler[];
  connections?: FakeGlueConnection[];
  securityConfigurations?: FakeSecurityConfiguration[];
  mlTransforms?: FakeMlTransform[];
  catalogEncryption?: { mode?: string; key?: string; role?: string; passwordEncryption?: boolean; passwordKey?: string };
  /** Catalog resource policy; absent or null: none. */
  resourcePolicy?: Record<string, unknown> | null;
  databases?: FakeGlueDatabase[];
}

/** Page bounds this fake honours (every Glue list call here accepts up to 100 a page and defaults to it). */
const MAX = 100;

const spec = (ctx: FakeContext): GlueSpec => (ctx.spec as GlueSpec | undefined) ?? {};
const arn = (ctx: FakeContext, resource: string) => `arn:${ctx.partition}:glue:${ctx.region}:${ctx.accountId}:${resource}`;
const paged = <T>(items: readonly T[], input: Record<string, unknown>, prefix: string) => page(items, input.NextToken as string | undefined, input.MaxResults as number | undefined, MAX, prefix);
const CREATED = new Date('2025-03-04T09:30:00Z');
const PASSWORD_KEY = /PASSWORD/;

function database(ctx: FakeContext, name: unknown): FakeGlueDatabase {
  const found = (spec(ctx).databases ?? []).find((d) => d.name === name);
  if (!found) throw awsError('EntityNotFoundException', `Database ${String(name)} not found.`);
  return found;
}

export const glueFake: ServiceFake = {
  service: 'glue',
  client: GlueClient,
  commands: {
    GetJobsCommand, GetCrawlersCommand, GetConnectionsCommand, GetSecurityConfigurationsCommand, GetDataCatalogEncryptionSettingsCommand,
    GetMLTransformsCommand, GetResourcePolicyCommand, GetDatabasesCommand, GetTablesCommand, GetTagsCommand,
  },
  handlers: {
    GetJobs: (input, ctx) => {
      const p = paged(spec(ctx).jobs ?? [], input, 'jobs');
      return {
        Jobs: p.items.map((j) => ({
          Name: j.name, Role: j.role, CreatedOn: CREATED, LastModifiedOn: CREATED,
          Command: { Name: j.command ?? 'glueetl', ScriptLocation: j.script ?? `s3://aws-glue-assets-${ctx.accountId}-${ctx.region}/scripts/${j.name}.py`, ...(j.pythonVersion ? { PythonVersion: j.pythonVersion } : {}) },
          DefaultArguments: j.arguments ?? {}, ...(j.nonOverridable ? { NonOverridableArguments: j.nonOverridable } : {}),
          ...(j.connections ? { Connections: { Connections: j.connections } } : {}),
          ...(j.securityConfiguration ? { SecurityConfiguration: j.securityConfiguration } : {}),
          ...(j.glueVersion ? { GlueVersion: j.glueVersion } : {}),
          WorkerType: j.workerType ?? (j.command === 'pythonshell' ? undefined : 'G.1X'), MaxRetries: 0, Timeout: 2880,
        })),
        NextToken: p.next,
      };
    },
    GetCrawlers: (input, ctx) => {
      const p = paged(spec(ctx).crawlers ?? [], input, 'crawlers');
      return {
        Crawlers: p.items.map((c) => ({
          Name: c.name, Role: c.role, DatabaseName: c.database, State: 'READY', CreationTime: CREATED,
          Targets: { S3Targets: (c.s3Targets ?? []).map((Path) => ({ Path })), JdbcTargets: (c.jdbcTargets ?? []).map((t) => ({ ConnectionName: t.connection, Path: t.path })) },
          ...(c.securityConfiguration ? { CrawlerSecurityConfiguration: c.securityConfiguration } : {}),
          LakeFormationConfiguration: { UseLakeFormationCredentials: c.lakeFormationCredentials ?? false },
        })),
        NextToken: p.next,
      };
    },
    GetConnections: (input, ctx) => {
      const p = paged(spec(ctx).connections ?? [], input, 'connections');
      const hide = input.HidePassword === true;
      const encrypted = spec(ctx).catalogEncryption?.passwordEncryption === true;
      return {
        ConnectionList: p.items.map((c) => {
          const properties: Record<string, string> = {};
          for (const [k, v] of Object.entries(c.properties ?? {})) {
            if (!PASSWORD_KEY.test(k)) properties[k] = v;
            else if (!hide || c.leakPassword) properties[encrypted && k === 'PASSWORD' ? 'ENCRYPTED_PASSWORD' : k] = encrypted && !c.leakPassword ? 'AQICAHh-encrypted-blob' : v;
          }
          return {
            Name: c.name, ConnectionType: c.type ?? 'JDBC', ConnectionProperties: properties, CreationTime: CREATED, LastUpdatedTime: CREATED,
            ...(c.subnetId || c.securityGroupIds ? { PhysicalConnectionRequirements: { SubnetId: c.subnetId, SecurityGroupIdList: c.securityGroupIds ?? [], AvailabilityZone: c.availabilityZone ?? `${ctx.region}a` } } : {}),
            ...(c.secretArn ? { AuthenticationConfiguration: { AuthenticationType: 'BASIC', SecretArn: c.secretArn } } : {}),
            Status: 'READY',
          };
        }),
        NextToken: p.next,
      };
    },
    GetSecurityConfigurations: (input, ctx) => {
      const p = paged(spec(ctx).securityConfigurations ?? [], input, 'secconf');
      return {
        SecurityConfigurations: p.items.map((s) => ({
          Name: s.name, CreatedTimeStamp: new Date(s.createdAt ?? '2025-02-01T12:00:00Z'),
          EncryptionConfiguration: {
            S3Encryption: (s.s3 ?? [{ mode: 'DISABLED' }]).map((e) => ({ S3EncryptionMode: e.mode, ...(e.key ? { KmsKeyArn: e.key } : {}) })),
            CloudWatchEncryption: { CloudWatchEncryptionMode: s.cloudWatch?.mode ?? 'DISABLED', ...(s.cloudWatch?.key ? { KmsKeyArn: s.cloudWatch.key } : {}) },
            JobBookmarksEncryption: { JobBookmarksEncryptionMode: s.bookmarks?.mode ?? 'DISABLED', ...(s.bookmarks?.key ? { KmsKeyArn: s.bookmarks.key } : {}) },
          },
        })),
        NextToken: p.next,
      };
    },
    GetDataCatalogEncryptionSettings: (_input, ctx) => {
      const e = spec(ctx).catalogEncryption ?? {};
      return {
        DataCatalogEncryptionSettings: {
          EncryptionAtRest: { CatalogEncryptionMode: e.mode ?? 'DISABLED', ...(e.key ? { SseAwsKmsKeyId: e.key } : {}), ...(e.role ? { CatalogEncryptionServiceRole: e.role } : {}) },
          ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: e.passwordEncryption ?? false, ...(e.passwordKey ? { AwsKmsKeyId: e.passwordKey } : {}) },
        },
      };
    },
    GetMLTransforms: (input, ctx) => {
      const p = paged(spec(ctx).mlTransforms ?? [], input, 'ml');
      return {
        Transforms: p.items.map((m) => ({
          TransformId: m.id, Name: m.name, Role: m.role, Status: 'READY', GlueVersion: '4.0', CreatedOn: CREATED,
          ...(m.encryption || m.taskRunSecurityConfiguration
            ? {
                TransformEncryption: {
                  ...(m.encryption ? { MlUserDataEncryption: { MlUserDataEncryptionMode: m.encryption.mode, ...(m.encryption.key ? { KmsKeyId: m.encryption.key } : {}) } } : {}),
                  ...(m.taskRunSecurityConfiguration ? { TaskRunSecurityConfigurationName: m.taskRunSecurityConfiguration } : {}),
                },
              }
            : {}),
        })),
        NextToken: p.next,
      };
    },
    GetResourcePolicy: (input, ctx) => {
      if (input.ResourceArn !== undefined && input.ResourceArn !== arn(ctx, 'catalog')) throw awsError('EntityNotFoundException', 'Policy not found');
      const policy = spec(ctx).resourcePolicy;
      if (!policy) throw awsError('EntityNotFoundException', 'Policy not found');
      return { PolicyInJson: JSON.stringify(policy), PolicyHash: 'fake-policy-hash', CreateTime: CREATED, UpdateTime: CREATED };
    },
    GetDatabases: (input, ctx) => {
      const p = paged(spec(ctx).databases ?? [], input, 'databases');
      return {
        DatabaseList: p.items.map((d) => ({
          Name: d.name, CatalogId: ctx.accountId, CreateTime: CREATED, ...(d.location ? { LocationUri: d.location } : {}),
          ...(d.target ? { TargetDatabase: { CatalogId: d.target.split(':')[0], DatabaseName: d.target.split(':')[1] } } : {}),
          CreateTableDefaultPermissions: d.iamAllowedDefaults === false ? [] : [{ Principal: { DataLakePrincipalIdentifier: 'IAM_ALLOWED_PRINCIPALS' }, Permissions: ['ALL'] }],
        })),
        NextToken: p.next,
      };
    },
    GetTables: (input, ctx) => {
      const db = database(ctx, input.DatabaseName);
      const p = paged(db.tables ?? [], input, `tables-${db.name}`);
      return {
        TableList: p.items.map((t) => {
          const [targetCatalog, targetRest] = t.target?.split(':') ?? [];
          const [targetDb, targetName] = targetRest?.split('.') ?? [];
          return {
            Name: t.name, DatabaseName: db.name, CatalogId: ctx.accountId, CreateTime: CREATED, TableType: t.type ?? 'EXTERNAL_TABLE',
            ...(t.target
              ? { TargetTable: { CatalogId: targetCatalog, DatabaseName: targetDb, Name: targetName } }
              : {
                  StorageDescriptor: { Location: t.location, Columns: (t.columns ?? ['id']).map((Name) => ({ Name, Type: 'string' })) },
                  Parameters: { classification: 'parquet' },
                  IsRegisteredWithLakeFormation: false,
                }),
          };
        }),
        NextToken: p.next,
      };
    },
    GetTags: (input, ctx) => {
      const target = String(input.ResourceArn);
      const s = spec(ctx);
      const owner = [...(s.jobs ?? []).map((j) => [arn(ctx, `job/${j.name}`), j.tags] as const), ...(s.crawlers ?? []).map((c) => [arn(ctx, `crawler/${c.name}`), c.tags] as const)].find(([a]) => a === target);
      if (!owner) throw awsError('EntityNotFoundException', `Resource ${target} not found`);
      return { Tags: owner[1] ?? {} };
    },
  },
};

export const glueFakes: readonly ServiceFake[] = [glueFake];
