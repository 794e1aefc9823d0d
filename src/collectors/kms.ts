/**
 * KMS keys of the region: every key the account holds (ListKeys), with its metadata, aliases and, for
 * customer managed keys, rotation status and key policy; plus keys the data stores reference that are not
 * the account's own (another account's key, or one ListKeys could not list), which are only DescribeKey'd.
 * Runs after the primary collectors so it knows every key reference and links each key to its users.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  type AliasListEntry,
  type DescribeKeyCommandOutput,
  type GetKeyPolicyCommandOutput,
  type GetKeyRotationStatusCommandOutput,
  type KeyListEntry,
  type KeyMetadata,
  type ListAliasesCommandOutput,
  type ListKeysCommandOutput,
} from '@aws-sdk/client-kms';
import type { KmsKey } from '../inventory/kms.js';
import { iso, markUnknown, readPolicy } from './common.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** Page sizes at the API maximum: ListKeys 1000, ListAliases 100. */
const PAGE = { listKeys: 1000, listAliases: 100 } as const;

/** Key states in which KMS refuses GetKeyRotationStatus; rotation does not apply to them. */
const NO_ROTATION_STATES = new Set(['PendingDeletion', 'PendingReplicaDeletion', 'PendingImport', 'Unavailable']);

export const kmsCollector: Collector = {
  service: 'kms',
  phase: 'dependent',
  produces: ['kms.key'],
  actions: ['kms:ListKeys', 'kms:ListAliases', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy'],
  async collect(ctx) {
    const kms = ctx.client(KMSClient);
    const usedBy = new Map<string, string[]>();
    for (const r of ctx.existing()) {
      if (r.region !== ctx.region) continue;
      for (const ref of r.kmsKeyRefs ?? []) usedBy.set(ref, [...(usedBy.get(ref) ?? []), r.arn]);
    }

    const [listed, aliases] = await Promise.all([
      ctx.all(
        kms,
        (marker) => new ListKeysCommand({ Limit: PAGE.listKeys, Marker: marker }),
        (o: ListKeysCommandOutput) => ({ items: o.Keys, next: o.Truncated ? o.NextMarker : undefined }),
        { lists: 'kms.key' },
      ),
      ctx.all(
        kms,
        (marker) => new ListAliasesCommand({ Limit: PAGE.listAliases, Marker: marker }),
        (o: ListAliasesCommandOutput) => ({ items: o.Aliases, next: o.Truncated ? o.NextMarker : undefined }),
      ),
    ]);
    const aliasIndex = indexAliases(aliases.items);
    const aliasReason = aliases.ok ? undefined : aliases.reason;

    const byArn = new Map<string, KmsKey>();
    /** Reference (id, ARN, alias) -> key ARN, for linking stores to keys. */
    const resolved = new Map<string, string>();
    const own = listed.items.filter((k: KeyListEntry): k is KeyListEntry & { KeyId: string; KeyArn: string } => Boolean(k.KeyId && k.KeyArn));
    const ownArns = new Map(own.map((k) => [k.KeyId, k.KeyArn]));
    // Sorted, so the order of calls (and of the recording) does not depend on the listing order.
    const ownSorted = [...own].sort((a, b) => a.KeyArn.localeCompare(b.KeyArn));
    await forEachLimit(ownSorted, COLLECTION_LIMITS.perResource, async (k) => {
      const key = await describe(ctx, kms, k.KeyArn, { listedArn: k.KeyArn, keyId: k.KeyId });
      byArn.set(key.arn, key);
      await readDetails(ctx, kms, key, aliasIndex.get(k.KeyId), aliasReason);
    });

    // References ListKeys already answered need no call; the rest are described by the reference itself.
    const pending: string[] = [];
    for (const ref of [...usedBy.keys()].sort()) {
      const arn = resolveRef(ref, ctx, ownArns, aliasIndex);
      if (arn && byArn.has(arn)) resolved.set(ref, arn);
      else pending.push(ref);
    }
    await forEachLimit(pending, COLLECTION_LIMITS.perResource, async (ref) => {
      const out = await ctx.send<DescribeKeyCommandOutput>(kms, new DescribeKeyCommand({ KeyId: ref }), { resourceArn: ref });
      const meta = out.ok ? out.value?.KeyMetadata : undefined;
      if (!meta?.Arn || !meta.KeyId) return;
      resolved.set(ref, meta.Arn);
      if (byArn.has(meta.Arn)) return;
      const key = ctx.emit<'kms.key'>(fromMetadata(ctx, meta, meta.Arn, meta.KeyId));
      byArn.set(key.arn, key);
      if (key.foreign) {
        markUnknown(key, ['rotationEnabled', 'policy', 'aliases'], `the key belongs to account ${owner(key)}; only DescribeKey is read for another account's key`);
      } else {
        // The account's own key that ListKeys did not list (the listing failed part way).
        await readDetails(ctx, kms, key, aliasIndex.get(key.keyId), aliasReason);
      }
    });

    // A key referenced under several names (id, alias, ARN) lists every store that uses it.
    const users = new Map<string, Set<string>>();
    for (const [ref, arn] of resolved) {
      const set = users.get(arn) ?? new Set<string>();
      for (const u of usedBy.get(ref) ?? []) set.add(u);
      users.set(arn, set);
    }
    for (const key of byArn.values()) key.usedBy = [...(users.get(key.arn) ?? [])].sort();
  },
};

/** DescribeKey for a listed key; emits it even when the call fails, so its checks say why. */
async function describe(ctx: CollectorContext, kms: KMSClient, ref: string, listed: { listedArn: string; keyId: string }): Promise<KmsKey> {
  const out = await ctx.send<DescribeKeyCommandOutput>(kms, new DescribeKeyCommand({ KeyId: ref }), { resourceArn: listed.listedArn });
  const meta = out.ok ? out.value?.KeyMetadata : undefined;
  if (meta?.Arn && meta.KeyId) return ctx.emit<'kms.key'>(fromMetadata(ctx, meta, meta.Arn, meta.KeyId));
  const key = ctx.emit<'kms.key'>({ kind: 'kms.key', arn: listed.listedArn, name: listed.keyId, region: ctx.region, accountId: ctx.accountId, ownerAccountId: ctx.accountId, keyId: listed.keyId, foreign: false });
  markUnknown(key, ['keyManager', 'keyState', 'keySpec', 'keyUsage', 'origin', 'rotationEnabled', 'policy'], out.ok ? 'DescribeKey returned no KeyMetadata' : out.reason);
  return key;
}

function fromMetadata(ctx: CollectorContext, meta: KeyMetadata, arn: string, keyId: string): Omit<KmsKey, 'classification'> {
  const ownerId = meta.AWSAccountId ?? ctx.accountId;
  const key: Omit<KmsKey, 'classification'> = {
    kind: 'kms.key',
    arn,
    name: keyId,
    region: ctx.region,
    // Findings are imported by the scanned account, even about another account's key its stores use.
    accountId: ctx.accountId,
    ownerAccountId: ownerId,
    keyId,
    keyManager: meta.KeyManager,
    keyState: meta.KeyState,
    keySpec: meta.KeySpec,
    keyUsage: meta.KeyUsage,
    origin: meta.Origin,
    multiRegion: meta.MultiRegion,
    deletionDate: iso(meta.DeletionDate),
    foreign: ownerId !== ctx.accountId,
  };
  if (meta.Description) key.description = meta.Description;
  return key;
}

const owner = (key: KmsKey): string => key.ownerAccountId ?? key.accountId;

/** Aliases, rotation status and key policy of one of the account's keys. */
async function readDetails(ctx: CollectorContext, kms: KMSClient, key: KmsKey, aliases: string[] | undefined, aliasReason: string | undefined): Promise<void> {
  if (aliasReason) markUnknown(key, ['aliases'], aliasReason);
  else key.aliases = aliases ?? [];
  // AWS managed keys rotate every year by AWS and carry policies AWS sets; their checks do not read these.
  if (key.keyManager !== 'CUSTOMER') return;
  const resourceArn = key.arn;
  const rotation = key.keyState && NO_ROTATION_STATES.has(key.keyState)
    ? undefined
    : ctx.send<GetKeyRotationStatusCommandOutput>(kms, new GetKeyRotationStatusCommand({ KeyId: key.keyId }), { resourceArn, absentOn: ['UnsupportedOperationException'] });
  const policy = ctx.send<GetKeyPolicyCommandOutput>(kms, new GetKeyPolicyCommand({ KeyId: key.keyId, PolicyName: 'default' }), { resourceArn });
  const [r, p] = await Promise.all([rotation, policy]);
  if (r === undefined) markUnknown(key, ['rotationEnabled'], `not read: KMS does not report rotation for a key in state ${key.keyState}`);
  else if (!r.ok) markUnknown(key, ['rotationEnabled'], r.reason);
  // Asymmetric, HMAC and imported-material keys answer UnsupportedOperationException: they cannot rotate.
  else if (r.value === undefined) key.rotationEnabled = false;
  else {
    key.rotationEnabled = r.value.KeyRotationEnabled ?? false;
    if (r.value.RotationPeriodInDays !== undefined) key.rotationPeriodDays = r.value.RotationPeriodInDays;
  }
  if (!p.ok) markUnknown(key, ['policy'], p.reason);
  else {
    const read = readPolicy(ctx, p.value?.Policy, { operation: 'GetKeyPolicy', action: 'kms:GetKeyPolicy', resourceArn });
    if (read.known) key.policy = read.policy;
    else markUnknown(key, ['policy'], read.reason);
  }
}

/** Target key id -> alias names (`alias/...`). */
function indexAliases(entries: readonly AliasListEntry[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const a of entries) {
    if (!a.TargetKeyId || !a.AliasName) continue;
    index.set(a.TargetKeyId, [...(index.get(a.TargetKeyId) ?? []), a.AliasName].sort());
  }
  return index;
}

/** The key ARN a store's reference names, when it is one of the listed keys (by ARN, id or alias). */
function resolveRef(ref: string, ctx: CollectorContext, ownArns: Map<string, string>, aliases: Map<string, string[]>): string | undefined {
  const owned = [...ownArns.values()];
  if (owned.includes(ref)) return ref;
  if (ownArns.has(ref)) return ownArns.get(ref);
  const aliasName = /^arn:[^:]+:kms:[^:]+:(\d{12}):(alias\/.+)$/.exec(ref);
  if (aliasName && aliasName[1] !== ctx.accountId) return undefined;
  const name = aliasName?.[2] ?? (ref.startsWith('alias/') ? ref : undefined);
  if (!name) return undefined;
  for (const [keyId, names] of aliases) if (names.includes(name)) return ownArns.get(keyId);
  return undefined;
}
