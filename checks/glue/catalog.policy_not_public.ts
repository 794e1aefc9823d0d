import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { lakeInUse } from '../../src/engine/glue.js';
import { describeExposures, exposures } from '../../src/engine/resource-policy.js';

export default defineCheck({
  id: 'glue.catalog.policy_not_public',
  resource: 'glue.catalog',
  uses: ['glue:GetResourcePolicy', 'glue:GetDatabases', 'glue:GetTables', 'glue:GetJobs'],
  control: 'network',
  pillar: 'identity',
  title: 'Glue Data Catalog resource policy grants no access to everyone or unknown accounts',
  description:
    'The catalog resource policy is evaluated for every caller: a statement allowing * (or a foreign account) without a condition tying the request to the organization, ' +
    'account or network exposes the metadata of every database and table, and with Lake Formation in hybrid or IAM mode, the data too. Accounts listed in the trusted accounts setting are not foreign.',
  severity: 'HIGH',
  remediation: {
    text: 'Remove or restrict the statement (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce conditions): aws glue put-resource-policy --policy-in-json file://policy.json, or delete-resource-policy. Prefer Lake Formation cross-account grants.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/glue-resource-policies.html',
  },
  evaluate(catalog, ctx) {
    const use = lakeInUse(ctx, catalog.region);
    if (use.inUse === false) return notApplicable(use.reason);
    if (catalog.resourcePolicy === undefined) return notEvaluated(ctx.whyUnknown(catalog, 'resourcePolicy'));
    if (catalog.resourcePolicy === null) return pass('the catalog has no resource policy (GetResourcePolicy: EntityNotFoundException)');
    const found = exposures(catalog.resourcePolicy, catalog.accountId, ctx.settings.trustedAccounts);
    if (found.length > 0) {
      const publicOnes = found.filter((e) => e.scope === 'public').length;
      return fail(`resource policy ${describeExposures(found)}`, { severity: publicOnes > 0 ? 'CRITICAL' : 'HIGH', evidence: { statements: found.length, public: publicOnes } });
    }
    if (use.inUse === undefined) return notEvaluated(`the policy is not public, but ${use.reason}`);
    return pass(`resource policy (${catalog.resourcePolicy.Statement.length} statements) allows no public or foreign principal without a restricting condition`);
  },
});
