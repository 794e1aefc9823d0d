/**
 * Identity-policy reasoning: what a principal's policy documents allow. Pure and synchronous, so checks of
 * every service can use it on `iam.role` / `iam.user` resources from the inventory.
 *
 * API
 * - `principalPolicies(principal)`: the documents a role or user carries (attached, inline and, for
 *   users, group policies) plus the reasons any of them could not be read. Judge nothing as "allowed"
 *   or "not allowed" while `unknown` is non-empty unless the answer is already decided by what was read.
 * - `evaluateAccess(policies, action, resource)`: does the set allow `action` on `resource`? Allow
 *   statements minus explicit, unconditional Deny statements; wildcards (`*`, `?`) in Action, NotAction,
 *   Resource and NotResource; actions compare case-insensitively, resources case-sensitively; policy
 *   variables (`${aws:username}`) match anything. An Allow with a Condition counts as allowed but is marked
 *   `conditional`; a Deny with a Condition is not subtracted (it may not apply to every request).
 * - `privilegeFindings(policies)`: broad grants a least-privilege review flags: AdministratorAccess (by ARN
 *   or an equivalent `*` on `*` statement), `*` or `service:*` actions on all resources, Allow with
 *   NotAction on all resources, `iam:PassRole`, `kms:Decrypt` and `s3:*` on all resources.
 * DynamoDB's data-access rules (LeadingKeys) build on these in `dynamodb-data-access.ts`.
 *
 * This is a static reading of identity policies: permission boundaries, SCPs, session policies and
 * resource policies are not considered, so "allowed" means "these documents grant it".
 */
import type { IamPolicyRef, IamRole, IamUser } from '../inventory/iam.js';
import type { PolicyDocument, PolicyStatement } from '../inventory/policy.js';

/** A policy document with the name it is reported under. */
export interface PolicySource {
  /** Policy name (managed policy name, or inline policy name). */
  name: string;
  /** Managed policy ARN. */
  arn?: string;
  document: PolicyDocument;
}

/** One statement of one policy, for reasons. */
export interface StatementRef {
  policy: string;
  index: number;
  sid?: string;
  /** The statement carries a Condition, so it applies only to some requests. */
  conditional: boolean;
}

export interface AccessResult {
  /** Some Allow applies and no unconditional Deny removes it. */
  allowed: boolean;
  /** Allow statements that apply (before Deny). */
  allows: StatementRef[];
  /** Deny statements that apply, conditional ones included. */
  denies: StatementRef[];
  /** Allowed by at least one statement without a Condition and not denied. */
  unconditional: boolean;
}

export const ADMINISTRATOR_ACCESS_ARN_SUFFIX = ':iam::aws:policy/AdministratorAccess';

export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function wildcardRegExp(pattern: string, flags: string): RegExp {
  // Policy variables like ${aws:username} can take any value, so they match like `*`.
  const body = pattern
    .split(/(\$\{[^}]*\})/)
    .map((part) => (/^\$\{[^}]*\}$/.test(part) ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')))
    .join('');
  return new RegExp(`^${body}$`, flags);
}

/** Does an action pattern match an action? Case-insensitive, as IAM is. */
export function actionPatternMatches(pattern: string, action: string): boolean {
  return wildcardRegExp(pattern, 'i').test(action);
}

/** Does a resource pattern match a resource ARN? Case-sensitive, as IAM is for ARNs. */
export function resourcePatternMatches(pattern: string, resource: string): boolean {
  return wildcardRegExp(pattern, '').test(resource);
}

/** Does the statement's Action / NotAction cover `action`? */
export function statementCoversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) return asList(statement.Action).some((p) => actionPatternMatches(p, action));
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((p) => actionPatternMatches(p, action));
  return false;
}

