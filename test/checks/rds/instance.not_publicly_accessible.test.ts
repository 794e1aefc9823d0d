import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/instance.not_publicly_accessible.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { instance } from './builders.js';

describe('rds.instance.not_publicly_accessible', () => {
  it('passes a member instance that is not publicly accessible', () => {
    expect(judge(check, instance())).toMatchObject({ status: 'PASS', reason: 'PubliclyAccessible is false on instance orders-prod-1 of cluster orders-prod' });
  });

  it('fails a publicly accessible instance inside a cluster, at CRITICAL', () => {
    // Prepare
    const subject = instance({ name: 'orders-prod-2', publiclyAccessible: true, isClusterWriter: false });
    // Act
    const verdict = judge(check, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: 'PubliclyAccessible is true on instance orders-prod-2 of cluster orders-prod' });
  });

  it('is not evaluated when the instance listing failed', () => {
    // Prepare
    const errors = [collectionError('rds:DescribeDBInstances', { code: 'AccessDenied' })];
    // Act
    const verdict = judge(check, instance(), [], { errors });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('rds:DescribeDBInstances') });
  });

  it('is not evaluated when PubliclyAccessible was not reported', () => {
    expect(judge(check, instance({ publiclyAccessible: undefined })).status).toBe('NOT_EVALUATED');
  });
});
