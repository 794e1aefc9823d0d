/**
 * AWS Glue: jobs, crawlers, connections (always `HidePassword=true`), security configurations, ML
 * transforms, and the Data Catalog (encryption settings, resource policy, databases and tables).
 * Jobs are linked to their connections (network placement) and security configurations (KMS keys).
 */
import {
  GetConnectionsCommand,
  GetCrawlersCommand,
  GetJobsCommand,
  GetMLTransformsCommand,
  GetSecurityConfigurationsCommand,
  GetTagsCommand,
  GlueClient,
  type Crawler,
  type GetConnectionsCommandOutput,
  type GetCrawlersCommandOutput,
  type GetJobsCommandOutput,
  type GetMLTransformsCommandOutput,
  type GetSecurityConfigurationsCommandOutput,
  type GetTagsCommandOutput,
  type Job,
  type SecurityConfiguration,
} from '@aws-sdk/client-glue';
import type { GlueConnection, GlueCrawler, GlueJob, GlueSecurityConfiguration } from '../inventory/glue.js';
import type { NetworkPlacement, ResourceKind } from '../inventory/types.js';
import { iso, markUnknown } from './common.js';
import { normalizeArguments } from './glue-arguments.js';
import { collectCatalog } from './glue-catalog.js';
import { normalizeConnection } from './glue-connections.js';
import { createLimiter, type Limiter } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** Page size for every Glue list call: within each operation's API maximum. */
export const GLUE_PAGE_SIZE = 100;

/** Result of a listing: what was read, or why it is incomplete. */
type Listing<T> = { ok: true; items: T[] } | { ok: false; items: T[]; reason: string };

export const glueCollector: Collector = {
  service: 'glue',
  phase: 'primary',
  produces: ['glue.job', 'glue.crawler', 'glue.connection', 'glue.security_configuration', 'glue.catalog', 'glue.ml_transform', 'glue.database', 'glue.table'],
  actions: [
    'glue:GetJobs',
    'glue:GetCrawlers',
    'glue:GetConnections',
    'glue:GetSecurityConfigurations',
    'glue:GetDataCatalogEncryptionSettings',
    'glue:GetMLTransforms',
    'glue:GetResourcePolicy',
    'glue:GetDatabases',
    'glue:GetTables',
    'glue:GetTags',
  ],
  async collect(ctx) {
    const glue = ctx.client(GlueClient);
    const limit = createLimiter(COLLECTION_LIMITS.perResource);
    const [jobs, crawlers, connections, configurations] = await Promise.all([
      collectJobs(ctx, glue, limit),
      collectCrawlers(ctx, glue, limit),
      collectConnections(ctx, glue),
      collectSecurityConfigurations(ctx, glue),
      collectMlTransforms(ctx, glue),
      collectCatalog(ctx, glue),
    ]);
    link(jobs, crawlers, connections, configurations);
  },
};

/** Reads every page of a Glue list operation: the listing of `kind`. */
function list<O, T>(ctx: CollectorContext, glue: GlueClient, kind: ResourceKind, command: (token: string | undefined) => object, read: (o: O) => { items: T[] | undefined; next: string | undefined }): Promise<Listing<T>> {
  return ctx.all(glue, command, read, { lists: kind });
}

async function readTags(ctx: CollectorContext, glue: GlueClient, target: { arn: string; tags?: Record<string, string>; unknown?: Record<string, string> }): Promise<void> {
  const result = await ctx.send<GetTagsCommandOutput>(glue, new GetTagsCommand({ ResourceArn: target.arn }), { resourceArn: target.arn });
  if (result.ok) target.tags = { ...(result.value?.Tags ?? {}) };
  else markUnknown(target, ['tags'], result.reason);
}

