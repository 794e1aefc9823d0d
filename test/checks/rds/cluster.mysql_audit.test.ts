import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.mysql_audit.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster, mysqlCluster } from './builders.js';

describe('rds.cluster.mysql_audit', () => {
  it('passes server_audit_logging=1 with audited events', () => {
    expect(judge(check, mysqlCluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('server_audit_events=CONNECT,QUERY_DCL,QUERY_DDL,QUERY_DML') });
  });

  it('fails the default server_audit_logging=0', () => {
    // Prepare
    const subject = mysqlCluster({ parameters: { server_audit_logging: { value: '0', source: 'engine-default' }, server_audit_events: { source: 'engine-default' } } });
    // Assess
    expect(judge(check, subject)).toMatchObject({ status: 'FAIL', reason: 'server_audit_logging=0 in cluster parameter group billing-mysql80-secure' });
  });

  it('fails audit logging on with no events', () => {
    // Prepare
    const subject = mysqlCluster({ parameters: { server_audit_logging: { value: '1', source: 'user' }, server_audit_events: { source: 'engine-default' } } });
    // Assess
    expect(judge(check, subject)).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('server_audit_events is empty') });
  });

  it('is not applicable to Aurora PostgreSQL', () => {
    expect(judge(check, cluster()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when reading the parameter group failed', () => {
    // Prepare
    const errors = [collectionError('rds:DescribeDBClusterParameters')];
    // Assess
    expect(judge(check, mysqlCluster(), [], { errors }).status).toBe('NOT_EVALUATED');
  });
});
