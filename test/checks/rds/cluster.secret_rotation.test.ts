import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.secret_rotation.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('rds.cluster.secret_rotation', () => {
  it('passes a master secret rotated within its 7-day window', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('has rotation enabled (AutomaticallyAfterDays=7) and is LastRotatedDate=2026-10-29T03:00:00.000Z, within its 7-day window') });
  });

  it('fails a master secret with rotation disabled', () => {
    expect(judge(check, cluster({ masterSecretRotation: { rotationEnabled: false } }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('RotationEnabled=false') });
  });

  it('fails a master secret whose last rotation is older than its window: rotation is failing', () => {
    // Prepare
    const subject = cluster({ masterSecretRotation: { rotationEnabled: true, automaticallyAfterDays: 7, lastRotatedDate: '2026-08-01T00:00:00.000Z' } });
    // Act
    const verdict = judge(check, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('LastRotatedDate=2026-08-01T00:00:00.000Z, beyond its 7-day rotation window') });
  });

  it('reads a rate() schedule expression as the window', () => {
    // Prepare
    const subject = cluster({ masterSecretRotation: { rotationEnabled: true, scheduleExpression: 'rate(30 days)', lastRotatedDate: '2026-10-10T00:00:00.000Z' } });
    // Assess
    expect(judge(check, subject).status).toBe('PASS');
  });

  it('is not applicable when the master password is not managed in Secrets Manager', () => {
    expect(judge(check, cluster({ masterUserSecret: null, masterSecretRotation: undefined })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when DescribeSecret was denied for the cluster', () => {
    // Prepare
    const subject = cluster({ masterSecretRotation: undefined, unknown: { masterSecretRotation: 'secretsmanager:DescribeSecret failed: AccessDeniedException: not authorized' } });
    const errors = [collectionError('secretsmanager:DescribeSecret', { service: 'rds', resourceArn: subject.arn })];
    // Act
    const verdict = judge(check, subject, [], { errors });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeSecret failed') });
  });
});
