import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.deletion_protection.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('rds.cluster.deletion_protection', () => {
  it('passes a protected cluster', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: 'DeletionProtection is true' });
  });

  it('fails an unprotected cluster', () => {
    expect(judge(check, cluster({ deletionProtection: false }))).toMatchObject({ status: 'FAIL', reason: 'DeletionProtection is false' });
  });

  it('is not evaluated when clusters could not be described', () => {
    expect(judge(check, cluster(), [], { errors: [collectionError('rds:DescribeDBClusters')] }).status).toBe('NOT_EVALUATED');
  });

  it('is not evaluated when the flag was not reported', () => {
    expect(judge(check, cluster({ deletionProtection: undefined })).status).toBe('NOT_EVALUATED');
  });
});
