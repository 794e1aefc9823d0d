/**
 * Fake Secrets Manager: secret metadata and rotation state (no values: the scanner never asks for one).
 * Spec shape (`regions[region].secretsmanager`):
 *
 * { secrets: [{ name, description?, owningService?, kmsKeyId?, rotation?: { enabled, days?, schedule?, lastRotated? },
 *               createdAt?, lastAccessed?, tags? }] }
 *
 * ListSecrets pages as the API: MaxResults 1..100, default 100, token `NextToken`.
 */
import { DescribeSecretCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';
import { fakeUuid } from './redshift.js';

export interface FakeSecret {
  name: string;
  description?: string;
  owningService?: string;
  kmsKeyId?: string;
  rotation?: { enabled: boolean; days?: number; schedule?: string; lastRotated?: string };
  createdAt?: string;
  lastAccessed?: string;
  tags?: Record<string, string>;
}

export interface SecretsManagerSpec {
  secrets: FakeSecret[];
}

const MAX_RESULTS = 100;
const spec = (ctx: FakeContext): SecretsManagerSpec => (ctx.spec as SecretsManagerSpec | undefined) ?? { secrets: [] };

/** The ARN Secrets Manager gives a secret: its name and a six-character suffix. */
export function secretArn(ctx: Pick<FakeContext, 'partition' | 'region' | 'accountId'>, name: string): string {
  return `arn:${ctx.partition}:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}-${fakeUuid(`secret:${name}`).replace(/-/g, '').slice(0, 6)}`;
}

function describe(ctx: FakeContext, s: FakeSecret) {
  const r = s.rotation;
  return {
    ARN: secretArn(ctx, s.name),
    Name: s.name,
    ...(s.description ? { Description: s.description } : {}),
    ...(s.kmsKeyId ? { KmsKeyId: s.kmsKeyId } : {}),
    RotationEnabled: r?.enabled ?? false,
    ...(r?.enabled ? { RotationLambdaARN: s.owningService ? undefined : `arn:${ctx.partition}:lambda:${ctx.region}:${ctx.accountId}:function:SecretsManagerRotation` } : {}),
    ...(r && (r.days !== undefined || r.schedule) ? { RotationRules: { ...(r.days !== undefined ? { AutomaticallyAfterDays: r.days } : {}), ...(r.schedule ? { ScheduleExpression: r.schedule } : {}) } } : {}),
    ...(r?.lastRotated ? { LastRotatedDate: new Date(r.lastRotated) } : {}),
    LastChangedDate: new Date(r?.lastRotated ?? s.createdAt ?? '2025-01-01T00:00:00Z'),
    ...(s.lastAccessed ? { LastAccessedDate: new Date(s.lastAccessed) } : {}),
    ...(s.owningService ? { OwningService: s.owningService } : {}),
    CreatedDate: new Date(s.createdAt ?? '2025-01-01T00:00:00Z'),
    Tags: Object.entries(s.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
  };
}

function find(ctx: FakeContext, id: unknown): FakeSecret {
  const secret = spec(ctx).secrets.find((s) => s.name === id || secretArn(ctx, s.name) === id);
  if (!secret) throw awsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
  return secret;
}

export const secretsmanagerFake: ServiceFake = {
  service: 'secretsmanager',
  client: SecretsManagerClient,
  commands: { ListSecretsCommand, DescribeSecretCommand },
  handlers: {
    ListSecrets: (input, ctx) => {
      const requested = input.MaxResults as number | undefined;
      if (requested !== undefined && (requested < 1 || requested > MAX_RESULTS)) throw awsError('InvalidParameterException', `MaxResults must be between 1 and ${MAX_RESULTS}`);
      const all = [...spec(ctx).secrets].sort((a, b) => a.name.localeCompare(b.name));
      const p = page(all, input.NextToken as string | undefined, requested, MAX_RESULTS, 'secrets');
      return { SecretList: p.items.map((s) => describe(ctx, s)), ...(p.next ? { NextToken: p.next } : {}) };
    },
    DescribeSecret: (input, ctx) => describe(ctx, find(ctx, input.SecretId)),
  },
};

export const secretsmanagerFakes: readonly ServiceFake[] = [secretsmanagerFake];
