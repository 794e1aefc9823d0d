/**
 * IAM policy reads shared by the IAM collector: attached managed policies (default version, URL-decoded),
 * inline policies and group policies, with per-scan caches so each managed policy and group is read once.
 */
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListAttachedGroupPoliciesCommand,
  ListGroupPoliciesCommand,
  type AttachedPolicy,
  type IAMClient,
  type GetPolicyCommandOutput,
  type GetPolicyVersionCommandOutput,
  type ListAttachedRolePoliciesCommandOutput,
  type ListRolePoliciesCommandOutput,
} from '@aws-sdk/client-iam';
import type { IamPolicyRef } from '../inventory/iam.js';
import { readPolicy } from './common.js';
import type { CollectorContext } from './types.js';

/** IAM list calls accept MaxItems up to 1000. */
export const MAX_ITEMS = 1000;

export type PolicyRead = { ok: true; refs: IamPolicyRef[] } | { ok: false; reason: string };
type IamListOutput = { IsTruncated?: boolean; Marker?: string };

/** `Marker` when the IAM page says more follow. */
export function truncated(o: IamListOutput): string | undefined {
  return o.IsTruncated ? o.Marker : undefined;
}

/** IAM returns documents URL-encoded (RFC 3986); undefined when the text is not valid encoding. */
export function decodeDocument(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Shared reads with per-scan caches: each managed policy and each group is read once. */
export class IamReader {
  private readonly managed = new Map<string, Promise<{ document?: IamPolicyRef['document']; whyUnknown?: string }>>();
  private readonly groups = new Map<string, Promise<PolicyRead>>();

  constructor(
    private readonly ctx: CollectorContext,
    readonly iam: IAMClient,
  ) {}

  /** Attached managed policies of a role, user or group, each with its default version's document. */
  async attached(listPage: (marker: string | undefined) => object, resourceArn: string): Promise<PolicyRead> {
    const list = await this.ctx.all(
      this.iam,
      listPage,
      (o: ListAttachedRolePoliciesCommandOutput) => ({ items: o.AttachedPolicies, next: truncated(o) }),
      { resourceArn },
    );
    if (!list.ok) return list;
    const refs = await Promise.all(
      list.items
        .filter((p: AttachedPolicy): p is AttachedPolicy & { PolicyArn: string } => Boolean(p.PolicyArn))
        .map(async (p) => {
          const ref: IamPolicyRef = { name: p.PolicyName ?? p.PolicyArn, arn: p.PolicyArn, source: /^arn:[^:]+:iam::aws:policy\//.test(p.PolicyArn) ? 'AWS' : 'CUSTOMER' };
          const read = await this.managedPolicy(p.PolicyArn);
          return { ...ref, ...read };
        }),
    );
    return { ok: true, refs };
  }

  /** Inline policies: the names, then each document. A document that cannot be read stays unknown. */
  async inline(listPage: (marker: string | undefined) => object, get: (name: string) => object, resourceArn: string, getAction: `iam:${string}`): Promise<PolicyRead> {
    const list = await this.ctx.all(
      this.iam,
      listPage,
      (o: ListRolePoliciesCommandOutput) => ({ items: o.PolicyNames, next: truncated(o) }),
      { resourceArn },
    );
    if (!list.ok) return list;
    const refs: IamPolicyRef[] = [];
    for (const name of list.items) {
      const got = await this.ctx.send<{ PolicyDocument?: string }>(this.iam, get(name), { resourceArn });
      const ref: IamPolicyRef = { name, source: 'INLINE' };
      if (!got.ok) ref.whyUnknown = got.reason;
      else {
        const parsed = this.parse(got.value?.PolicyDocument, getAction.slice(4), getAction, resourceArn);
        if ('document' in parsed) ref.document = parsed.document;
        else ref.whyUnknown = parsed.whyUnknown;
      }
      refs.push(ref);
    }
    return { ok: true, refs };
  }

  /** A group's attached and inline policies, named `<policy> (group <name>)`. */
  group(name: string): Promise<PolicyRead> {
    let read = this.groups.get(name);
    if (!read) {
      read = this.readGroup(name);
      this.groups.set(name, read);
    }
    return read;
  }

  private async readGroup(name: string): Promise<PolicyRead> {
    const resourceArn = this.ctx.arn('iam.user', { name }, 'group');
    const [attached, inline] = await Promise.all([
      this.attached((Marker) => new ListAttachedGroupPoliciesCommand({ GroupName: name, Marker, MaxItems: MAX_ITEMS }), resourceArn),
      this.inline(
        (Marker) => new ListGroupPoliciesCommand({ GroupName: name, Marker, MaxItems: MAX_ITEMS }),
        (PolicyName) => new GetGroupPolicyCommand({ GroupName: name, PolicyName }),
        resourceArn,
        'iam:GetGroupPolicy',
      ),
    ]);
    if (!attached.ok) return attached;
    if (!inline.ok) return inline;
    return { ok: true, refs: [...attached.refs, ...inline.refs].map((r) => ({ ...r, name: `${r.name} (group ${name})` })) };
  }

  private managedPolicy(arn: string): Promise<{ document?: IamPolicyRef['document']; whyUnknown?: string }> {
    let read = this.managed.get(arn);
    if (!read) {
      read = this.readManaged(arn);
      this.managed.set(arn, read);
    }
    return read;
  }

  private async readManaged(arn: string): Promise<{ document?: IamPolicyRef['document']; whyUnknown?: string }> {
    const policy = await this.ctx.send<GetPolicyCommandOutput>(this.iam, new GetPolicyCommand({ PolicyArn: arn }), { resourceArn: arn });
    if (!policy.ok) return { whyUnknown: policy.reason };
    const version = policy.value?.Policy?.DefaultVersionId;
    if (!version) return { whyUnknown: 'GetPolicy returned no DefaultVersionId' };
    const got = await this.ctx.send<GetPolicyVersionCommandOutput>(this.iam, new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version }), { resourceArn: arn });
    if (!got.ok) return { whyUnknown: got.reason };
    return this.parse(got.value?.PolicyVersion?.Document, 'GetPolicyVersion', 'iam:GetPolicyVersion', arn);
  }

  private parse(text: string | undefined, operation: string, action: `${string}:${string}`, resourceArn: string): { document: NonNullable<IamPolicyRef['document']> } | { whyUnknown: string } {
    const decoded = decodeDocument(text);
    if (decoded === undefined || decoded === '') {
      const message = text === undefined || text === '' ? `${operation} returned no document` : `${operation} returned a document that is not URL-encoded text`;
      this.ctx.recordError({ operation, action, resourceArn, code: 'InvalidPolicy', message, kind: 'invalid-response' });
      return { whyUnknown: message };
    }
    const read = readPolicy(this.ctx, decoded, { operation, action, resourceArn });
    if (!read.known) return { whyUnknown: read.reason };
    return read.policy ? { document: read.policy } : { whyUnknown: `${operation} returned an empty document` };
  }
}

