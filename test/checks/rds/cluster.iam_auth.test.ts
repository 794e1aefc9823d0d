import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.iam_auth.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('rds.cluster.iam_auth', () => {
  it('passes a cluster with IAM database authentication', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: 'IAMDatabaseAuthenticationEnabled is true' });
  });

  it('fails a cluster without it', () => {
    expect(judge(check, cluster({ iamDatabaseAuthenticationEnabled: false }))).toMatchObject({ status: 'FAIL', reason: 'IAMDatabaseAuthenticationEnabled is false' });
  });

  it('is not evaluated when clusters could not be described', () => {
    expect(judge(check, cluster(), [], { errors: [collectionError('rds:DescribeDBClusters')] }).status).toBe('NOT_EVALUATED');
  });

  it('is not evaluated when the flag was not reported', () => {
    expect(judge(check, cluster({ iamDatabaseAuthenticationEnabled: undefined })).status).toBe('NOT_EVALUATED');
  });
});
