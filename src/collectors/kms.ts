/**
 * KMS keys referenced by the data stores collected in this region: who manages each key and its state.
 * Runs after the primary collectors so it knows every key reference.
 */
import { DescribeKeyCommand, KMSClient, type DescribeKeyCommandOutput } from '@aws-sdk/client-kms';
import type { KmsKey } from '../inventory/kms.js';
import { iso } from './common.js';
import { forEachLimit } from './limit.js';
import { COLLECTION_LIMITS, type Collector } from './types.js';

export const kmsCollector: Collector = {
  service: 'kms',
  phase: 'dependent',
  produces: ['kms.key'],
  actions: ['kms:DescribeKey'],
  async collect(ctx) {
    const kms = ctx.client(KMSClient);
    const usedBy = new Map<string, string[]>();
    for (const r of ctx.existing()) {
      if (r.region !== ctx.region) continue;
      for (const ref of r.kmsKeyRefs ?? []) usedBy.set(ref, [...(usedBy.get(ref) ?? []), r.arn]);
    }
    const byArn = new Map<string, { key: KmsKey; users: Set<string> }>();
    await forEachLimit([...usedBy.keys()].sort(), COLLECTION_LIMITS.perResource, async (ref) => {
      const out = await ctx.send<DescribeKeyCommandOutput>(kms, new DescribeKeyCommand({ KeyId: ref }), { resourceArn: ref });
      const meta = out.ok ? out.value?.KeyMetadata : undefined;
      if (!meta?.Arn || !meta.KeyId) return;
      const existing = byArn.get(meta.Arn);
      if (existing) {
        for (const u of usedBy.get(ref) ?? []) existing.users.add(u);
        return;
      }
      const key = ctx.emit<'kms.key'>({
        kind: 'kms.key',
        arn: meta.Arn,
        name: meta.KeyId,
        region: ctx.region,
        accountId: meta.AWSAccountId ?? ctx.accountId,
        keyId: meta.KeyId,
        keyManager: meta.KeyManager,
        keyState: meta.KeyState,
        keySpec: meta.KeySpec,
        keyUsage: meta.KeyUsage,
        origin: meta.Origin,
        multiRegion: meta.MultiRegion,
        deletionDate: iso(meta.DeletionDate),
        foreign: meta.AWSAccountId !== undefined && meta.AWSAccountId !== ctx.accountId,
      });
      byArn.set(meta.Arn, { key, users: new Set(usedBy.get(ref) ?? []) });
    });
    // A key referenced under several names (id, alias, ARN) lists every store that uses it.
    for (const { key, users } of byArn.values()) key.usedBy = [...users].sort();
  },
};
