/**
 * Fake Secrets Manager: secret metadata only (there is no GetSecretValue here). Spec shape
 * (`regions[region].secretsmanager`):
 *
 * {
 *   secrets: [{ name, description?, owningService?, kmsKeyId?, rotationEnabled?, automaticallyAfterDays?,
 *               scheduleExpression?, lastRotated?, created?, rotationLambda?, tags? }]
 * }
 *
 * ListSecrets: MaxResults 1..100 (default 100), token `NextToken`. DescribeSecret by name or ARN.
 */
import { createHash } from 'node:crypto';
import { DescribeSecretCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeSecret {
  name: string;
  description?: string;
  owningService?: string;
  kmsKeyId?: string;
  rotationEnabled?: boolean;
  automaticallyAfterDays?: number;
  scheduleExpression?: string;
  /** ISO date of the last rotation. */
  lastRotated?: string;
  /** ISO creation date. */
  created?: string;
  rotationLambda?: string;
  tags?: Record<string, string>;
}

export interface SecretsManagerSpec {
  secrets?: FakeSecret[];
}

const MAX_RESULTS = 100;
const spec = (ctx: FakeContext): SecretsManagerSpec => (ctx.spec as SecretsManagerSpec | undefined) ?? {};

/** A secret's ARN: the name plus a six-character random suffix, stable here. */
export function secretArn(ctx: Pick<FakeContext, 'partition' | 'region' | 'accountId'>, name: string): string {
  const suffix = createHash('sha256').update(name).digest('base64url').replace(/[-_]/g, 'x').slice(0, 6);
  return `arn:${ctx.partition}:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}-${suffix}`;
}

function describe(ctx: FakeContext, s: FakeSecret) {
  const created = new Date(s.created ?? '2025-06-01T08:00:00Z');
  const rotated = s.lastRotated ? new Date(s.lastRotated) : undefined;
  const days = s.automaticallyAfterDays ?? (s.scheduleExpression ? undefined : 7);
  return {
    ARN: secretArn(ctx, s.name),
    Name: s.name,
    ...(s.description ? { Description: s.description } : {}),
    ...(s.kmsKeyId ? { KmsKeyId: s.kmsKeyId } : {}),
    RotationEnabled: s.rotationEnabled ?? false,
    ...(s.rotationEnabled
      ? {
          RotationRules: { ...(days !== undefined ? { AutomaticallyAfterDays: days } : {}), ...(s.scheduleExpression ? { ScheduleExpression: s.scheduleExpression } : {}) },
          ...(s.owningService ? {} : { RotationLambdaARN: s.rotationLambda ?? `arn:${ctx.partition}:lambda:${ctx.region}:${ctx.accountId}:function:SecretsManagerRotation` }),
          ...(rotated && days !== undefined ? { NextRotationDate: new Date(rotated.getTime() + days * 86_400_000) } : {}),
        }
      : {}),
    ...(rotated ? { LastRotatedDate: rotated } : {}),
    LastChangedDate: rotated ?? created,
    LastAccessedDate: new Date('2026-10-31T00:00:00Z'),
    Tags: Object.entries(s.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    ...(s.owningService ? { OwningService: s.owningService } : {}),
    CreatedDate: created,
  };
}

export const secretsmanagerFake: ServiceFake = {
  service: 'secretsmanager',
  client: SecretsManagerClient,
  commands: { ListSecretsCommand, DescribeSecretCommand },
  handlers: {
    ListSecrets: (input, ctx) => {
      const requested = input.MaxResults as number | undefined;
      if (requested !== undefined && (requested < 1 || requested > MAX_RESULTS)) throw awsError('InvalidParameterException', `MaxResults must be between 1 and ${MAX_RESULTS}`);
      const all = [...(spec(ctx).secrets ?? [])].sort((a, b) => a.name.localeCompare(b.name));
      const p = page(all, input.NextToken as string | undefined, requested, MAX_RESULTS, 'secrets');
      return { SecretList: p.items.map((s) => describe(ctx, s)), ...(p.next ? { NextToken: p.next } : {}) };
    },
    DescribeSecret: (input, ctx) => {
      const id = String(input.SecretId);
      const secret = (spec(ctx).secrets ?? []).find((s) => s.name === id || secretArn(ctx, s.name) === id);
      if (!secret) throw awsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
      const { Tags, ...rest } = describe(ctx, secret);
      return { ...rest, Tags, VersionIdsToStages: { [createHash('sha256').update(secret.name).digest('hex').slice(0, 32)]: ['AWSCURRENT'] } };
    },
  },
};

export const secretsmanagerFakes: readonly ServiceFake[] = [secretsmanagerFake];
