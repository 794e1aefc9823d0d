/**
 * ASFF resource details for Glue resources: Security Hub has no Glue details types, so each is `Other`
 * with a few string facts (at most 50 pairs, values truncated to the ASFF limits). No secret is ever
 * written: job arguments appear by key only, connections by their non-credential properties.
 */
import type { AsffResourceMappers } from '../asff-resource.js';
import { ASFF_LIMITS, truncate } from '../asff-limits.js';
import type { Resource } from '../../inventory/types.js';

type Fact = string | number | boolean | null | undefined | readonly string[];

/** `Details.Other` from facts: undefined and empty values dropped, lists joined, at most 50 pairs, values truncated. */
export function otherDetails(resource: Resource, facts: Record<string, Fact>): Record<string, string> {
  const all: Record<string, Fact> = {
    kind: resource.kind,
    name: resource.name,
    dataTier: resource.classification.effectiveTier,
    classificationSource: resource.classification.source,
    ...facts,
  };
  const pairs = Object.entries(all)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [truncate(k, ASFF_LIMITS.otherKey), truncate(Array.isArray(v) ? v.join(',') : String(v as string | number | boolean), ASFF_LIMITS.otherValue)] as const);
  return Object.fromEntries(pairs.slice(0, ASFF_LIMITS.otherPairs));
}

const other = (details: Record<string, string>) => details;

export const glueAsff: AsffResourceMappers = {
  'glue.job': (job) =>
    other(otherDetails(job, {
      role: job.roleArn, command: job.commandName, glueVersion: job.glueVersion, pythonVersion: job.pythonVersion, workerType: job.workerType,
      connections: job.connections, securityConfiguration: job.securityConfiguration, subnetIds: job.network?.subnetIds,
      // Keys only: argument values never leave the inventory.
      argumentKeys: Object.keys(job.arguments ?? {}).sort(),
      continuousLogging: job.arguments?.['--enable-continuous-cloudwatch-log']?.value,
    })),
  'glue.crawler': (crawler) =>
    other(otherDetails(crawler, { role: crawler.roleArn, database: crawler.databaseName, securityConfiguration: crawler.securityConfiguration, targets: crawler.targets?.slice(0, 10), state: crawler.state })),
  'glue.connection': (c) =>
    other(otherDetails(c, {
      connectionType: c.connectionType, subnetId: c.physical?.subnetId, securityGroupIds: c.physical?.securityGroupIds, availabilityZone: c.physical?.availabilityZone,
      jdbcEnforceSsl: c.properties?.JDBC_ENFORCE_SSL, jdbcUrl: c.properties?.JDBC_CONNECTION_URL, secretId: c.secretId, authenticationType: c.authenticationType,
      storedCredentialKeys: c.credentialKeys,
    })),
  'glue.security_configuration': (s) =>
    other(otherDetails(s, {
      s3Encryption: s.s3?.map((e) => e.mode), s3KmsKey: s.s3?.find((e) => e.kmsKeyArn)?.kmsKeyArn,
      cloudWatchEncryption: s.cloudWatch?.mode, cloudWatchKmsKey: s.cloudWatch?.kmsKeyArn,
      jobBookmarksEncryption: s.jobBookmarks?.mode, jobBookmarksKmsKey: s.jobBookmarks?.kmsKeyArn, usedBy: s.usedBy?.length,
    })),
  'glue.catalog': (c) =>
    other(otherDetails(c, {
      catalogId: c.catalogId, encryptionMode: c.encryptionMode, encryptionKmsKey: c.encryptionKmsKeyId, connectionPasswordEncrypted: c.connectionPasswordEncrypted,
      connectionPasswordKmsKey: c.connectionPasswordKmsKeyId, resourcePolicyStatements: c.resourcePolicy === null ? 0 : c.resourcePolicy?.Statement.length,
      databases: c.databaseCount, tables: c.tableCount,
    })),
  'glue.ml_transform': (m) =>
    other(otherDetails(m, { transformId: m.transformId, role: m.roleArn, status: m.status, userDataEncryption: m.userDataEncryptionMode, kmsKey: m.userDataKmsKeyId, taskRunSecurityConfiguration: m.taskRunSecurityConfiguration })),
  'glue.database': (d) =>
    other(otherDetails(d, { database: d.databaseName, location: d.locationUri, lfTags: Object.entries(d.lfTags ?? {}).map(([k, v]) => `${k}=${v}`), targetDatabase: d.targetDatabase })),
  'glue.table': (t) =>
    other(otherDetails(t, {
      database: t.databaseName, table: t.tableName, tableType: t.tableType, location: t.location, columns: t.columnCount, targetTable: t.targetTable,
      lfTags: Object.entries(t.lfTags ?? {}).map(([k, v]) => `${k}=${v}`), taggedColumns: Object.keys(t.columnLfTags ?? {}),
      lfGrants: t.lfGrants?.length, cellFilters: t.cellFilters?.map((f) => f.name),
    })),
};
