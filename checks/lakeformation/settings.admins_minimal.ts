import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { lakeInUse } from '../../src/engine/glue.js';

/** More data lake administrators than this is not a minimal set. */
export const MAX_DATA_LAKE_ADMINS = 3;

export default defineCheck({
  id: 'lakeformation.settings.admins_minimal',
  resource: 'lakeformation.settings',
  uses: ['lakeformation:GetDataLakeSettings', 'glue:GetDatabases', 'glue:GetTables', 'glue:GetJobs'],
  control: 'access',
  pillar: 'identity',
  title: 'Lake Formation administrators are few, are roles, and belong to the account',
  description:
    `Data lake administrators can grant themselves and anyone else access to every table. The set must be small (at most ${MAX_DATA_LAKE_ADMINS}), made of roles assumed through federation ` +
    'rather than IAM users with long-term keys, and contain no principal of another account.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Reduce DataLakeAdmins to a few administrative roles (aws lakeformation put-data-lake-settings), use ReadOnlyAdmins for auditors, and replace IAM users with federated roles.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/permissions-reference.html',
  },
  evaluate(settings, ctx) {
    const use = lakeInUse(ctx, settings.region);
    if (use.inUse === false) return notApplicable(use.reason);
    if (!settings.dataLakeAdmins) return notEvaluated(ctx.whyUnknown(settings, 'dataLakeAdmins'));
    const admins = settings.dataLakeAdmins;
    const problems: string[] = [];
    if (admins.length > MAX_DATA_LAKE_ADMINS) problems.push(`${admins.length} administrators (more than ${MAX_DATA_LAKE_ADMINS})`);
    const users = admins.filter((a) => /:user\//.test(a));
    if (users.length) problems.push(`IAM users ${users.join(', ')}`);
    const foreign = admins.filter((a) => {
      const account = /::(\d{12}):/.exec(a)?.[1] ?? (/^\d{12}$/.test(a) ? a : undefined);
      return account !== undefined && account !== settings.accountId;
    });
    if (foreign.length) problems.push(`principals of other accounts ${foreign.join(', ')}`);
    if (problems.length > 0) return fail(`DataLakeAdmins has ${problems.join('; ')}`, { evidence: { admins: admins.length } });
    if (use.inUse === undefined) return notEvaluated(`DataLakeAdmins looks minimal, but ${use.reason}`);
    if (admins.length === 0) return pass('DataLakeAdmins is empty: nobody holds data lake administrator rights');
    return pass(`DataLakeAdmins holds ${admins.length} role(s) of the account: ${admins.join(', ')}`, { admins: admins.length });
  },
});