async function collectJobs(ctx: CollectorContext, glue: GlueClient, limit: Limiter): Promise<Listing<GlueJob>> {
  const jobs: GlueJob[] = [];
  const work: Promise<void>[] = [];
  const seen = new Set<string>();
  const read = await list(ctx, glue, 'glue.job', (t) => new GetJobsCommand({ NextToken: t, MaxResults: GLUE_PAGE_SIZE }), (o: GetJobsCommandOutput) => ({ items: o.Jobs, next: o.NextToken }));
  for (const j of read.items) {
    if (!j.Name || seen.has(j.Name)) continue;
    seen.add(j.Name);
    const job = ctx.emit<'glue.job'>({ kind: 'glue.job', arn: ctx.arn('glue.job', { name: j.Name }), name: j.Name, region: ctx.region, accountId: ctx.accountId, jobName: j.Name });
    applyJob(ctx, job, j);
    jobs.push(job);
    work.push(limit(() => readTags(ctx, glue, job)));
  }
  await Promise.all(work);
  return read.ok ? { ok: true, items: jobs } : { ok: false, items: jobs, reason: read.reason };
}

/** Glue accepts a role name or ARN; the inventory always holds the ARN. */
function roleArn(ctx: CollectorContext, role: string | undefined): string | undefined {
  if (!role) return undefined;
  return role.startsWith('arn:') ? role : ctx.arn('iam.role', { name: role });
}

function applyJob(ctx: CollectorContext, job: GlueJob, j: Job): void {
  job.roleArn = roleArn(ctx, j.Role);
  if (job.roleArn) job.iamRoleRefs = [job.roleArn];
  job.commandName = j.Command?.Name;
  job.glueVersion = j.GlueVersion;
  job.pythonVersion = j.Command?.PythonVersion;
  job.runtime = j.Command?.Runtime;
  job.workerType = j.WorkerType;
  job.scriptLocation = j.Command?.ScriptLocation;
  job.connections = [...(j.Connections?.Connections ?? [])];
  job.securityConfiguration = j.SecurityConfiguration || null;
  job.arguments = normalizeArguments(j.DefaultArguments, j.NonOverridableArguments);
  job.createdAt = iso(j.CreatedOn);
  job.lastModifiedAt = iso(j.LastModifiedOn);
}

async function collectCrawlers(ctx: CollectorContext, glue: GlueClient, limit: Limiter): Promise<Listing<GlueCrawler>> {
  const crawlers: GlueCrawler[] = [];
  const work: Promise<void>[] = [];
  const seen = new Set<string>();
  const read = await list(ctx, glue, 'glue.crawler', (t) => new GetCrawlersCommand({ NextToken: t, MaxResults: GLUE_PAGE_SIZE }), (o: GetCrawlersCommandOutput) => ({ items: o.Crawlers, next: o.NextToken }));
  for (const c of read.items) {
    if (!c.Name || seen.has(c.Name)) continue;
    seen.add(c.Name);
    const crawler = ctx.emit<'glue.crawler'>({ kind: 'glue.crawler', arn: ctx.arn('glue.crawler', { name: c.Name }), name: c.Name, region: ctx.region, accountId: ctx.accountId, crawlerName: c.Name });
    applyCrawler(ctx, crawler, c);
    crawlers.push(crawler);
    work.push(limit(() => readTags(ctx, glue, crawler)));
  }
  await Promise.all(work);
  return read.ok ? { ok: true, items: crawlers } : { ok: false, items: crawlers, reason: read.reason };
}

