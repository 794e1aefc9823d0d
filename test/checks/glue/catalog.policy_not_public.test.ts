import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/catalog.policy_not_public.js';
import { ACCOUNT, collectionError, judge } from '../../builders/inventory.js';
import { catalog, glueScope } from './builders.js';

const statement = (principal: unknown, condition?: unknown) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Share', Effect: 'Allow' as const, Principal: principal, Action: ['glue:GetTable', 'glue:GetTables'], Resource: '*', ...(condition ? { Condition: condition } : {}) }] });

describe('glue.catalog.policy_not_public', () => {
  it('passes a catalog without a resource policy', () => {
    expect(judge(check, catalog()).reason).toContain('no resource policy');
  });

  it('passes a policy restricted to the organization or to trusted accounts', () => {
    expect(judge(check, catalog({ resourcePolicy: statement('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }) as never })).status).toBe('PASS');
    expect(judge(check, catalog({ resourcePolicy: statement({ AWS: 'arn:aws:iam::444455556666:root' }) as never }), [], {}, { trustedAccounts: ['444455556666'] }).status).toBe('PASS');
  });

  it('fails a public policy as CRITICAL and a foreign account as HIGH', () => {
    const open = judge(check, catalog({ resourcePolicy: statement('*') as never }));
    expect(open).toMatchObject({ status: 'FAIL', severity: 'CRITICAL' });
    expect(open.reason).toContain('statement 0 (Share) allows *');
    expect(judge(check, catalog({ resourcePolicy: statement({ AWS: 'arn:aws:iam::444455556666:root' }) as never })).severity).toBe('HIGH');
  });

  it('is not applicable to a region without tables or jobs', () => {
    expect(judge(check, catalog({ tableCount: 0, resourcePolicy: statement('*') as never }), [], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the policy could not be read', () => {
    expect(judge(check, catalog(), [], { errors: [collectionError('glue:GetResourcePolicy', { resourceArn: `arn:aws:glue:eu-west-1:${ACCOUNT}:catalog` })] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, catalog({ resourcePolicy: undefined, unknown: { resourcePolicy: 'glue:GetResourcePolicy failed' } })).reason).toContain('GetResourcePolicy');
  });
});
