/** Fake IAM (global): roles, users with access keys, groups, managed policies with versions, inline policies. */
import {
  GetAccessKeyLastUsedCommand,
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListRolePoliciesCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

type Doc = Record<string, unknown>;

/** Policies a principal carries: managed policy ARNs and inline documents by name. */
interface FakePrincipal {
  name: string;
  path?: string;
  /** Managed policy ARNs (AWS managed `arn:aws:iam::aws:policy/...` or the account's own). */
  attached?: string[];
  inline?: Record<string, Doc>;
  createdAt?: string;
}

export interface FakeRole extends FakePrincipal {
  tags?: Record<string, string>;
  trust?: Doc;
}

export interface FakeAccessKey {
  id: string;
  status?: 'Active' | 'Inactive';
  createdAt?: string;
  lastUsedAt?: string;
}

export interface FakeUser extends FakePrincipal {
  groups?: string[];
  accessKeys?: FakeAccessKey[];
}

export type FakeGroup = FakePrincipal;

export interface FakeManagedPolicy {
  arn: string;
  /** The default version's document. */
  document: Doc;
  /** Default version id (`v1` unless said). */
  version?: string;
}

export interface IamSpec {
  roles?: FakeRole[];
  users?: FakeUser[];
  groups?: FakeGroup[];
  policies?: FakeManagedPolicy[];
}

/** API maxima: MaxItems up to 1000, default 100, for every IAM list call. */
const MAX = 1000;
const DEFAULT_ITEMS = 100;

const spec = (ctx: FakeContext): IamSpec => (ctx.spec as IamSpec | undefined) ?? {};
/** IAM returns policy documents URL-encoded (RFC 3986). */
const encoded = (doc: Doc): string => encodeURIComponent(JSON.stringify(doc));
const created = (p: { createdAt?: string }) => new Date(p.createdAt ?? '2025-01-15T09:30:00Z');
const items = (input: Record<string, unknown>) => (input.MaxItems as number | undefined) ?? DEFAULT_ITEMS;

function paged<T, R>(all: readonly T[], input: Record<string, unknown>, prefix: string, key: string, map: (t: T) => R): Record<string, unknown> {
  const p = page(all, input.Marker as string | undefined, items(input), MAX, prefix);
  return { [key]: p.items.map(map), IsTruncated: p.next !== undefined, ...(p.next ? { Marker: p.next } : {}) };
}

const noSuch = (what: string) => awsError('NoSuchEntity', `The ${what} cannot be found.`, 404);

function role(ctx: FakeContext, name: unknown): FakeRole {
  const r = (spec(ctx).roles ?? []).find((x) => x.name === name);
  if (!r) throw noSuch(`role with name ${String(name)}`);
  return r;
}
function user(ctx: FakeContext, name: unknown): FakeUser {
  const u = (spec(ctx).users ?? []).find((x) => x.name === name);
  if (!u) throw noSuch(`user with name ${String(name)}`);
  return u;
}
function group(ctx: FakeContext, name: unknown): FakeGroup {
  const g = (spec(ctx).groups ?? []).find((x) => x.name === name);
  if (!g) throw noSuch(`group with name ${String(name)}`);
  return g;
}
function policy(ctx: FakeContext, arn: unknown): FakeManagedPolicy {
  const p = (spec(ctx).policies ?? []).find((x) => x.arn === arn);
  if (!p) throw noSuch(`policy ${String(arn)}`);
  return p;
}

const arnOf = (ctx: FakeContext, type: string, p: FakePrincipal) => `arn:${ctx.partition}:iam::${ctx.accountId}:${type}${p.path ?? '/'}${p.name}`;
const attachedOf = (p: FakePrincipal) => (p.attached ?? []).map((arn) => ({ PolicyArn: arn, PolicyName: arn.split('/').pop() }));
const inlineOf = (p: FakePrincipal, name: unknown): Doc => {
  const doc = p.inline?.[String(name)];
  if (!doc) throw noSuch(`policy with name ${String(name)}`);
  return doc;
};

export const iamFake: ServiceFake = {
  service: 'iam',
  client: IAMClient,
  commands: {
    GetRoleCommand,
    ListAttachedRolePoliciesCommand,
    ListRolePoliciesCommand,
    GetRolePolicyCommand,
    GetPolicyCommand,
    GetPolicyVersionCommand,
    ListUsersCommand,
    ListAccessKeysCommand,
    GetAccessKeyLastUsedCommand,
    ListAttachedUserPoliciesCommand,
    ListUserPoliciesCommand,
    GetUserPolicyCommand,
    ListGroupsForUserCommand,
    ListAttachedGroupPoliciesCommand,
    ListGroupPoliciesCommand,
    GetGroupPolicyCommand,
  },
  handlers: {
    GetRole: (input, ctx) => {
      const r = role(ctx, input.RoleName);
      return {
        Role: {
          RoleName: r.name,
          RoleId: `AROA${r.name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}`,
          Arn: arnOf(ctx, 'role', r),
          Path: r.path ?? '/',
          CreateDate: created(r),
          AssumeRolePolicyDocument: encoded(r.trust ?? { Version: '2012-10-17', Statement: [] }),
          Tags: Object.entries(r.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
        },
      };
    },
    ListAttachedRolePolicies: (input, ctx) => paged(attachedOf(role(ctx, input.RoleName)), input, 'larp', 'AttachedPolicies', (x) => x),
    ListRolePolicies: (input, ctx) => paged(Object.keys(role(ctx, input.RoleName).inline ?? {}), input, 'lrp', 'PolicyNames', (x) => x),
    GetRolePolicy: (input, ctx) => ({ RoleName: input.RoleName, PolicyName: input.PolicyName, PolicyDocument: encoded(inlineOf(role(ctx, input.RoleName), input.PolicyName)) }),
    GetPolicy: (input, ctx) => {
      const p = policy(ctx, input.PolicyArn);
      return { Policy: { Arn: p.arn, PolicyName: p.arn.split('/').pop(), DefaultVersionId: p.version ?? 'v1', IsAttachable: true } };
    },
    GetPolicyVersion: (input, ctx) => {
      const p = policy(ctx, input.PolicyArn);
      if (input.VersionId !== (p.version ?? 'v1')) throw noSuch(`policy version ${String(input.VersionId)}`);
      return { PolicyVersion: { Document: encoded(p.document), VersionId: p.version ?? 'v1', IsDefaultVersion: true, CreateDate: new Date('2025-01-15T09:30:00Z') } };
    },
    ListUsers: (input, ctx) =>
      paged([...(spec(ctx).users ?? [])].sort((a, b) => a.name.localeCompare(b.name)), input, 'lu', 'Users', (u) => ({
        UserName: u.name,
        UserId: `AIDA${u.name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}`,
        Arn: arnOf(ctx, 'user', u),
        Path: u.path ?? '/',
        CreateDate: created(u),
      })),
    ListAccessKeys: (input, ctx) => {
      const u = user(ctx, input.UserName);
      return paged(u.accessKeys ?? [], input, 'lak', 'AccessKeyMetadata', (k) => ({ UserName: u.name, AccessKeyId: k.id, Status: k.status ?? 'Active', CreateDate: created(k) }));
    },
    GetAccessKeyLastUsed: (input, ctx) => {
      for (const u of spec(ctx).users ?? []) {
        const k = (u.accessKeys ?? []).find((x) => x.id === input.AccessKeyId);
        if (k) return { UserName: u.name, AccessKeyLastUsed: k.lastUsedAt ? { LastUsedDate: new Date(k.lastUsedAt), ServiceName: 'dynamodb', Region: 'eu-west-1' } : { ServiceName: 'N/A', Region: 'N/A' } };
      }
      throw awsError('AccessDenied', 'The access key does not belong to this account', 403);
    },
    ListAttachedUserPolicies: (input, ctx) => paged(attachedOf(user(ctx, input.UserName)), input, 'laup', 'AttachedPolicies', (x) => x),
    ListUserPolicies: (input, ctx) => paged(Object.keys(user(ctx, input.UserName).inline ?? {}), input, 'lup', 'PolicyNames', (x) => x),
    GetUserPolicy: (input, ctx) => ({ UserName: input.UserName, PolicyName: input.PolicyName, PolicyDocument: encoded(inlineOf(user(ctx, input.UserName), input.PolicyName)) }),
    ListGroupsForUser: (input, ctx) =>
      paged(user(ctx, input.UserName).groups ?? [], input, 'lgfu', 'Groups', (name) => {
        const g = group(ctx, name);
        return { GroupName: g.name, GroupId: `AGPA${g.name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(17, 'X').slice(0, 17)}`, Arn: arnOf(ctx, 'group', g), Path: g.path ?? '/', CreateDate: created(g) };
      }),
    ListAttachedGroupPolicies: (input, ctx) => paged(attachedOf(group(ctx, input.GroupName)), input, 'lagp', 'AttachedPolicies', (x) => x),
    ListGroupPolicies: (input, ctx) => paged(Object.keys(group(ctx, input.GroupName).inline ?? {}), input, 'lgp', 'PolicyNames', (x) => x),
    GetGroupPolicy: (input, ctx) => ({ GroupName: input.GroupName, PolicyName: input.PolicyName, PolicyDocument: encoded(inlineOf(group(ctx, input.GroupName), input.PolicyName)) }),
  },
};

export const iamFakes: readonly ServiceFake[] = [iamFake];
