import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.pitr.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from './builders.js';

describe('dynamodb.table.pitr', () => {
  it('passes when PointInTimeRecoveryStatus is ENABLED', () => {
    expect(judge(check, table({ pointInTimeRecovery: true }))).toMatchObject({ status: 'PASS', reason: 'PointInTimeRecoveryStatus is ENABLED' });
  });

  it('fails when PointInTimeRecoveryStatus is DISABLED, raised for red data', () => {
    expect(judge(check, table({ pointInTimeRecovery: false }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(judge(check, table({ pointInTimeRecovery: false, tags: { data_classification: 'red' } }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated when DescribeContinuousBackups was denied for the table', () => {
    const reason = 'dynamodb:DescribeContinuousBackups failed: AccessDeniedException: denied';
    const subject = table({ pointInTimeRecovery: undefined, unknown: { pointInTimeRecovery: reason } });
    const verdict = judge(check, subject, [], { errors: [collectionError('dynamodb:DescribeContinuousBackups', { resourceArn: subject.arn })] });
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason });
  });

  it('is not evaluated, not passed, when a denial elsewhere left the field set but the call failed', () => {
    const subject = table({ pointInTimeRecovery: true });
    const verdict = judge(check, subject, [], { errors: [collectionError('dynamodb:DescribeContinuousBackups', { resourceArn: subject.arn })] });
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});
