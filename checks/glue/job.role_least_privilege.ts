import { missingBecause } from '../../src/engine/glue.js';
import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { principalPolicies, privilegeFindings, type PrivilegeRisk } from '../../src/engine/iam-policy.js';

/** The broad grants the control matrix rules out for a job role (a service wildcard such as glue:* is not among them: AWSGlueServiceRole grants it). */
const RULED_OUT: ReadonlySet<PrivilegeRisk> = new Set(['admin', 'all-actions', 'not-action', 's3-all-any', 'passrole-any', 'kms-decrypt-any']);

export default defineCheck({
  id: 'glue.job.role_least_privilege',
  resource: 'glue.job',
  uses: ['glue:GetJobs', 'iam:GetRole', 'iam:ListAttachedRolePolicies', 'iam:ListRolePolicies', 'iam:GetRolePolicy', 'iam:GetPolicy', 'iam:GetPolicyVersion'],
  control: 'secrets',
  pillar: 'identity',
  title: 'Glue job role is not over-privileged',
  description:
    'Anyone who can edit or run the job, and any code the job loads, acts with its role. The role must not carry AdministratorAccess, * on *, Allow with NotAction, ' +
    's3:* on all resources, iam:PassRole on all resources (privilege escalation) or kms:Decrypt on all resources (reads every encrypted store). ' +
    'This reads the role’s identity policies only; permission boundaries and SCPs are not considered.',
  severity: 'HIGH',
  remediation: {
    text: 'Scope the role to the job’s buckets, prefixes, keys and catalog resources (start from AWSGlueServiceRole plus resource-scoped statements) and remove the broad statements named in the finding.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/create-an-iam-role.html',
  },
  evaluate(job, ctx) {
    if (!job.roleArn) return notEvaluated(ctx.whyUnknown(job, 'roleArn'));
    const role = ctx.byArn(job.roleArn);
    if (!role || role.kind !== 'iam.role') return notEvaluated(missingBecause(ctx, 'iam', job.region, `role ${job.roleArn} was not collected (iam:GetRole)`));
    const { policies, unknown } = principalPolicies(role);
    const findings = privilegeFindings(policies).filter((f) => RULED_OUT.has(f.risk));
    if (findings.length > 0) {
      const conditional = findings.every((f) => f.statement?.conditional);
      return fail(`role ${(role).roleName}: ${findings.map((f) => f.detail).join('; ')}${conditional ? ' (only under conditions)' : ''}`, {
        ...(conditional ? { severity: 'MEDIUM' as const } : {}),
        evidence: { role: job.roleArn, risks: [...new Set(findings.map((f) => f.risk))].join(', ') },
      });
    }
    if (unknown.length > 0) return notEvaluated(`role ${(role).roleName} could not be fully read: ${unknown.join('; ')}`);
    return pass(`role ${(role).roleName} (${policies.length} policies) grants none of AdministratorAccess, * on *, NotAction, s3:*, iam:PassRole or kms:Decrypt on all resources`, { role: job.roleArn });
  },
});
