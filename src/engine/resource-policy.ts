/**
 * Resource-policy reasoning shared by every service with resource policies (DynamoDB tables, the Glue
 * catalog, KMS keys): who outside the account can act, and whether insecure transport is denied.
 * A static reading of the document: it does not evaluate Deny statements against Allows.
 */
import type { PolicyDocument, PolicyStatement } from '../inventory/policy.js';

/** One Allow statement that opens the resource beyond the account. */
export interface Exposure {
  /** Statement index (and Sid when present), for the finding's reason. */
  statement: string;
  /** `public` (anyone) or `foreign` (named accounts outside the trusted set). */
  scope: 'public' | 'foreign';
  /** Who: `*`, account ids or principal ARNs. */
  principals: string[];
  actions: string[];
}

/**
 * Condition keys that tie a request to an account, organization, network path or source resource, so a
 * `*` principal is not public. Keys are compared case-insensitively.
 */
export const RESTRICTING_CONDITION_KEYS = [
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalarn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:resourceaccount',
  'kms:calleraccount',
] as const;

/** Keys whose values are account ids, so the accounts they allow can be judged. */
const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner', 'kms:calleraccount', 'aws:resourceaccount']);

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Account id of a principal: a 12-digit id or the account in an ARN; undefined for `*` and services. */
export function principalAccount(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal);
  return m?.[1];
}

function restriction(statement: PolicyStatement, trusted: Set<string>): { restricted: boolean; foreignAccounts: string[] } {
  const foreign: string[] = [];
  let restricted = false;
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    // IfExists operators do not restrict requests that lack the key.
    if (/IfExists$/i.test(operator)) continue;
    if (/^(StringNotEquals|StringNotLike|ArnNotEquals|ArnNotLike|Null)/i.test(operator)) continue;
    for (const [rawKey, rawValue] of Object.entries(block)) {
      const key = rawKey.toLowerCase();
      if (!(RESTRICTING_CONDITION_KEYS as readonly string[]).includes(key)) continue;
      const values = (Array.isArray(rawValue) ? rawValue : [rawValue]).map(String);
      if (values.length === 0 || values.some((v) => v === '*')) continue;
      if (ACCOUNT_KEYS.has(key)) {
        const outside = values.filter((v) => !trusted.has(v));
        if (outside.length > 0) foreign.push(...outside);
        else restricted = true;
      } else {
        restricted = true;
      }
    }
  }
  return { restricted: restricted && foreign.length === 0, foreignAccounts: foreign };
}

/**
 * Allow statements that grant access to anyone (`*` principal or NotPrincipal without a restricting
 * condition) or to accounts outside `ownAccount` and `trustedAccounts`. Service principals are not exposure.
 */
export function exposures(policy: PolicyDocument, ownAccount: string, trustedAccounts: readonly string[] = []): Exposure[] {
  const trusted = new Set([ownAccount, ...trustedAccounts]);
  const found: Exposure[] = [];
  policy.Statement.forEach((statement, index) => {
    if (statement.Effect !== 'Allow') return;
    const label = statement.Sid ? `statement ${index} (${statement.Sid})` : `statement ${index}`;
    const actions = asList(statement.Action ?? (statement.NotAction ? asList(statement.NotAction).map((a) => `NOT ${a}`) : []));
    const { restricted, foreignAccounts } = restriction(statement, trusted);
    if (statement.NotPrincipal !== undefined) {
      if (!restricted) found.push({ statement: label, scope: foreignAccounts.length ? 'foreign' : 'public', principals: foreignAccounts.length ? foreignAccounts : ['NotPrincipal (everyone else)'], actions });
      return;
    }
    const principal = statement.Principal;
    if (principal === undefined) return;
    const aws = principal === '*' ? ['*'] : asList(principal.AWS);
    const federated = principal === '*' ? [] : asList(principal.Federated);
    const wildcard = aws.includes('*') || federated.includes('*');
    if (wildcard && !restricted) {
      found.push({ statement: label, scope: foreignAccounts.length ? 'foreign' : 'public', principals: foreignAccounts.length ? foreignAccounts : ['*'], actions });
      return;
    }
    const outside = aws.filter((p) => p !== '*').filter((p) => {
      const account = principalAccount(p);
      return account !== undefined && !trusted.has(account);
    });
    if (outside.length > 0) found.push({ statement: label, scope: 'foreign', principals: outside, actions });
  });
  return found;
}

/** Human-readable summary of exposures for a finding's reason. */
export function describeExposures(list: readonly Exposure[]): string {
  return list.map((e) => `${e.statement} allows ${e.principals.join(', ')} to ${e.actions.join(', ') || '(no actions)'}`).join('; ');
}

/** Does an action pattern (IAM wildcards `*` and `?`) match an action? Case-insensitive, as IAM is. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

/**
 * Finds a Deny statement for every principal on `aws:SecureTransport = false` that covers all of the
 * service's actions (`*` or `<prefix>:*`). Returns the statement label, or undefined.
 */
export function secureTransportDeny(policy: PolicyDocument, servicePrefix: string): string | undefined {
  for (const [index, statement] of policy.Statement.entries()) {
    if (statement.Effect !== 'Deny') continue;
    const principal = statement.Principal;
    const everyone = principal === '*' || (principal !== undefined && asList(principal.AWS).includes('*'));
    if (!everyone) continue;
    const actions = asList(statement.Action);
    if (!actions.some((a) => a === '*' || a.toLowerCase() === `${servicePrefix.toLowerCase()}:*`)) continue;
    const bool = Object.entries(statement.Condition ?? {}).find(([op]) => /^Bool$/i.test(op))?.[1];
    const value = bool ? Object.entries(bool).find(([k]) => k.toLowerCase() === 'aws:securetransport')?.[1] : undefined;
    if (value !== undefined && asList(value as string | string[]).some((v) => String(v).toLowerCase() === 'false')) {
      return statement.Sid ? `statement ${index} (${statement.Sid})` : `statement ${index}`;
    }
  }
  return undefined;
}
