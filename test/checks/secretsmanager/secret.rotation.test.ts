import { describe, expect, it } from 'vitest';
import rotation from '../../../checks/secretsmanager/secret.rotation.js';
import { judge } from '../../builders/inventory.js';
import { secret } from '../rds/builders.js';

describe('secretsmanager.secret.rotation', () => {
  it('passes a database secret that rotated within its schedule', () => {
    expect(judge(rotation, secret())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('last rotated 2026-10-29T04:00:00.000Z') });
  });

  it('fails a database secret with rotation off', () => {
    expect(judge(rotation, secret({ rotationEnabled: false, owningService: undefined, name: 'billing-db-app', secretName: 'billing-db-app' }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
  });

  it('fails a secret never rotated since it was created, long after its first rotation was due', () => {
    // Act
    const verdict = judge(rotation, secret({ lastRotatedAt: undefined, rotationDays: 30, createdAt: '2026-05-01T00:00:00.000Z' }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('never rotated since it was created') });
  });

  it('judges a cron schedule against 90 days', () => {
    // Act
    const verdict = judge(rotation, secret({ rotationDays: undefined, rotationSchedule: 'cron(0 4 ? * SUN *)', lastRotatedAt: '2026-06-01T00:00:00.000Z' }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('judged against 90 days') });
  });

  it('fails a secret whose own schedule is longer than 90 days once 90 days have passed (SecretsManager.4)', () => {
    // Act: collected 2026-11-01; rotated 120 days before, on a 180-day schedule.
    const verdict = judge(rotation, secret({ rotationDays: 180, lastRotatedAt: '2026-07-04T00:00:00.000Z' }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('every 180 days (judged against the 90-day maximum)') });
  });

  it('passes a long schedule while the last rotation is within 90 days', () => {
    expect(judge(rotation, secret({ rotationDays: 180, lastRotatedAt: '2026-09-01T00:00:00.000Z' })).status).toBe('PASS');
  });

  it('is not evaluated when DescribeSecret was denied for it', () => {
    // Act
    const verdict = judge(rotation, secret({ rotationEnabled: undefined, unknown: { rotationEnabled: 'secretsmanager:DescribeSecret failed: AccessDeniedException: denied' } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'secretsmanager:DescribeSecret failed: AccessDeniedException: denied' });
  });
});
