import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { lakeInUse } from '../../src/engine/glue.js';
import { IAM_ALLOWED_PRINCIPALS } from '../../src/inventory/lakeformation.js';

export default defineCheck({
  id: 'lakeformation.settings.defaults_not_iam_only',
  resource: 'lakeformation.settings',
  uses: ['lakeformation:GetDataLakeSettings', 'glue:GetDatabases', 'glue:GetTables', 'glue:GetJobs'],
  control: 'access',
  pillar: 'classification',
  title: 'Lake Formation default permissions do not hand new databases and tables to IAM',
  description:
    'While CreateDatabaseDefaultPermissions or CreateTableDefaultPermissions grant ALL to IAM_ALLOWED_PRINCIPALS (the AWS default), every new database and table is governed by IAM policies alone: ' +
    'Lake Formation grants, LF-tag policies and data-cell filters do not restrict it. Lake Formation is in force only once these defaults are empty.',
  severity: 'HIGH',
  remediation: {
    text: 'In Lake Formation > Data Catalog settings, clear "Use only IAM access control for new databases/tables" (aws lakeformation put-data-lake-settings with empty CreateDatabaseDefaultPermissions and CreateTableDefaultPermissions), then revoke IAM_ALLOWED_PRINCIPALS from existing resources.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/change-settings.html',
  },
  evaluate(settings, ctx) {
    const use = lakeInUse(ctx, settings.region);
    if (use.inUse === false) return notApplicable(use.reason);
    if (!settings.createDatabaseDefaultPermissions || !settings.createTableDefaultPermissions) return notEvaluated(ctx.whyUnknown(settings, 'createTableDefaultPermissions'));
    const iamOnly = [
      ...settings.createDatabaseDefaultPermissions.filter((p) => p.principal === IAM_ALLOWED_PRINCIPALS).map((p) => `CreateDatabaseDefaultPermissions grants ${p.permissions.join(', ')}`),
      ...settings.createTableDefaultPermissions.filter((p) => p.principal === IAM_ALLOWED_PRINCIPALS).map((p) => `CreateTableDefaultPermissions grants ${p.permissions.join(', ')}`),
    ];
    if (iamOnly.length > 0) return fail(`${iamOnly.join('; ')} to ${IAM_ALLOWED_PRINCIPALS}: new databases and tables are governed by IAM only`);
    if (use.inUse === undefined) return notEvaluated(`the defaults grant nothing to ${IAM_ALLOWED_PRINCIPALS}, but ${use.reason}`);
    return pass(`neither CreateDatabaseDefaultPermissions nor CreateTableDefaultPermissions grants anything to ${IAM_ALLOWED_PRINCIPALS}`);
  },
});
