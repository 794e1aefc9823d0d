import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { IAM_ALLOWED_PRINCIPALS } from '../../src/inventory/lakeformation.js';

export default defineCheck({
  id: 'lakeformation.table.no_iam_allowed_principals',
  resource: 'glue.table',
  uses: ['glue:GetTables', 'lakeformation:ListPermissions', 'lakeformation:GetResourceLFTags'],
  control: 'access',
  pillar: 'identity',
  title: 'Sensitive catalog table is not open to IAM_ALLOWED_PRINCIPALS',
  description:
    'A grant to IAM_ALLOWED_PRINCIPALS on a table (directly, or on all tables of its database) lets any IAM principal whose policies allow the Glue and S3 calls read it, ' +
    'bypassing Lake Formation grants, LF-tag policies and cell filters. Red and orange tables must be governed by Lake Formation alone; green tables may stay IAM-governed. ' +
    'ListPermissions shows only the grants the caller may see: the scan role must be a Lake Formation read-only administrator, and an empty listing is NOT_EVALUATED, never a pass.',
  severity: { red: 'HIGH', orange: 'MEDIUM', green: 'LOW' },
  remediation: {
    text: 'aws lakeformation revoke-permissions --principal DataLakePrincipalIdentifier=IAM_ALLOWED_PRINCIPALS --permissions ALL --resource Table={DatabaseName=DB,Name=TABLE}, after granting the intended principals.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/upgrade-glue-lake-formation.html',
  },
  evaluate(table, ctx) {
    if (table.targetTable) return notApplicable(`resource link to ${table.targetTable}: the target table's grants govern`);
    if (!table.lfGrants) return notEvaluated(ctx.whyUnknown(table, 'lfGrants'));
    const open = table.lfGrants.filter((g) => g.principal === IAM_ALLOWED_PRINCIPALS);
    const tier = table.classification.effectiveTier;
    if (open.length === 0) return pass(`no grant to ${IAM_ALLOWED_PRINCIPALS} on the table or all tables of ${table.databaseName} (${table.lfGrants.length} Lake Formation grants)`);
    const how = open.map((g) => `${g.permissions.join(', ')} on ${g.on === 'table-wildcard' ? `all tables of ${table.databaseName}` : g.on === 'columns' ? 'columns' : 'the table'}`).join('; ');
    if (tier === 'green') return pass(`${IAM_ALLOWED_PRINCIPALS} holds ${how}, which is acceptable for green data`);
    return fail(`${IAM_ALLOWED_PRINCIPALS} holds ${how}: the ${tier} table is governed by IAM policies, not Lake Formation`, { evidence: { grants: open.length } });
  },
});
