import { describe, expect, it } from 'vitest';
import cloudwatchLogs from '../../../checks/cloudtrail/trail.cloudwatch_logs.js';
import kms from '../../../checks/cloudtrail/trail.kms.js';
import logFileValidation from '../../../checks/cloudtrail/trail.log_file_validation.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { trail } from './builders.js';

describe('cloudtrail.trail.kms', () => {
  it('passes with a KMS key and fails with SSE-S3 only', () => {
    expect(judge(kms, trail())).toMatchObject({ status: 'PASS', reason: expect.stringMatching(/^KmsKeyId is arn:aws:kms:/) });
    expect(judge(kms, trail({ kmsKeyId: null }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: 'KmsKeyId is not set: log files are encrypted with SSE-S3 only' });
  });

  it('is not evaluated when trails could not be described', () => {
    expect(judge(kms, trail({ kmsKeyId: undefined, unknown: { kmsKeyId: 'cloudtrail:DescribeTrails failed: Throttling' } })).status).toBe('NOT_EVALUATED');
    expect(judge(kms, trail(), [], { errors: [collectionError('cloudtrail:DescribeTrails')] }).status).toBe('NOT_EVALUATED');
  });
});

describe('cloudtrail.trail.log_file_validation', () => {
  it('passes when enabled and fails when disabled', () => {
    expect(judge(logFileValidation, trail())).toMatchObject({ status: 'PASS', reason: 'LogFileValidationEnabled is true' });
    expect(judge(logFileValidation, trail({ logFileValidation: false }))).toMatchObject({ status: 'FAIL', severity: 'LOW' });
  });

  it('is not evaluated when trails could not be described', () => {
    expect(judge(logFileValidation, trail({ logFileValidation: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('cloudtrail.trail.cloudwatch_logs', () => {
  it('passes when delivering to a log group', () => {
    expect(judge(cloudwatchLogs, trail({ latestCloudWatchLogsDeliveryTime: '2026-11-01T11:55:00.000Z' }))).toMatchObject({ status: 'PASS', reason: expect.stringContaining('last delivery 2026-11-01T11:55:00.000Z') });
  });

  it('fails without a log group, or when delivery fails', () => {
    expect(judge(cloudwatchLogs, trail({ cloudWatchLogsLogGroupArn: null }))).toMatchObject({ status: 'FAIL', reason: 'CloudWatchLogsLogGroupArn is not set' });
    expect(judge(cloudwatchLogs, trail({ latestCloudWatchLogsDeliveryError: 'AccessDenied' }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('delivery fails: AccessDenied') });
  });

  it('is not evaluated when the trail status was denied', () => {
    const subject = trail();
    expect(judge(cloudwatchLogs, subject, [], { errors: [collectionError('cloudtrail:GetTrailStatus', { resourceArn: subject.arn })] }).status).toBe('NOT_EVALUATED');
    expect(judge(cloudwatchLogs, trail({ cloudWatchLogsLogGroupArn: undefined })).status).toBe('NOT_EVALUATED');
  });
});