/** Does the statement's Resource / NotResource cover `resource`? */
export function statementCoversResource(statement: PolicyStatement, resource: string): boolean {
  if (statement.Resource !== undefined) return asList(statement.Resource).some((p) => resourcePatternMatches(p, resource));
  if (statement.NotResource !== undefined) return !asList(statement.NotResource).some((p) => resourcePatternMatches(p, resource));
  return false;
}

/** The statement applies to every resource: `Resource: "*"` or any NotResource (everything but a few). */
export function statementCoversAllResources(statement: PolicyStatement): boolean {
  if (statement.Resource !== undefined) return asList(statement.Resource).includes('*');
  return statement.NotResource !== undefined;
}

const conditional = (s: PolicyStatement): boolean => Object.keys(s.Condition ?? {}).length > 0;

/** The statement each reference points at (names can repeat across attached, inline and group policies). */
const STATEMENTS = new WeakMap<StatementRef, PolicyStatement>();

function ref(policy: PolicySource, index: number, statement: PolicyStatement): StatementRef {
  const r: StatementRef = { policy: policy.name, index, conditional: conditional(statement) };
  if (statement.Sid) r.sid = statement.Sid;
  STATEMENTS.set(r, statement);
  return r;
}

/** The statement a reference points at. */
export function statementOf(ref: StatementRef): PolicyStatement | undefined {
  return STATEMENTS.get(ref);
}

/** `policy-name statement 2 (Sid)` for reasons. */
export function describeStatement(s: StatementRef): string {
  return `${s.policy} statement ${s.index}${s.sid ? ` (${s.sid})` : ''}${s.conditional ? ' [conditional]' : ''}`;
}

/** Does the set of documents allow `action` on `resource`? See the module header for the rules. */
export function evaluateAccess(policies: readonly PolicySource[], action: string, resource: string): AccessResult {
  const allows: StatementRef[] = [];
  const denies: StatementRef[] = [];
  for (const policy of policies) {
    policy.document.Statement.forEach((statement, index) => {
      if (!statementCoversAction(statement, action) || !statementCoversResource(statement, resource)) return;
      (statement.Effect === 'Deny' ? denies : statement.Effect === 'Allow' ? allows : []).push(ref(policy, index, statement));
    });
  }
  const hardDeny = denies.some((d) => !d.conditional);
  return { allowed: allows.length > 0 && !hardDeny, allows, denies, unconditional: !hardDeny && allows.some((a) => !a.conditional) };
}

/** What is broad about a grant. */
export const PRIVILEGE_RISKS = {
  admin: 'AdministratorAccess',
  'all-actions': 'all actions on all resources',
  'service-wildcard': 'every action of a service on all resources',
  'not-action': 'Allow with NotAction on all resources',
  'passrole-any': 'iam:PassRole on all resources',
  'kms-decrypt-any': 'kms:Decrypt on all resources',
  's3-all-any': 's3:* on all resources',
} as const;
export type PrivilegeRisk = keyof typeof PRIVILEGE_RISKS;

export interface PrivilegeFinding {
  risk: PrivilegeRisk;
  policy: string;
  /** The statement, absent for a finding about the whole policy (AdministratorAccess by ARN). */
  statement?: StatementRef;
  /** Human-readable, for a finding's reason. */
  detail: string;
}

/** Is there an unconditional Deny of `action` on every resource in the set? */
function deniedEverywhere(policies: readonly PolicySource[], action: string): boolean {
  return policies.some((p) =>
    p.document.Statement.some((s) => s.Effect === 'Deny' && !conditional(s) && statementCoversAction(s, action) && statementCoversAllResources(s) && s.NotResource === undefined),
  );
}

/**
 * Broad grants in the set, in policy and statement order. A grant fully removed by an unconditional Deny
 * of the same action on `*` is not reported. Conditional Allows are reported (marked conditional).
 */