function applyCrawler(ctx: CollectorContext, crawler: GlueCrawler, c: Crawler): void {
  crawler.roleArn = roleArn(ctx, c.Role);
  if (crawler.roleArn) crawler.iamRoleRefs = [crawler.roleArn];
  crawler.databaseName = c.DatabaseName;
  crawler.securityConfiguration = c.CrawlerSecurityConfiguration || null;
  crawler.state = c.State;
  crawler.usesLakeFormationCredentials = c.LakeFormationConfiguration?.UseLakeFormationCredentials ?? false;
  const t = c.Targets ?? {};
  crawler.targets = [
    ...(t.S3Targets ?? []).map((s) => s.Path ?? ''),
    ...(t.JdbcTargets ?? []).map((s) => `jdbc:${s.ConnectionName ?? ''}/${s.Path ?? ''}`),
    ...(t.CatalogTargets ?? []).flatMap((s) => (s.Tables ?? []).map((table) => `catalog:${s.DatabaseName ?? ''}.${table}`)),
    ...(t.DynamoDBTargets ?? []).map((s) => `dynamodb:${s.Path ?? ''}`),
    ...(t.DeltaTargets ?? []).flatMap((s) => s.DeltaTables ?? []),
    ...(t.IcebergTargets ?? []).flatMap((s) => s.Paths ?? []),
  ].filter(Boolean);
  crawler.connections = [
    ...new Set(
      [
        ...(t.S3Targets ?? []).map((s) => s.ConnectionName),
        ...(t.JdbcTargets ?? []).map((s) => s.ConnectionName),
        ...(t.MongoDBTargets ?? []).map((s) => s.ConnectionName),
        ...(t.DeltaTargets ?? []).map((s) => s.ConnectionName),
        ...(t.CatalogTargets ?? []).map((s) => s.ConnectionName),
      ].filter((n): n is string => Boolean(n)),
    ),
  ];
}

async function collectConnections(ctx: CollectorContext, glue: GlueClient): Promise<Listing<GlueConnection>> {
  const connections: GlueConnection[] = [];
  // HidePassword: the collector never asks for a connection password, and never needs kms:Decrypt for one.
  const read = await list(ctx, glue, 'glue.connection', (t) => new GetConnectionsCommand({ HidePassword: true, NextToken: t, MaxResults: GLUE_PAGE_SIZE }), (o: GetConnectionsCommandOutput) => ({ items: o.ConnectionList, next: o.NextToken }));
  const seen = new Set<string>();
  for (const c of read.items) {
    if (!c.Name || seen.has(c.Name)) continue;
    seen.add(c.Name);
    connections.push(ctx.emit<'glue.connection'>({
      kind: 'glue.connection', arn: ctx.arn('glue.connection', { name: c.Name }), name: c.Name, region: ctx.region, accountId: ctx.accountId,
      connectionName: c.Name, ...normalizeConnection(c),
    }));
  }
  return read.ok ? { ok: true, items: connections } : { ok: false, items: connections, reason: read.reason };
}

async function collectSecurityConfigurations(ctx: CollectorContext, glue: GlueClient): Promise<Listing<GlueSecurityConfiguration>> {
  const configurations: GlueSecurityConfiguration[] = [];
  const read = await list(
    ctx, glue, 'glue.security_configuration',
    (t) => new GetSecurityConfigurationsCommand({ NextToken: t, MaxResults: GLUE_PAGE_SIZE }),
    (o: GetSecurityConfigurationsCommandOutput) => ({ items: o.SecurityConfigurations, next: o.NextToken }),
  );
  const seen = new Set<string>();
  for (const s of read.items) {
    if (!s.Name || seen.has(s.Name)) continue;
    seen.add(s.Name);
    configurations.push(ctx.emit<'glue.security_configuration'>({
      kind: 'glue.security_configuration', arn: ctx.arn('glue.security_configuration', { name: s.Name }), name: s.Name, region: ctx.region, accountId: ctx.accountId,
      ...securityConfiguration(s, s.Name),
    }));
  }
  return read.ok ? { ok: true, items: configurations } : { ok: false, items: configurations, reason: read.reason };
}

function securityConfiguration(s: SecurityConfiguration, name: string): Omit<GlueSecurityConfiguration, 'kind' | 'arn' | 'name' | 'region' | 'accountId' | 'classification'> {
  const e = s.EncryptionConfiguration ?? {};
  const keys = new Set<string>();
  const setting = (mode: string | undefined, key: string | undefined) => {
    if (key) keys.add(key);
    return key ? { mode: mode ?? 'DISABLED', kmsKeyArn: key } : { mode: mode ?? 'DISABLED' };
  };
  const out: ReturnType<typeof securityConfiguration> = {
    configurationName: name,
    s3: (e.S3Encryption ?? []).map((x) => setting(x.S3EncryptionMode, x.KmsKeyArn)),
    cloudWatch: setting(e.CloudWatchEncryption?.CloudWatchEncryptionMode, e.CloudWatchEncryption?.KmsKeyArn),
    jobBookmarks: setting(e.JobBookmarksEncryption?.JobBookmarksEncryptionMode, e.JobBookmarksEncryption?.KmsKeyArn),
    createdAt: iso(s.CreatedTimeStamp),
    usedBy: [],
  };
  if (keys.size > 0) out.kmsKeyRefs = [...keys];
  return out;
}

