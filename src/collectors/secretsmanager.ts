/**
 * Secrets Manager secrets that hold database credentials, with their rotation state. Never reads a secret
 * value: only ListSecrets and DescribeSecret, which return metadata.
 *
 * A secret a collected store names (an Aurora cluster's managed master secret, a Redshift admin secret, an
 * RDS Proxy's credentials) is read with DescribeSecret, so its state is exact and a denied read degrades
 * only the checks about that store. Other database secrets come from ListSecrets: those a database service
 * owns (`OwningService` rds or redshift, `aws:rds:` tags) and those whose name says they are for a
 * database (rds, aurora, redshift, postgres, mysql, db or database as a word of the name).
 */
import {
  DescribeSecretCommand,
  ListSecretsCommand,
  SecretsManagerClient,
  type DescribeSecretResponse,
  type ListSecretsResponse,
  type SecretListEntry,
} from '@aws-sdk/client-secrets-manager';
import type { Secret } from '../inventory/secretsmanager.js';
import { iso, markUnknown, tagRecord } from './common.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** ListSecrets MaxResults 1..100. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html */
const PAGE = { secrets: 100 } as const;

const DATABASE_OWNERS = new Set(['rds', 'redshift']);
const DATABASE_NAME = /(^|[-_/!.])(rds|aurora|redshift|postgres|postgresql|mysql|db|database)([-_/!.]|$)/i;
const ROTATION_FIELDS = ['rotationEnabled', 'rotationDays', 'rotationSchedule', 'lastRotatedAt'] as const;

/**
 * Days between rotations a `rate(N days)` or `rate(N hours)` schedule gives (hours as a fraction of a day,
 * to two decimals); cron schedules are left to the rule's text.
 */
export function rateDays(expression: string | undefined): number | undefined {
  const match = /^rate\((\d+)\s+(days?|hours?)\)$/i.exec(expression?.trim() ?? '');
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2]!.toLowerCase().startsWith('hour') ? Math.round((n / 24) * 100) / 100 : n;
}

/** Secret ARNs the collected stores of this region reference, each with the stores using it. */
function referencedSecrets(ctx: CollectorContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (arn: string | undefined, store: string) => {
    if (arn) out.set(arn, [...(out.get(arn) ?? []), store]);
  };
  for (const r of ctx.existing()) {
    if (r.region !== ctx.region) continue;
    if (r.kind === 'rds.cluster') add(r.masterUserSecret?.arn, r.arn);
    else if (r.kind === 'rds.proxy') for (const s of r.authSecrets) add(s, r.arn);
    else if (r.kind === 'redshift.cluster') add(r.masterPasswordSecretArn, r.arn);
  }
  return out;
}

function fields(s: SecretListEntry | DescribeSecretResponse) {
  return {
    ...(s.OwningService ? { owningService: s.OwningService } : {}),
    ...(s.KmsKeyId ? { kmsKeyId: s.KmsKeyId, kmsKeyRefs: [s.KmsKeyId] } : {}),
    rotationEnabled: s.RotationEnabled ?? false,
    ...(s.RotationLambdaARN ? { rotationLambdaArn: s.RotationLambdaARN } : {}),
    ...(s.RotationRules?.AutomaticallyAfterDays !== undefined
      ? { rotationDays: s.RotationRules.AutomaticallyAfterDays }
      : rateDays(s.RotationRules?.ScheduleExpression) !== undefined
        ? { rotationDays: rateDays(s.RotationRules?.ScheduleExpression) }
        : {}),
    ...(s.RotationRules?.ScheduleExpression ? { rotationSchedule: s.RotationRules.ScheduleExpression } : {}),
    ...(s.LastRotatedDate ? { lastRotatedAt: iso(s.LastRotatedDate) } : {}),
    ...(s.LastAccessedDate ? { lastAccessedAt: iso(s.LastAccessedDate) } : {}),
    ...(s.CreatedDate ? { createdAt: iso(s.CreatedDate) } : {}),
    tags: tagRecord(s.Tags),
  };
}

function isDatabaseSecret(s: SecretListEntry): boolean {
  if (s.OwningService && DATABASE_OWNERS.has(s.OwningService)) return true;
  if ((s.Tags ?? []).some((t) => t.Key?.startsWith('aws:rds:'))) return true;
  return DATABASE_NAME.test(s.Name ?? '');
}

export const secretsmanagerCollector: Collector = {
  service: 'secretsmanager',
  phase: 'dependent',
  produces: ['secretsmanager.secret'],
  actions: ['secretsmanager:ListSecrets', 'secretsmanager:DescribeSecret'],
  async collect(ctx) {
    const sm = ctx.client(SecretsManagerClient);
    const referenced = referencedSecrets(ctx);
    const named = (arn: string) => arn.split(':')[6]?.replace(/-[A-Za-z0-9]{6}$/, '') ?? arn;

    // Secrets a store names: described one by one, emitted whatever the answer, so a store's check can tell
    // "not rotated" from "could not be read".
    await forEachLimit([...referenced.keys()].sort(), COLLECTION_LIMITS.perResource, async (arn) => {
      const secret: Secret = ctx.emit<'secretsmanager.secret'>({
        kind: 'secretsmanager.secret',
        arn,
        name: named(arn),
        region: ctx.region,
        accountId: ctx.accountId,
        secretName: named(arn),
        usedBy: [...new Set(referenced.get(arn) ?? [])].sort(),
      });
      // A store can name a secret that was deleted since: that is an answer (the secret is gone), not a failure.
      const out = await ctx.send<DescribeSecretResponse>(sm, new DescribeSecretCommand({ SecretId: arn }), { resourceArn: arn, absentOn: ['ResourceNotFoundException'] });
      if (!out.ok) return markUnknown(secret, [...ROTATION_FIELDS, 'tags'], out.reason);
      if (!out.value) return markUnknown(secret, [...ROTATION_FIELDS, 'tags'], `secret ${arn} does not exist (DescribeSecret: ResourceNotFoundException), though ${secret.usedBy?.join(', ') ?? 'a store'} names it`);
      Object.assign(secret, fields(out.value), out.value.Name ? { name: out.value.Name, secretName: out.value.Name } : {});
    });

    // Every other database secret of the region.
    const pages = ctx.pages(
      sm,
      (token) => new ListSecretsCommand({ NextToken: token, MaxResults: PAGE.secrets }),
      (o: ListSecretsResponse) => ({ items: o.SecretList, next: o.NextToken }),
      { lists: 'secretsmanager.secret' },
    );
    for await (const page of pages) {
      for (const s of page) {
        if (!s.ARN || !s.Name || referenced.has(s.ARN) || !isDatabaseSecret(s)) continue;
        ctx.emit<'secretsmanager.secret'>({ kind: 'secretsmanager.secret', arn: s.ARN, name: s.Name, region: ctx.region, accountId: ctx.accountId, secretName: s.Name, ...fields(s) });
      }
    }
  },
};

export const secretsmanagerCollectors: readonly Collector[] = [secretsmanagerCollector];
