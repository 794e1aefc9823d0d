import { defineCheck, fail, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'lakeformation.permission.cross_account_known',
  resource: 'lakeformation.permission',
  uses: ['lakeformation:ListPermissions'],
  control: 'access',
  pillar: 'identity',
  title: 'Lake Formation grant to another account goes to a trusted account or organization',
  description:
    'Cross-account Lake Formation grants (to an account, an IAM principal of another account, an organization or an OU) share tables through AWS RAM. ' +
    'Every such grant must reach an account, organization id or OU id listed in the trusted accounts setting.',
  severity: 'HIGH',
  remediation: {
    text: 'Revoke the grant (aws lakeformation revoke-permissions) or, if the recipient is legitimate, add its account, organization id or OU id to the trusted accounts setting.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/cross-account-permissions.html',
  },
  evaluate(permission, ctx) {
    const trusted = new Set(ctx.settings.trustedAccounts);
    const orgPart = /(o-[a-z0-9]+)(?:\/(ou-[a-z0-9-]+))?/.exec(permission.principal);
    const who = permission.principalAccount ?? orgPart?.[2] ?? orgPart?.[1] ?? permission.principal;
    const known = (permission.principalAccount !== undefined && trusted.has(permission.principalAccount)) || (orgPart !== null && (trusted.has(orgPart[1]!) || (orgPart[2] !== undefined && trusted.has(orgPart[2]))));
    const what = `${permission.permissions.join(', ')}${permission.permissionsWithGrantOption.length ? ` (grantable: ${permission.permissionsWithGrantOption.join(', ')})` : ''} on ${permission.resourceDescription}`;
    if (known) return pass(`${permission.principalType} ${permission.principal} (trusted ${who}) holds ${what}`, { principal: permission.principal });
    return fail(`${permission.principalType} ${permission.principal} holds ${what}, and ${who} is not a trusted account`, {
      ...(permission.permissionsWithGrantOption.length ? { severity: 'CRITICAL' as const } : {}),
      evidence: { principal: permission.principal, account: permission.principalAccount ?? null },
    });
  },
});