async function collectMlTransforms(ctx: CollectorContext, glue: GlueClient): Promise<void> {
  const read = await list(ctx, glue, 'glue.ml_transform', (t) => new GetMLTransformsCommand({ NextToken: t, MaxResults: GLUE_PAGE_SIZE }), (o: GetMLTransformsCommandOutput) => ({ items: o.Transforms, next: o.NextToken }));
  const seen = new Set<string>();
  for (const m of read.items) {
    if (!m.TransformId || seen.has(m.TransformId)) continue;
    seen.add(m.TransformId);
    const encryption = m.TransformEncryption;
    const key = encryption?.MlUserDataEncryption?.KmsKeyId;
    const transform = ctx.emit<'glue.ml_transform'>({
      kind: 'glue.ml_transform', arn: ctx.arn('glue.ml_transform', { id: m.TransformId }), name: m.Name ?? m.TransformId, region: ctx.region, accountId: ctx.accountId,
      transformId: m.TransformId, roleArn: roleArn(ctx, m.Role), status: m.Status,
      userDataEncryptionMode: encryption?.MlUserDataEncryption?.MlUserDataEncryptionMode ?? null,
      taskRunSecurityConfiguration: encryption?.TaskRunSecurityConfigurationName ?? null,
    });
    if (key) {
      transform.userDataKmsKeyId = key;
      transform.kmsKeyRefs = [key];
    }
    if (transform.roleArn) transform.iamRoleRefs = [transform.roleArn];
  }
}

/**
 * Links jobs and crawlers to their connections (network placement) and security configurations (keys, usedBy).
 * A job whose connections could not be listed has no `network`, with the reason in `unknown`.
 */
function link(jobs: Listing<GlueJob>, crawlers: Listing<GlueCrawler>, connections: Listing<GlueConnection>, configurations: Listing<GlueSecurityConfiguration>): void {
  const byConnection = new Map(connections.items.map((c) => [c.connectionName, c]));
  const byConfiguration = new Map(configurations.items.map((c) => [c.configurationName, c]));
  for (const job of jobs.items) {
    const names = job.connections ?? [];
    const found = names.map((n) => byConnection.get(n)).filter((c): c is GlueConnection => Boolean(c?.network));
    if (found.length > 0) job.network = placement(found);
    else if (names.length > 0 && !connections.ok) markUnknown(job, ['network'], connections.reason);
  }
  for (const user of [...jobs.items, ...crawlers.items]) {
    if (!user.securityConfiguration) continue;
    const configuration = byConfiguration.get(user.securityConfiguration);
    if (!configuration) {
      if (!configurations.ok) markUnknown(user, ['kmsKeyRefs'], configurations.reason);
      continue;
    }
    configuration.usedBy = [...(configuration.usedBy ?? []), user.arn];
    if (configuration.kmsKeyRefs?.length) user.kmsKeyRefs = [...configuration.kmsKeyRefs];
  }
}

/** Network placement of a job from its connections: Glue attaches the job's ENIs to the connections' subnet and groups. */
function placement(connections: GlueConnection[]): NetworkPlacement {
  const subnetIds = [...new Set(connections.flatMap((c) => c.network?.subnetIds ?? []))];
  const securityGroupIds = [...new Set(connections.flatMap((c) => c.network?.securityGroupIds ?? []))];
  return { subnetIds, securityGroupIds };
}

export const glueCollectors: readonly Collector[] = [glueCollector];