export function privilegeFindings(policies: readonly PolicySource[]): PrivilegeFinding[] {
  const found: PrivilegeFinding[] = [];
  const add = (risk: PrivilegeRisk, policy: PolicySource, statement: StatementRef | undefined, what: string): void => {
    const where = statement ? describeStatement(statement) : policy.name;
    found.push({ risk, policy: policy.name, ...(statement ? { statement } : {}), detail: `${where} grants ${what}` });
  };
  for (const policy of policies) {
    if (policy.arn?.endsWith(ADMINISTRATOR_ACCESS_ARN_SUFFIX)) {
      if (!deniedEverywhere(policies, '*')) add('admin', policy, undefined, `${PRIVILEGE_RISKS.admin} (${policy.arn})`);
      continue;
    }
    policy.document.Statement.forEach((statement, index) => {
      if (statement.Effect !== 'Allow' || !statementCoversAllResources(statement)) return;
      const at = ref(policy, index, statement);
      if (statement.NotAction !== undefined) {
        add('not-action', policy, at, `every action except ${asList(statement.NotAction).join(', ')} on all resources`);
        return;
      }
      const actions = asList(statement.Action);
      if (actions.includes('*')) {
        const equivalentAdmin = !at.conditional && asList(statement.Resource).includes('*');
        if (!deniedEverywhere(policies, '*')) add(equivalentAdmin ? 'admin' : 'all-actions', policy, at, equivalentAdmin ? `"*" on "*" (equivalent to ${PRIVILEGE_RISKS.admin})` : PRIVILEGE_RISKS['all-actions']);
        return;
      }
      for (const pattern of actions) {
        const m = /^([a-z0-9-]+):\*$/i.exec(pattern);
        if (m && !deniedEverywhere(policies, pattern)) add(m[1]?.toLowerCase() === 's3' ? 's3-all-any' : 'service-wildcard', policy, at, `${pattern} on all resources`);
      }
      for (const [risk, action] of [['passrole-any', 'iam:PassRole'], ['kms-decrypt-any', 'kms:Decrypt']] as const) {
        // Named on its own even under iam:* / kms:*, so a check can ask for exactly this risk.
        const covering = actions.filter((p) => actionPatternMatches(p, action));
        if (covering.length > 0 && !deniedEverywhere(policies, action)) add(risk, policy, at, `${covering.join(', ')} (${action}) on all resources`);
      }
    });
  }
  return found;
}

/** A principal's readable policy documents and what could not be read. */
export interface PrincipalPolicies {
  policies: PolicySource[];
  /** Reasons some documents or listings are missing; non-empty means the picture is incomplete. */
  unknown: string[];
}

function fromRefs(refs: readonly IamPolicyRef[] | undefined, label: string, whyMissing: string | undefined, out: PrincipalPolicies): void {
  if (refs === undefined) {
    out.unknown.push(`${label} unknown: ${whyMissing ?? 'not collected'}`);
    return;
  }
  for (const r of refs) {
    if (r.document) out.policies.push({ name: r.name, ...(r.arn ? { arn: r.arn } : {}), document: r.document });
    // AdministratorAccess is judged by its ARN even when its document was not read.
    else if (r.arn?.endsWith(ADMINISTRATOR_ACCESS_ARN_SUFFIX)) out.policies.push({ name: r.name, arn: r.arn, document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } });
    else out.unknown.push(`${label} ${r.name} document unknown`);
  }
}

/** Every policy document a role or user carries: attached, inline and (users) group policies. */
export function principalPolicies(principal: IamRole | IamUser): PrincipalPolicies {
  const out: PrincipalPolicies = { policies: [], unknown: [] };
  fromRefs(principal.attachedPolicies, 'attached policies', principal.unknown?.attachedPolicies, out);
  fromRefs(principal.inlinePolicies, 'inline policies', principal.unknown?.inlinePolicies, out);
  if (principal.kind === 'iam.user') fromRefs(principal.groupPolicies, 'group policies', principal.unknown?.groupPolicies, out);
  return out;
}
