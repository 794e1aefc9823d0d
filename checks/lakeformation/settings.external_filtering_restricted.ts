import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { lakeInUse } from '../../src/engine/glue.js';

export default defineCheck({
  id: 'lakeformation.settings.external_filtering_restricted',
  resource: 'lakeformation.settings',
  uses: ['lakeformation:GetDataLakeSettings', 'glue:GetDatabases', 'glue:GetTables', 'glue:GetJobs'],
  control: 'access',
  pillar: 'identity',
  title: 'Lake Formation lets only known engines filter data and never vends full-table access',
  description:
    'With AllowExternalDataFiltering, third-party query engines in the allow-listed accounts receive credentials and enforce Lake Formation filters themselves. ' +
    'The allow-list must name only the scanned account or trusted accounts, and AllowFullTableExternalDataAccess (full-table credentials without session tags) must be off.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws lakeformation put-data-lake-settings with AllowExternalDataFiltering=false, or an ExternalDataFilteringAllowList of trusted accounts only, and AllowFullTableExternalDataAccess=false.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/Integrating-with-LakeFormation.html',
  },
  evaluate(settings, ctx) {
    const use = lakeInUse(ctx, settings.region);
    if (use.inUse === false) return notApplicable(use.reason);
    if (settings.allowExternalDataFiltering === undefined) return notEvaluated(ctx.whyUnknown(settings, 'allowExternalDataFiltering'));
    const problems: string[] = [];
    if (settings.allowFullTableExternalDataAccess) problems.push('AllowFullTableExternalDataAccess is true');
    if (settings.allowExternalDataFiltering) {
      const trusted = new Set([settings.accountId, ...ctx.settings.trustedAccounts]);
      const unknownAccounts = (settings.externalDataFilteringAllowList ?? []).filter((p) => !trusted.has(/^\d{12}$/.test(p) ? p : (/::(\d{12}):/.exec(p)?.[1] ?? p)));
      if (unknownAccounts.length > 0) problems.push(`ExternalDataFilteringAllowList names accounts outside the trusted set: ${unknownAccounts.join(', ')}`);
    }
    if (problems.length > 0) return fail(problems.join('; '));
    if (use.inUse === undefined) return notEvaluated(`external filtering is restricted, but ${use.reason}`);
    if (!settings.allowExternalDataFiltering) return pass('AllowExternalDataFiltering is false');
    return pass(`AllowExternalDataFiltering is true for trusted accounts only (${(settings.externalDataFilteringAllowList ?? []).join(', ')})`);
  },
});
