/**
 * IAM (global, dependent phase): every role a collected resource runs as (`iamRoleRefs`) with its
 * attached and inline policy documents, and every user with its access keys; users holding an Active key
 * also get their attached, inline and group policies read. Each managed policy and each group is read once
 * per scan, however many principals share it.
 */
import {
  GetAccessKeyLastUsedCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  type AccessKeyMetadata,
  type GetAccessKeyLastUsedCommandOutput,
  type GetRoleCommandOutput,
  type Group,
  type ListAccessKeysCommandOutput,
  type ListGroupsForUserCommandOutput,
  type ListUsersCommandOutput,
  type User,
} from '@aws-sdk/client-iam';
import type { IamAccessKey, IamRole, IamUser } from '../inventory/iam.js';
import { iso, markUnknown, readPolicy, tagRecord } from './common.js';
import { decodeDocument, IamReader, MAX_ITEMS, truncated } from './iam-policies.js';
import { createLimiter, forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';


export const iamCollector: Collector = {
  service: 'iam',
  phase: 'dependent',
  global: true,
  produces: ['iam.role', 'iam.user'],
  actions: [
    'iam:GetRole',
    'iam:ListAttachedRolePolicies',
    'iam:ListRolePolicies',
    'iam:GetRolePolicy',
    'iam:GetPolicy',
    'iam:GetPolicyVersion',
    'iam:ListUsers',
    'iam:ListAccessKeys',
    'iam:GetAccessKeyLastUsed',
    'iam:ListAttachedUserPolicies',
    'iam:ListUserPolicies',
    'iam:GetUserPolicy',
    'iam:ListGroupsForUser',
    'iam:ListAttachedGroupPolicies',
    'iam:ListGroupPolicies',
    'iam:GetGroupPolicy',
  ],
  async collect(ctx) {
    const reader = new IamReader(ctx, ctx.client(IAMClient));
    await Promise.all([collectRoles(ctx, reader), collectUsers(ctx, reader)]);
  },
};

/** Role ARNs of this account named by collected resources, with the resources that use each. */
function roleRefs(ctx: CollectorContext): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const r of ctx.existing()) {
    for (const arn of r.iamRoleRefs ?? []) refs.set(arn, [...(refs.get(arn) ?? []), r.arn]);
  }
  return refs;
}

async function collectRoles(ctx: CollectorContext, reader: IamReader): Promise<void> {
  const refs = roleRefs(ctx);
  await forEachLimit([...refs.keys()].sort(), COLLECTION_LIMITS.perResource, async (arn) => {
    const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    const roleName = m?.[2] ?? arn;
    const role = ctx.emit<'iam.role'>({
      kind: 'iam.role',
      arn,
      name: roleName,
      region: ctx.region,
      accountId: m?.[1] ?? ctx.accountId,
      roleName,
      usedBy: [...new Set(refs.get(arn))].sort(),
    });
    if (!m || m[1] !== ctx.accountId) {
      markUnknown(role, ['attachedPolicies', 'inlinePolicies', 'tags'], m ? `the role belongs to account ${m[1]}, whose IAM this scan does not read` : `${arn} is not an IAM role ARN`);
      return;
    }
    await readRole(ctx, reader, role);
  });
}

async function readRole(ctx: CollectorContext, reader: IamReader, role: IamRole): Promise<void> {
  const resourceArn = role.arn;
  const got = await ctx.send<GetRoleCommandOutput>(reader.iam, new GetRoleCommand({ RoleName: role.roleName }), { resourceArn, absentOn: ['NoSuchEntity', 'NoSuchEntityException'] });
  if (got.ok && got.value === undefined) {
    // A resource runs as a role that no longer exists: it holds no permissions.
    role.notFound = true;
    role.attachedPolicies = [];
    role.inlinePolicies = [];
    role.tags = {};
    return;
  }
  if (got.ok && got.value.Role) {
    const r = got.value.Role;
    role.path = r.Path;
    role.createdAt = iso(r.CreateDate);
    role.tags = tagRecord(r.Tags);
    const trust = decodeDocument(r.AssumeRolePolicyDocument);
    if (trust !== undefined) {
      const read = readPolicy(ctx, trust, { operation: 'GetRole', action: 'iam:GetRole', resourceArn });
      if (read.known && read.policy) role.trustPolicy = read.policy;
    }
  } else markUnknown(role, ['tags', 'trustPolicy'], got.ok ? 'GetRole returned no Role' : got.reason);

  const [attached, inline] = await Promise.all([
    reader.attached((Marker) => new ListAttachedRolePoliciesCommand({ RoleName: role.roleName, Marker, MaxItems: MAX_ITEMS }), resourceArn),
    reader.inline(
      (Marker) => new ListRolePoliciesCommand({ RoleName: role.roleName, Marker, MaxItems: MAX_ITEMS }),
      (PolicyName) => new GetRolePolicyCommand({ RoleName: role.roleName, PolicyName }),
      resourceArn,
      'iam:GetRolePolicy',
    ),
  ]);
  if (attached.ok) role.attachedPolicies = attached.refs;
  else markUnknown(role, ['attachedPolicies'], attached.reason);
  if (inline.ok) role.inlinePolicies = inline.refs;
  else markUnknown(role, ['inlinePolicies'], inline.reason);
}

