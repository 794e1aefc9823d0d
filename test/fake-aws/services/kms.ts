/** Fake KMS: customer managed and AWS managed keys, by id, ARN or alias; listing, aliases, rotation, policies. */
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeKey {
  id: string;
  manager?: 'AWS' | 'CUSTOMER';
  state?: string;
  aliases?: string[];
  spec?: string;
  usage?: string;
  origin?: string;
  rotation?: boolean;
  policy?: Record<string, unknown>;
  tags?: Record<string, string>;
  deletionDate?: string;
  multiRegion?: boolean;
  description?: string;
  /** Owning account when not the scanned one. */
  account?: string;
}

export interface KmsSpec {
  keys: FakeKey[];
}

/** API maxima: ListKeys 1000 (default 100), ListAliases 100 (default 50). */
const MAX = { listKeys: 1000, listAliases: 100 } as const;

const spec = (ctx: FakeContext): KmsSpec => (ctx.spec as KmsSpec | undefined) ?? { keys: [] };
export const keyArn = (ctx: FakeContext, key: FakeKey) => `arn:${ctx.partition}:kms:${ctx.region}:${key.account ?? ctx.accountId}:key/${key.id}`;
/** Keys the scanned account holds in the region (another account's keys are only reachable by ARN). */
const ownKeys = (ctx: FakeContext) => spec(ctx).keys.filter((k) => k.account === undefined || k.account === ctx.accountId);

export function findKey(ctx: FakeContext, ref: unknown): FakeKey {
  const r = String(ref);
  const key = spec(ctx).keys.find(
    (k) => k.id === r || keyArn(ctx, k) === r || (k.aliases ?? []).some((a) => a === r || `arn:${ctx.partition}:kms:${ctx.region}:${k.account ?? ctx.accountId}:${a}` === r),
  );
  if (!key) throw awsError('NotFoundException', `Key '${r}' does not exist`);
  return key;
}

/** The default key policy KMS writes: the account root may do everything. */
const defaultPolicy = (ctx: FakeContext) => ({
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${ctx.partition}:iam::${ctx.accountId}:root` }, Action: 'kms:*', Resource: '*' }],
});

export const kmsFake: ServiceFake = {
  service: 'kms',
  client: KMSClient,
  commands: { DescribeKeyCommand, ListKeysCommand, ListAliasesCommand, GetKeyRotationStatusCommand, GetKeyPolicyCommand },
  handlers: {
    DescribeKey: (input, ctx) => {
      const k = findKey(ctx, input.KeyId);
      return {
        KeyMetadata: {
          AWSAccountId: k.account ?? ctx.accountId,
          KeyId: k.id,
          Arn: keyArn(ctx, k),
          CreationDate: new Date('2024-06-01T00:00:00Z'),
          Enabled: (k.state ?? 'Enabled') === 'Enabled',
          KeyUsage: k.usage ?? 'ENCRYPT_DECRYPT',
          KeyState: k.state ?? 'Enabled',
          Origin: k.origin ?? 'AWS_KMS',
          KeyManager: k.manager ?? 'CUSTOMER',
          KeySpec: k.spec ?? 'SYMMETRIC_DEFAULT',
          CustomerMasterKeySpec: k.spec ?? 'SYMMETRIC_DEFAULT',
          MultiRegion: k.multiRegion ?? false,
          ...(k.description ? { Description: k.description } : {}),
          ...(k.deletionDate ? { DeletionDate: new Date(k.deletionDate) } : {}),
        },
      };
    },
    ListKeys: (input, ctx) => {
      const keys = [...ownKeys(ctx)].sort((a, b) => a.id.localeCompare(b.id));
      const p = page(keys, input.Marker as string | undefined, (input.Limit as number | undefined) ?? 100, MAX.listKeys, 'lk');
      return { Keys: p.items.map((k) => ({ KeyId: k.id, KeyArn: keyArn(ctx, k) })), Truncated: p.next !== undefined, ...(p.next ? { NextMarker: p.next } : {}) };
    },
    ListAliases: (input, ctx) => {
      const aliases = ownKeys(ctx)
        .flatMap((k) => (k.aliases ?? []).map((name) => ({ AliasName: name, AliasArn: `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:${name}`, TargetKeyId: k.id })))
        .sort((a, b) => a.AliasName.localeCompare(b.AliasName));
      const p = page(aliases, input.Marker as string | undefined, (input.Limit as number | undefined) ?? 50, MAX.listAliases, 'la');
      return { Aliases: p.items, Truncated: p.next !== undefined, ...(p.next ? { NextMarker: p.next } : {}) };
    },
    GetKeyRotationStatus: (input, ctx) => {
      const k = findKey(ctx, input.KeyId);
      if ((k.state ?? 'Enabled') === 'PendingDeletion') throw awsError('KMSInvalidStateException', `${keyArn(ctx, k)} is pending deletion.`);
      if ((k.spec ?? 'SYMMETRIC_DEFAULT') !== 'SYMMETRIC_DEFAULT' || (k.origin ?? 'AWS_KMS') !== 'AWS_KMS') throw awsError('UnsupportedOperationException', `${keyArn(ctx, k)} key does not support rotation.`);
      return { KeyId: keyArn(ctx, k), KeyRotationEnabled: k.rotation ?? false, ...(k.rotation ? { RotationPeriodInDays: 365, NextRotationDate: new Date('2027-06-01T00:00:00Z') } : {}) };
    },
    GetKeyPolicy: (input, ctx) => {
      const k = findKey(ctx, input.KeyId);
      if ((input.PolicyName ?? 'default') !== 'default') throw awsError('NotFoundException', `No such policy exists: ${String(input.PolicyName)}`);
      return { PolicyName: 'default', Policy: JSON.stringify(k.policy ?? defaultPolicy(ctx)) };
    },
  },
};
