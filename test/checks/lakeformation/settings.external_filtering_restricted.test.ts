import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/settings.external_filtering_restricted.js';
import { ACCOUNT, collectionError, judge } from '../../builders/inventory.js';
import { catalog, glueScope, settings } from '../glue/builders.js';

describe('lakeformation.settings.external_filtering_restricted', () => {
  it('passes with external filtering off, or allowed for the account and trusted accounts only', () => {
    expect(judge(check, settings(), [catalog()]).status).toBe('PASS');
    expect(judge(check, settings({ allowExternalDataFiltering: true, externalDataFilteringAllowList: [ACCOUNT, '444455556666'] }), [catalog()], {}, { trustedAccounts: ['444455556666'] }).status).toBe('PASS');
  });

  it('fails an allow-list naming unknown accounts, and full-table external access', () => {
    expect(judge(check, settings({ allowExternalDataFiltering: true, externalDataFilteringAllowList: ['777788889999'] }), [catalog()]).reason).toContain('777788889999');
    expect(judge(check, settings({ allowFullTableExternalDataAccess: true }), [catalog()]).reason).toContain('AllowFullTableExternalDataAccess is true');
  });

  it('is not applicable to a region without catalog tables or jobs', () => {
    expect(judge(check, settings({ allowFullTableExternalDataAccess: true }), [catalog({ tableCount: 0 })], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the settings could not be read', () => {
    expect(judge(check, settings({ allowExternalDataFiltering: undefined }), [catalog()]).status).toBe('NOT_EVALUATED');
    expect(judge(check, settings(), [catalog()], { errors: [collectionError('lakeformation:GetDataLakeSettings')] }).status).toBe('NOT_EVALUATED');
  });
});
