/**
 * AWS Glue: jobs, crawlers, connections, security configurations, ML transforms and the Data Catalog
 * (catalog settings, databases, tables). Secrets never enter the inventory: connections are read with
 * `HidePassword=true`, and job argument values are kept only for Glue's own configuration parameters;
 * every other value is described by its shape (see `ArgumentValueShape`), never stored.
 */
import type { PolicyDocument } from './policy.js';
import type { ResourceBase } from './types.js';

/**
 * What a job argument's value looks like, recorded at collection so the value itself is never stored.
 * References (`secretsmanager-reference`, `ssm-reference`) are the safe way to pass a secret.
 */
export const ARGUMENT_VALUE_SHAPES = [
  'empty',
  'aws-access-key-id',
  'aws-secret-access-key',
  'private-key',
  'credentials-in-url',
  'password-assignment',
  'jwt',
  'vendor-token',
  'high-entropy',
  'secretsmanager-reference',
  'ssm-reference',
] as const;
export type ArgumentValueShape = (typeof ARGUMENT_VALUE_SHAPES)[number];

/** One job argument (DefaultArguments or NonOverridableArguments). */
export interface GlueJobArgument {
  /** The value, only for Glue configuration parameters with non-secret values (e.g. `--enable-continuous-cloudwatch-log`). */
  value?: string;
  /** How the value looks; empty when it has none of the listed shapes. */
  shapes: ArgumentValueShape[];
  /** Number of characters in the value. */
  length: number;
  /** Set through NonOverridableArguments (cannot be changed per run). */
  nonOverridable?: boolean;
}

export interface GlueJob extends ResourceBase<'glue.job'> {
  jobName: string;
  /** IAM role ARN the job runs as (also in `iamRoleRefs`). */
  roleArn?: string;
  /** Command.Name: glueetl, gluestreaming, pythonshell, glueray. */
  commandName?: string;
  /** GlueVersion; Glue treats a missing value as 0.9 for Spark jobs. */
  glueVersion?: string;
  /** Command.PythonVersion, for Python shell jobs (`2`, `3`, `3.9`). */
  pythonVersion?: string;
  /** Command.Runtime, for Ray jobs. */
  runtime?: string;
  workerType?: string;
  /** Connection names the job uses; empty when it uses none. */
  connections?: string[];
  /** SecurityConfiguration name; `null` when the job has none. */
  securityConfiguration?: string | null;
  /** Arguments by key; values only for Glue configuration parameters (see GlueJobArgument). */
  arguments?: Record<string, GlueJobArgument>;
  scriptLocation?: string;
  createdAt?: string;
  lastModifiedAt?: string;
}

export interface GlueCrawler extends ResourceBase<'glue.crawler'> {
  crawlerName: string;
  roleArn?: string;
  databaseName?: string;
  /** CrawlerSecurityConfiguration; `null` when the crawler has none. */
  securityConfiguration?: string | null;
  /** S3 paths, JDBC and catalog targets, for context. */
  targets?: string[];
  /** Connection names used by the crawler's targets. */
  connections?: string[];
  /** LakeFormationConfiguration.UseLakeFormationCredentials. */
  usesLakeFormationCredentials?: boolean;
  state?: string;
}

/** A connection's network placement, from PhysicalConnectionRequirements. */
export interface GlueConnectionPhysical {
  subnetId?: string;
  securityGroupIds: string[];
  availabilityZone?: string;
}

export interface GlueConnection extends ResourceBase<'glue.connection'> {
  connectionName: string;
  /** JDBC, NETWORK, KAFKA, MONGODB, MARKETPLACE, CUSTOM, … */
  /** ConnectionType, or the type its properties show when GetConnections returned none (see `connectionTypeInferred`). */
  connectionType?: string;
  /** The property the type was inferred from, when ConnectionType was absent. */
  connectionTypeInferred?: string;
  /**
   * ConnectionProperties without any secret: keys whose values are credentials (PASSWORD,
   * ENCRYPTED_PASSWORD, KAFKA_SASL_*_PASSWORD, client key passwords) are dropped; their presence is in `credentialKeys`.
   */
  properties?: Record<string, string>;
  /** Property keys that hold a credential, present on the connection (values never stored). */
  credentialKeys?: string[];
  /** SECRET_ID or AuthenticationConfiguration.SecretArn, when the connection takes its credentials from Secrets Manager. */
  secretId?: string;
  /** AuthenticationConfiguration.AuthenticationType (BASIC, OAUTH2, CUSTOM, IAM). */
  authenticationType?: string;
  physical?: GlueConnectionPhysical;
  status?: string;
}

