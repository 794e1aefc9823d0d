import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.key_accessible.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { CMK_ARN, kmsKey, table } from './builders.js';

describe('dynamodb.table.key_accessible', () => {
  it('passes an ACTIVE table whose customer managed key is Enabled', () => {
    const verdict = judge(check, table(), [kmsKey()]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('KeyState Enabled');
  });

  it('passes a table on the AWS owned key without needing any key description', () => {
    const verdict = judge(check, table({ encryption: { type: 'AWS_OWNED' }, kmsKeyRefs: undefined }));
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('AWS owned key');
  });

  it('fails CRITICAL when the table status is INACCESSIBLE_ENCRYPTION_CREDENTIALS', () => {
    const verdict = judge(check, table({ status: 'INACCESSIBLE_ENCRYPTION_CREDENTIALS' }), [kmsKey({ keyState: 'Disabled' })]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.severity).toBe('CRITICAL');
    expect(verdict.reason).toContain('INACCESSIBLE_ENCRYPTION_CREDENTIALS');
  });

  it('fails a table DynamoDB archived after losing its key', () => {
    const verdict = judge(check, table({ status: 'ARCHIVED' }), [kmsKey({ keyState: 'PendingDeletion' })]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('TableStatus is ARCHIVED');
  });

  it('fails when DynamoDB reports when it lost access to the key', () => {
    const encryption = { type: 'KMS' as const, kmsKeyArn: CMK_ARN, status: 'ENABLED', inaccessibleSince: '2026-10-30T08:00:00.000Z' };
    const verdict = judge(check, table({ encryption }), [kmsKey()]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('InaccessibleEncryptionDateTime is 2026-10-30T08:00:00.000Z');
  });

  it('fails while the table is still ACTIVE but its key is disabled', () => {
    const verdict = judge(check, table(), [kmsKey({ keyState: 'Disabled' })]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('KeyState Disabled');
  });

  it('fails when the key is scheduled for deletion and names the date', () => {
    const verdict = judge(check, table(), [kmsKey({ keyState: 'PendingDeletion', deletionDate: '2026-11-08T00:00:00.000Z' })]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('DeletionDate 2026-11-08T00:00:00.000Z');
  });

  it('is not evaluated when the key could not be described', () => {
    const verdict = judge(check, table(), [], { errors: [collectionError('kms:DescribeKey', { resourceArn: CMK_ARN })] });
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('kms:DescribeKey');
  });

  it('is not evaluated when the key is simply absent from the inventory', () => {
    const verdict = judge(check, table());
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('KeyState is unknown');
  });

  it('is not evaluated when DescribeTable failed', () => {
    const reason = 'dynamodb:DescribeTable failed: AccessDeniedException: denied';
    const verdict = judge(check, table({ status: undefined, encryption: undefined, unknown: { status: reason, encryption: reason } }), [], {
      errors: [collectionError('dynamodb:DescribeTable', { resourceArn: table().arn })],
    });
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('DescribeTable');
  });
});
