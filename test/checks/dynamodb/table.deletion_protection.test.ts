import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.deletion_protection.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from './builders.js';

describe('dynamodb.table.deletion_protection', () => {
  it('passes when DeletionProtectionEnabled is true', () => {
    expect(judge(check, table({ deletionProtection: true })).status).toBe('PASS');
  });

  it('fails MEDIUM for orange data and HIGH for red data when deletion protection is off', () => {
    const orange = judge(check, table({ deletionProtection: false }));
    const red = judge(check, table({ deletionProtection: false, tags: { data_classification: 'red' } }));
    expect(orange).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(orange.reason).toContain('DeletionProtectionEnabled is false');
    expect(red).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated with the recorded reason when DescribeTable failed', () => {
    const reason = 'dynamodb:DescribeTable failed: AccessDeniedException: denied';
    const verdict = judge(check, table({ deletionProtection: undefined, unknown: { deletionProtection: reason } }), [], {
      errors: [collectionError('dynamodb:DescribeTable', { resourceArn: table().arn })],
    });
    expect(verdict.status).toBe('NOT_EVALUATED');
  });

  it('never reads an unknown field as false', () => {
    const verdict = judge(check, table({ deletionProtection: undefined, unknown: { deletionProtection: 'DescribeTable returned no Table' } }));
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'DescribeTable returned no Table' });
  });
});