/** One encryption setting of a security configuration. */
export interface GlueEncryptionSetting {
  /** e.g. DISABLED, SSE-KMS, SSE-S3 (S3); DISABLED, SSE-KMS (CloudWatch); DISABLED, CSE-KMS (bookmarks). */
  mode: string;
  kmsKeyArn?: string;
}

export interface GlueSecurityConfiguration extends ResourceBase<'glue.security_configuration'> {
  configurationName: string;
  /** One entry per S3Encryption element; an empty list means S3 encryption is not configured. */
  s3?: GlueEncryptionSetting[];
  cloudWatch?: GlueEncryptionSetting;
  jobBookmarks?: GlueEncryptionSetting;
  createdAt?: string;
  /** Jobs and crawlers (ARNs) using it. */
  usedBy?: string[];
}

/** The region's Data Catalog settings: encryption at rest, connection password encryption, resource policy. */
export interface GlueCatalog extends ResourceBase<'glue.catalog'> {
  catalogId: string;
  /** EncryptionAtRest.CatalogEncryptionMode: DISABLED, SSE-KMS, SSE-KMS-WITH-SERVICE-ROLE. */
  encryptionMode?: string;
  /** EncryptionAtRest.SseAwsKmsKeyId. */
  encryptionKmsKeyId?: string;
  /** ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted. */
  connectionPasswordEncrypted?: boolean;
  connectionPasswordKmsKeyId?: string;
  /** Catalog resource policy; `null` when there is none. */
  resourcePolicy?: PolicyDocument | null;
  /** Number of databases and tables collected in the region (0 = an empty catalog). */
  databaseCount?: number;
  tableCount?: number;
}

export interface GlueMlTransform extends ResourceBase<'glue.ml_transform'> {
  transformId: string;
  roleArn?: string;
  status?: string;
  /** MlUserDataEncryption.MlUserDataEncryptionMode: DISABLED or SSE-KMS; `null` when TransformEncryption is absent. */
  userDataEncryptionMode?: string | null;
  userDataKmsKeyId?: string;
  /** TransformEncryption.TaskRunSecurityConfigurationName; `null` when absent. */
  taskRunSecurityConfiguration?: string | null;
}

/** A Lake Formation grant, as it applies to one database or table. */
export interface LfGrant {
  /** DataLakePrincipalIdentifier: IAM ARN, account id, organization/OU ARN, or IAM_ALLOWED_PRINCIPALS. */
  principal: string;
  permissions: string[];
  /** What the grant is on: `database`, `table`, `table-wildcard` (all tables of the database), `columns`. */
  on: 'database' | 'table' | 'table-wildcard' | 'columns';
}

export interface GlueDatabase extends ResourceBase<'glue.database'> {
  databaseName: string;
  locationUri?: string;
  /** CreateTableDefaultPermissions: principal -> permissions (IAM_ALLOWED_PRINCIPALS when Lake Formation is not in force). */
  createTableDefaultPermissions?: { principal: string; permissions: string[] }[];
  /** A resource link to a database in another catalog. */
  targetDatabase?: string;
  /** Lake Formation grants on the database (set by the Lake Formation collector). */
  lfGrants?: LfGrant[];
}

export interface GlueTable extends ResourceBase<'glue.table'> {
  databaseName: string;
  tableName: string;
  tableType?: string;
  /** StorageDescriptor.Location (s3://…), when the table has one. */
  location?: string;
  columnCount?: number;
  isRegisteredWithLakeFormation?: boolean;
  /** A resource link to a table in another catalog. */
  targetTable?: string;
  /**
   * LF-tags assigned to columns, by column name (set by the Lake Formation collector). The table's own
   * `lfTags` already include its database's tags and its most sensitive column's classification.
   */
  columnLfTags?: Record<string, Record<string, string>>;
  /** Lake Formation grants on the table, its columns, all tables of its database, and the database. */
  lfGrants?: LfGrant[];
  /** Data-cell filters defined on the table (names); empty when there are none. */
  cellFilters?: { name: string; rowFilter?: string; allRows?: boolean; columns?: string[]; excludedColumns?: string[] }[];
}

declare module './types.js' {
  interface ResourceKinds {
    'glue.job': GlueJob;
    'glue.crawler': GlueCrawler;
    'glue.connection': GlueConnection;
    'glue.security_configuration': GlueSecurityConfiguration;
    'glue.catalog': GlueCatalog;
    'glue.ml_transform': GlueMlTransform;
    'glue.database': GlueDatabase;
    'glue.table': GlueTable;
  }
}
