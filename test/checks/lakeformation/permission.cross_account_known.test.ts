import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/permission.cross_account_known.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { permission } from '../glue/builders.js';

const ORG = 'arn:aws:organizations::999988887777:organization/o-a1b2c3d4e5';

describe('lakeformation.permission.cross_account_known', () => {
  it('passes a grant to a trusted account, or to a trusted organization', () => {
    expect(judge(check, permission(), [], {}, { trustedAccounts: ['444455556666'] }).status).toBe('PASS');
    expect(judge(check, permission({ principal: ORG, principalAccount: undefined, principalType: 'organization' }), [], {}, { trustedAccounts: ['o-a1b2c3d4e5'] }).status).toBe('PASS');
  });

  it('fails a grant to an unknown account, and grantable grants at CRITICAL', () => {
    const verdict = judge(check, permission());
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('account 444455556666 holds SELECT on table sales.orders');
    expect(judge(check, permission({ permissionsWithGrantOption: ['SELECT'] })).severity).toBe('CRITICAL');
  });

  it('is not evaluated when grants could not be listed', () => {
    expect(judge(check, permission(), [], { errors: [collectionError('lakeformation:ListPermissions')] }).status).toBe('NOT_EVALUATED');
  });
});
