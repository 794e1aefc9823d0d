import { describe, expect, it } from 'vitest';
import check from '../../../checks/kms/key.not_pending_deletion.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from '../dynamodb/builders.js';
import { key } from './builders.js';

const PENDING = { keyState: 'PendingDeletion', deletionDate: '2026-11-08T00:00:00.000Z' } as const;

describe('kms.key.not_pending_deletion', () => {
  it('passes for an enabled key, naming its users', () => {
    const orders = table({ name: 'orders' });
    expect(judge(check, key({ usedBy: [orders.arn] }), [orders])).toMatchObject({ status: 'PASS', reason: 'KeyState is Enabled, used by orders' });
  });

  it('fails as CRITICAL when a data store uses a key pending deletion', () => {
    const profiles = table({ name: 'customer-profiles', tags: { data_classification: 'red' } });
    expect(judge(check, key({ ...PENDING, usedBy: [profiles.arn] }), [profiles])).toMatchObject({
      status: 'FAIL', severity: 'CRITICAL', reason: 'KeyState is PendingDeletion (deletion on 2026-11-08), used by customer-profiles',
    });
  });

  it('fails as HIGH when only log groups use it, and LOW when nothing collected does', () => {
    const logGroup = 'arn:aws:logs:eu-west-1:111122223333:log-group:/aws-glue/jobs/output';
    expect(judge(check, key({ ...PENDING, usedBy: [logGroup] }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(judge(check, key({ ...PENDING }))).toMatchObject({ status: 'FAIL', severity: 'LOW', reason: expect.stringContaining('used by no collected resource') });
  });

  it('is not evaluated when the key could not be described', () => {
    const subject = key({ keyState: undefined, unknown: { keyState: 'kms:DescribeKey failed: AccessDeniedException' } });
    expect(judge(check, subject)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'kms:DescribeKey failed: AccessDeniedException' });
    const described = key();
    expect(judge(check, described, [], { errors: [collectionError('kms:DescribeKey', { resourceArn: described.arn })] }).status).toBe('NOT_EVALUATED');
  });
});
