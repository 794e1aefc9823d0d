import { describe, expect, it } from 'vitest';
import check from '../../../checks/kms/key.policy_not_public.js';
import type { PolicyStatement } from '../../../src/inventory/policy.js';
import { ACCOUNT, collectionError, judge } from '../../builders/inventory.js';
import { key } from './builders.js';

const withStatement = (statement: PolicyStatement) => key({ policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }, statement] } });

describe('kms.key.policy_not_public', () => {
  it('passes for the default key policy and for * restricted to the organization', () => {
    expect(judge(check, key())).toMatchObject({ status: 'PASS' });
    expect(judge(check, withStatement({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })).status).toBe('PASS');
  });

  it('fails as CRITICAL for a public statement', () => {
    const verdict = judge(check, withStatement({ Sid: 'Anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: 'the key policy is public: statement 1 (Anyone) allows * to kms:Decrypt, kms:DescribeKey' });
  });

  it('fails as HIGH for an untrusted account, and passes once it is trusted', () => {
    const subject = withStatement({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'kms:Decrypt', Resource: '*' });
    expect(judge(check, subject)).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(judge(check, subject, [], {}, { trustedAccounts: ['999988887777'] }).status).toBe('PASS');
  });

  it('is not applicable to AWS managed keys', () => {
    expect(judge(check, key({ keyManager: 'AWS', policy: undefined })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the policy could not be read', () => {
    const subject = key({ policy: undefined, unknown: { policy: 'kms:GetKeyPolicy failed: AccessDeniedException' } });
    expect(judge(check, subject)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'kms:GetKeyPolicy failed: AccessDeniedException' });
    const read = key();
    expect(judge(check, read, [], { errors: [collectionError('kms:GetKeyPolicy', { resourceArn: read.arn })] }).status).toBe('NOT_EVALUATED');
  });
});
