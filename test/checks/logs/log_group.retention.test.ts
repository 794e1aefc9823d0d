import { describe, expect, it } from 'vitest';
import check from '../../../checks/logs/log_group.retention.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { logGroup } from './builders.js';

describe('logs.log_group.retention', () => {
  it('passes at or above the configured minimum, and for groups that never expire', () => {
    expect(judge(check, logGroup({ retentionInDays: 365 }))).toMatchObject({ status: 'PASS', reason: 'retentionInDays is 365, at least the required 365' });
    expect(judge(check, logGroup({ retentionInDays: null }))).toMatchObject({ status: 'PASS', reason: 'retentionInDays is not set: the log group never expires' });
  });

  it('fails below the minimum, which is a setting', () => {
    expect(judge(check, logGroup({ retentionInDays: 30 }))).toMatchObject({ status: 'FAIL', severity: 'LOW', reason: 'retentionInDays is 30, below the required 365' });
    expect(judge(check, logGroup({ retentionInDays: 30 }), [], {}, { minLogRetentionDays: 30 }).status).toBe('PASS');
  });

  it('raises the severity for a group tagged red', () => {
    expect(judge(check, logGroup({ retentionInDays: 7, tags: { data_classification: 'red' } }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
  });

  it('is not evaluated when the log groups could not be described', () => {
    const subject = logGroup({ retentionInDays: undefined, unknown: { retentionInDays: 'logs:DescribeLogGroups failed: ThrottlingException' } });
    expect(judge(check, subject)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'logs:DescribeLogGroups failed: ThrottlingException' });
    expect(judge(check, logGroup(), [], { errors: [collectionError('logs:DescribeLogGroups')] }).status).toBe('NOT_EVALUATED');
  });
});
