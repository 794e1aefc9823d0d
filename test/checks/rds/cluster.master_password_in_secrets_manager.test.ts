import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.master_password_in_secrets_manager.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster, SECRET } from './builders.js';

describe('rds.cluster.master_password_in_secrets_manager', () => {
  it('passes an active managed master secret', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: `MasterUserSecret ${SECRET} has SecretStatus active` });
  });

  it('fails a cluster whose master password is not managed', () => {
    expect(judge(check, cluster({ masterUserSecret: null }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('MasterUserSecret is absent') });
  });

  it('fails an impaired managed secret', () => {
    expect(judge(check, cluster({ masterUserSecret: { secretArn: SECRET, status: 'impaired' } })).status).toBe('FAIL');
  });

  it('is not evaluated when clusters could not be described', () => {
    expect(judge(check, cluster(), [], { errors: [collectionError('rds:DescribeDBClusters')] }).status).toBe('NOT_EVALUATED');
  });

  it('stays decided when only DescribeSecret failed', () => {
    // Prepare
    const errors = [collectionError('secretsmanager:DescribeSecret', { code: 'AccessDeniedException' })];
    // Assess
    expect(judge(check, cluster(), [], { errors }).status).toBe('PASS');
  });

  it('is not evaluated while the secret is being created', () => {
    expect(judge(check, cluster({ masterUserSecret: { secretArn: SECRET, status: 'creating' } })).status).toBe('NOT_EVALUATED');
  });
});
