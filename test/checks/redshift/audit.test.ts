import { describe, expect, it } from 'vitest';
import auditLogging from '../../../checks/redshift/cluster.audit_logging.js';
import queryMonitoringRules from '../../../checks/redshift/cluster.query_monitoring_rules.js';
import userActivityLogging from '../../../checks/redshift/cluster.user_activity_logging.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('redshift.cluster.audit_logging', () => {
  it('passes CloudWatch logging with the three exports and no bucket', () => {
    expect(judge(auditLogging, cluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('CloudWatch Logs') });
  });

  it('passes S3 logging to a bucket with every log type', () => {
    expect(judge(auditLogging, cluster({ logging: { enabled: true, destination: 's3', bucketName: 'acme-redshift-audit', logExports: [] } })).status).toBe('PASS');
  });

  it('fails when logging is off', () => {
    expect(judge(auditLogging, cluster({ logging: { enabled: false, logExports: [] } }))).toMatchObject({ status: 'FAIL', reason: 'LoggingEnabled is false' });
  });

  it('fails CloudWatch logging without useractivitylog', () => {
    // Act
    const verdict = judge(auditLogging, cluster({ logging: { enabled: true, destination: 'cloudwatch', logExports: ['connectionlog', 'userlog'] } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('lacks useractivitylog') });
  });

  it('is not evaluated for the cluster whose DescribeLoggingStatus was denied, and only that one', () => {
    // Prepare
    const denied = cluster({ name: 'analytics-b', logging: undefined, unknown: { logging: 'redshift:DescribeLoggingStatus failed: AccessDenied' } });
    const fine = cluster({ name: 'analytics-a' });
    const errors = [collectionError('redshift:DescribeLoggingStatus', { code: 'AccessDenied', resourceArn: denied.arn })];
    // Act
    const deniedVerdict = judge(auditLogging, denied, [fine], { errors });
    const fineVerdict = judge(auditLogging, fine, [denied], { errors });
    // Assess
    expect(deniedVerdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('AccessDenied') });
    expect(fineVerdict.status).toBe('PASS');
  });
});

describe('redshift.cluster.user_activity_logging', () => {
  it('passes with enable_user_activity_logging=true in effect', () => {
    expect(judge(userActivityLogging, cluster()).status).toBe('PASS');
  });

  it('fails the engine default false', () => {
    // Act
    const verdict = judge(userActivityLogging, cluster({ parameters: { enable_user_activity_logging: { value: 'false', source: 'engine-default' } } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('enable_user_activity_logging=false') });
  });

  it('fails a value waiting for a reboot', () => {
    expect(judge(userActivityLogging, cluster({ parameterApplyStatus: { enable_user_activity_logging: 'pending-reboot' } }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('not effective') });
  });

  it('is not evaluated when the parameter group could not be read', () => {
    expect(judge(userActivityLogging, cluster({ parameters: undefined }), [], { errors: [collectionError('redshift:DescribeClusterParameters')] }).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.query_monitoring_rules', () => {
  it('passes with a rule', () => {
    expect(judge(queryMonitoringRules, cluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('abort_long_scans') });
  });

  it('fails automatic WLM without rules', () => {
    expect(judge(queryMonitoringRules, cluster({ queryMonitoringRules: [] }))).toMatchObject({ status: 'FAIL', severity: 'LOW' });
  });

  it('is not evaluated when wlm_json_configuration could not be read', () => {
    expect(judge(queryMonitoringRules, cluster({ queryMonitoringRules: undefined, unknown: { queryMonitoringRules: 'wlm_json_configuration is not valid JSON' } }))).toMatchObject({
      status: 'NOT_EVALUATED',
      reason: 'wlm_json_configuration is not valid JSON',
    });
  });
});
