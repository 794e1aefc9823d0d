import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.policy_not_public.js';
import type { PolicyDocument } from '../../../src/inventory/policy.js';
import { ACCOUNT, collectionError, judge } from '../../builders/inventory.js';
import { table } from './builders.js';

const TABLE_ARN = table().arn;
const PARTNER = '444455556666';

function allow(principal: PolicyDocument['Statement'][number]['Principal'], condition?: PolicyDocument['Statement'][number]['Condition']): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ReadOrders', Effect: 'Allow', Principal: principal, Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: TABLE_ARN, ...(condition ? { Condition: condition } : {}) }],
  };
}

describe('dynamodb.table.policy_not_public', () => {
  it('passes a table without a resource policy', () => {
    const verdict = judge(check, table({ resourcePolicy: null }));
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('no resource-based policy');
  });

  it('passes a policy granting only roles of the own account', () => {
    expect(judge(check, table({ resourcePolicy: allow({ AWS: `arn:aws:iam::${ACCOUNT}:role/orders-api` }) })).status).toBe('PASS');
  });

  it('passes a * principal restricted to the organization', () => {
    expect(judge(check, table({ resourcePolicy: allow('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }) })).status).toBe('PASS');
  });

  it('fails a * principal without a restricting condition, naming the statement', () => {
    const verdict = judge(check, table({ resourcePolicy: allow('*') }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('public');
    expect(verdict.reason).toContain('statement 0 (ReadOrders)');
  });

  it('fails a foreign account principal unless the account is trusted', () => {
    const subject = table({ resourcePolicy: allow({ AWS: `arn:aws:iam::${PARTNER}:root` }) });
    const untrusted = judge(check, subject);
    expect(untrusted.status).toBe('FAIL');
    expect(untrusted.reason).toContain('untrusted accounts');
    expect(judge(check, subject, [], {}, { trustedAccounts: [PARTNER] }).status).toBe('PASS');
  });

  it('is not evaluated when GetResourcePolicy was denied', () => {
    const reason = 'dynamodb:GetResourcePolicy failed: AccessDeniedException: denied';
    const verdict = judge(check, table({ resourcePolicy: undefined, unknown: { resourcePolicy: reason } }), [], {
      errors: [collectionError('dynamodb:GetResourcePolicy', { resourceArn: TABLE_ARN })],
    });
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});
