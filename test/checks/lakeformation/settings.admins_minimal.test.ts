import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/settings.admins_minimal.js';
import { ACCOUNT, collectionError, judge } from '../../builders/inventory.js';
import { catalog, glueScope, settings } from '../glue/builders.js';

describe('lakeformation.settings.admins_minimal', () => {
  it('passes a few administrative roles of the account', () => {
    expect(judge(check, settings(), [catalog()]).status).toBe('PASS');
  });

  it('fails too many administrators, IAM users and principals of other accounts', () => {
    const admins = [1, 2, 3, 4].map((i) => `arn:aws:iam::${ACCOUNT}:role/admin-${i}`);
    expect(judge(check, settings({ dataLakeAdmins: admins }), [catalog()]).reason).toContain('4 administrators');
    expect(judge(check, settings({ dataLakeAdmins: [`arn:aws:iam::${ACCOUNT}:user/alice`] }), [catalog()]).reason).toContain('IAM users');
    expect(judge(check, settings({ dataLakeAdmins: ['arn:aws:iam::444455556666:role/admin'] }), [catalog()]).reason).toContain('other accounts');
  });

  it('is not applicable to a region without catalog tables or jobs', () => {
    expect(judge(check, settings(), [catalog({ tableCount: 0 })], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the settings could not be read', () => {
    expect(judge(check, settings({ dataLakeAdmins: undefined }), [catalog()]).status).toBe('NOT_EVALUATED');
    expect(judge(check, settings(), [catalog()], { errors: [collectionError('lakeformation:GetDataLakeSettings')] }).status).toBe('NOT_EVALUATED');
  });
});
