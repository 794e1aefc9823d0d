import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.policy_denies_insecure_transport.js';
import type { PolicyDocument } from '../../../src/inventory/policy.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from './builders.js';

const TABLE_ARN = table().arn;
const denyInsecure = (action: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: action, Resource: TABLE_ARN, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
});

describe('dynamodb.table.policy_denies_insecure_transport', () => {
  it('passes a policy denying dynamodb:* when aws:SecureTransport is false', () => {
    const verdict = judge(check, table({ resourcePolicy: denyInsecure('dynamodb:*') }));
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('DenyInsecureTransport');
  });

  it('fails MEDIUM for red data and LOW otherwise when the table has no policy', () => {
    expect(judge(check, table({ resourcePolicy: null, tags: { data_classification: 'red' } }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(judge(check, table({ resourcePolicy: null, tags: { data_classification: 'orange' } }))).toMatchObject({ status: 'FAIL', severity: 'LOW' });
    expect(judge(check, table({ resourcePolicy: null, tags: { data_classification: 'green' } }))).toMatchObject({ status: 'FAIL', severity: 'LOW' });
  });

  it('fails when the deny covers only some actions', () => {
    const verdict = judge(check, table({ resourcePolicy: denyInsecure('dynamodb:PutItem') }));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('aws:SecureTransport=false');
  });

  it('is not evaluated when the policy could not be read', () => {
    const reason = 'dynamodb:GetResourcePolicy failed: AccessDeniedException: denied';
    const verdict = judge(check, table({ resourcePolicy: undefined, unknown: { resourcePolicy: reason } }), [], {
      errors: [collectionError('dynamodb:GetResourcePolicy', { resourceArn: TABLE_ARN })],
    });
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});
