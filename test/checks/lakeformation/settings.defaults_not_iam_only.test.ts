import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/settings.defaults_not_iam_only.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { catalog, glueScope, job, settings } from '../glue/builders.js';

const IAM = [{ principal: 'IAM_ALLOWED_PRINCIPALS', permissions: ['ALL'] }];

describe('lakeformation.settings.defaults_not_iam_only', () => {
  it('passes when neither default grants anything to IAM_ALLOWED_PRINCIPALS', () => {
    expect(judge(check, settings(), [catalog()]).status).toBe('PASS');
  });

  it('fails the AWS defaults (IAM-only access for new databases and tables)', () => {
    const verdict = judge(check, settings({ createDatabaseDefaultPermissions: IAM, createTableDefaultPermissions: IAM }), [catalog()]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('CreateTableDefaultPermissions grants ALL');
  });

  it('is not applicable to a region without catalog tables or jobs, and applicable with jobs only', () => {
    const empty = catalog({ tableCount: 0 });
    expect(judge(check, settings({ createTableDefaultPermissions: IAM }), [empty], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
    expect(judge(check, settings({ createTableDefaultPermissions: IAM }), [empty, job()], { scopes: [glueScope()] }).status).toBe('FAIL');
  });

  it('is not evaluated when the settings could not be read or the lake could not be sized', () => {
    expect(judge(check, settings(), [catalog()], { errors: [collectionError('lakeformation:GetDataLakeSettings')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, settings(), [catalog({ tableCount: undefined, unknown: { tableCount: 'glue:GetTables failed for some databases' } })]).reason).toContain('GetTables');
  });
});
