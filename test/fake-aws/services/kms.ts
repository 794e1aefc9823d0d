/** Fake KMS: customer managed and AWS managed keys, by id, ARN or alias. */
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { awsError } from '../errors.js';
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
  /** Owning account when not the scanned one. */
  account?: string;
}

export interface KmsSpec {
  keys: FakeKey[];
}

const spec = (ctx: FakeContext): KmsSpec => (ctx.spec as KmsSpec | undefined) ?? { keys: [] };
export const keyArn = (ctx: FakeContext, key: FakeKey) => `arn:${ctx.partition}:kms:${ctx.region}:${key.account ?? ctx.accountId}:key/${key.id}`;

export function findKey(ctx: FakeContext, ref: unknown): FakeKey {
  const r = String(ref);
  const key = spec(ctx).keys.find(
    (k) => k.id === r || keyArn(ctx, k) === r || (k.aliases ?? []).some((a) => a === r || `arn:${ctx.partition}:kms:${ctx.region}:${k.account ?? ctx.accountId}:${a}` === r),
  );
  if (!key) throw awsError('NotFoundException', `Key '${r}' does not exist`);
  return key;
}

export const kmsFake: ServiceFake = {
  service: 'kms',
  client: KMSClient,
  commands: { DescribeKeyCommand },
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
          ...(k.deletionDate ? { DeletionDate: new Date(k.deletionDate) } : {}),
        },
      };
    },
  },
};
