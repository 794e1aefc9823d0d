/**
 * Secrets Manager database secrets, from ListSecrets (metadata and rotation; never GetSecretValue).
 *
 * A secret counts as a database secret when the control plane shows it without reading its value:
 * - a database service manages it (`OwningService` rds, redshift, …: master user secrets), or
 * - RDS or Redshift tagged it (`aws:rds:primaryDBClusterArn`, `aws:rds:primaryDBInstanceArn`, `aws:redshift…`), or
 * - its name follows the managed-secret convention (`rds!cluster-…`, `rds!db-…`, `redshift!…`), or
 * - the owner marked it with the tag `secret_type=database` (or `db`).
 * Secrets created by hand for a database without such a mark are not recognisable without their value.
 */
import { ListSecretsCommand, SecretsManagerClient, type ListSecretsResponse, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { Secret } from '../inventory/secretsmanager.js';
import { iso, tagRecord } from './common.js';
import type { Collector, CollectorContext } from './types.js';

/** ListSecrets returns at most 100 secrets a page. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html */
const PAGE = 100;

/** Services whose managed secrets are database credentials. */
const DATABASE_SERVICES = new Set(['rds', 'redshift', 'redshift-serverless', 'docdb', 'docdb-elastic']);
const DATABASE_TAG_PREFIXES = ['aws:rds:', 'aws:redshift'];
const DATABASE_NAME = /^(rds|redshift|redshift-serverless)!/;
const OWNER_TAG = { key: 'secret_type', values: new Set(['database', 'db']) } as const;

/** Why a listed secret is a database secret, or `undefined` when nothing shows it is one. */
export function databaseEvidence(s: SecretListEntry, tags: Record<string, string>): string | undefined {
  if (s.OwningService && DATABASE_SERVICES.has(s.OwningService)) return `OwningService=${s.OwningService}`;
  const tag = Object.keys(tags).find((k) => DATABASE_TAG_PREFIXES.some((p) => k.startsWith(p)));
  if (tag) return `tag ${tag}`;
  if (s.Name && DATABASE_NAME.test(s.Name)) return `name ${s.Name}`;
  const owner = Object.entries(tags).find(([k]) => k.toLowerCase() === OWNER_TAG.key);
  if (owner && OWNER_TAG.values.has(owner[1].toLowerCase())) return `tag ${owner[0]}=${owner[1]}`;
  return undefined;
}

export const secretsmanagerCollector: Collector = {
  service: 'secretsmanager',
  phase: 'primary',
  produces: ['secretsmanager.secret'],
  actions: ['secretsmanager:ListSecrets'],
  async collect(ctx) {
    const client = ctx.client(SecretsManagerClient);
    const pages = ctx.pages(
      client,
      (token) => new ListSecretsCommand({ NextToken: token, MaxResults: PAGE }),
      (o: ListSecretsResponse) => ({ items: o.SecretList, next: o.NextToken }),
      { enumeration: true },
    );
    for await (const page of pages) {
      for (const s of page) {
        if (!s.ARN || !s.Name) continue;
        const tags = tagRecord(s.Tags);
        const evidence = databaseEvidence(s, tags);
        // Other secrets (API keys, certificates) are not the scanner's business.
        if (evidence === undefined) continue;
        ctx.emit<'secretsmanager.secret'>(fromEntry(ctx, s, s.ARN, s.Name, tags, evidence));
      }
    }
  },
};

function fromEntry(ctx: CollectorContext, s: SecretListEntry, arn: string, name: string, tags: Record<string, string>, evidence: string): Omit<Secret, 'classification'> {
  return {
    kind: 'secretsmanager.secret',
    arn,
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    tags,
    secretName: name,
    description: s.Description,
    kmsKeyId: s.KmsKeyId,
    owningService: s.OwningService,
    rotation: {
      rotationEnabled: s.RotationEnabled ?? false,
      ...(s.RotationRules?.AutomaticallyAfterDays !== undefined ? { automaticallyAfterDays: s.RotationRules.AutomaticallyAfterDays } : {}),
      ...(s.RotationRules?.ScheduleExpression ? { scheduleExpression: s.RotationRules.ScheduleExpression } : {}),
      ...(s.LastRotatedDate ? { lastRotatedDate: iso(s.LastRotatedDate) } : {}),
      ...(s.NextRotationDate ? { nextRotationDate: iso(s.NextRotationDate) } : {}),
      ...(s.CreatedDate ? { createdDate: iso(s.CreatedDate) } : {}),
    },
    rotationLambdaArn: s.RotationLambdaARN,
    lastChangedDate: iso(s.LastChangedDate),
    lastAccessedDate: iso(s.LastAccessedDate),
    primaryRegion: s.PrimaryRegion,
    databaseEvidence: evidence,
    ...(s.KmsKeyId ? { kmsKeyRefs: [s.KmsKeyId] } : {}),
  };
}

export const secretsmanagerCollectors: readonly Collector[] = [secretsmanagerCollector];