async function collectUsers(ctx: CollectorContext, reader: IamReader): Promise<void> {
  const limit = createLimiter(COLLECTION_LIMITS.perResource);
  const work: Promise<void>[] = [];
  const seen = new Set<string>();
  const pages = ctx.pages(
    reader.iam,
    (marker) => new ListUsersCommand({ Marker: marker, MaxItems: MAX_ITEMS }),
    (o: ListUsersCommandOutput) => ({ items: o.Users, next: truncated(o) }),
    { lists: 'iam.user' },
  );
  for await (const users of pages) {
    for (const u of users) {
      if (!u.Arn || !u.UserName || seen.has(u.Arn)) continue;
      seen.add(u.Arn);
      const user = ctx.emit<'iam.user'>({ kind: 'iam.user', arn: u.Arn, name: u.UserName, region: ctx.region, accountId: ctx.accountId, userName: u.UserName, ...userFields(u) });
      work.push(limit(() => readUser(ctx, reader, user)));
    }
  }
  await Promise.all(work);
}

function userFields(u: User): Partial<IamUser> {
  const out: Partial<IamUser> = {};
  if (u.Path) out.path = u.Path;
  const created = iso(u.CreateDate);
  if (created) out.createdAt = created;
  return out;
}

const POLICY_FIELDS = ['attachedPolicies', 'inlinePolicies', 'groupPolicies', 'groups'] as const;

async function readUser(ctx: CollectorContext, reader: IamReader, user: IamUser): Promise<void> {
  const resourceArn = user.arn;
  const keys = await ctx.all(
    reader.iam,
    (marker) => new ListAccessKeysCommand({ UserName: user.userName, Marker: marker, MaxItems: MAX_ITEMS }),
    (o: ListAccessKeysCommandOutput) => ({ items: o.AccessKeyMetadata, next: truncated(o) }),
    { resourceArn },
  );
  if (keys.ok) user.accessKeys = await Promise.all(keys.items.map((k) => accessKey(ctx, reader, k, resourceArn)));
  else markUnknown(user, ['accessKeys'], keys.reason);

  // Only principals holding static credentials are judged, so only theirs are worth the policy reads.
  if (keys.ok && !user.accessKeys?.some((k) => k.status === 'Active')) {
    markUnknown(user, POLICY_FIELDS, 'not read: the user has no Active access key');
    return;
  }
  const [attached, inline, groups] = await Promise.all([
    reader.attached((Marker) => new ListAttachedUserPoliciesCommand({ UserName: user.userName, Marker, MaxItems: MAX_ITEMS }), resourceArn),
    reader.inline(
      (Marker) => new ListUserPoliciesCommand({ UserName: user.userName, Marker, MaxItems: MAX_ITEMS }),
      (PolicyName) => new GetUserPolicyCommand({ UserName: user.userName, PolicyName }),
      resourceArn,
      'iam:GetUserPolicy',
    ),
    ctx.all(
      reader.iam,
      (marker) => new ListGroupsForUserCommand({ UserName: user.userName, Marker: marker, MaxItems: MAX_ITEMS }),
      (o: ListGroupsForUserCommandOutput) => ({ items: o.Groups, next: truncated(o) }),
      { resourceArn },
    ),
  ]);
  if (attached.ok) user.attachedPolicies = attached.refs;
  else markUnknown(user, ['attachedPolicies'], attached.reason);
  if (inline.ok) user.inlinePolicies = inline.refs;
  else markUnknown(user, ['inlinePolicies'], inline.reason);
  if (!groups.ok) {
    markUnknown(user, ['groups', 'groupPolicies'], groups.reason);
    return;
  }
  const names = groups.items.map((g: Group) => g.GroupName).filter((n): n is string => Boolean(n));
  user.groups = names;
  const reads = await Promise.all(names.map((g) => reader.group(g)));
  const failed = reads.find((r): r is { ok: false; reason: string } => !r.ok);
  if (failed) markUnknown(user, ['groupPolicies'], failed.reason);
  else user.groupPolicies = reads.flatMap((r) => (r.ok ? r.refs : []));
}

async function accessKey(ctx: CollectorContext, reader: IamReader, k: AccessKeyMetadata, resourceArn: string): Promise<IamAccessKey> {
  const key: IamAccessKey = { accessKeyId: k.AccessKeyId ?? '', status: k.Status ?? 'unknown' };
  const created = iso(k.CreateDate);
  if (created) key.createdAt = created;
  if (k.Status !== 'Active' || !k.AccessKeyId) return key;
  const used = await ctx.send<GetAccessKeyLastUsedCommandOutput>(reader.iam, new GetAccessKeyLastUsedCommand({ AccessKeyId: k.AccessKeyId }), { resourceArn });
  // A failed read leaves the last use unknown, never "never used".
  if (used.ok) key.lastUsedAt = iso(used.value?.AccessKeyLastUsed?.LastUsedDate) ?? null;
  return key;
}

export const iamCollectors: readonly Collector[] = [iamCollector];
