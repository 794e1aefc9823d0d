import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.pgaudit.js';
import { judge } from '../../builders/inventory.js';
import { cluster, mysqlCluster } from './builders.js';

const params = (libraries: string, log?: string) => ({
  shared_preload_libraries: { value: libraries, source: 'user' },
  ...(log !== undefined ? { 'pgaudit.log': { value: log, source: 'user' } } : { 'pgaudit.log': { source: 'engine-default' } }),
});

describe('rds.cluster.pgaudit', () => {
  it('passes when pgaudit is loaded and pgaudit.log names statement classes', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('pgaudit.log=ddl,role,write') });
  });

  it('fails when shared_preload_libraries does not load pgaudit, HIGH for red data', () => {
    // Act
    const verdict = judge(check, cluster({ parameters: params('pg_stat_statements', 'all'), tags: { data_classification: 'red' } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('does not load pgaudit') });
  });

  it('is MEDIUM for orange data', () => {
    expect(judge(check, cluster({ parameters: params('pg_stat_statements') })).severity).toBe('MEDIUM');
  });

  it.each([['none'], ['']])('fails when pgaudit.log is %j', (log) => {
    expect(judge(check, cluster({ parameters: params('pgaudit,pg_stat_statements', log) }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('nothing is audited') });
  });

  it('fails when pgaudit.log has no value at all', () => {
    expect(judge(check, cluster({ parameters: params(' pgaudit ') })).status).toBe('FAIL');
  });

  it('fails pgaudit loaded in the group but waiting for a reboot', () => {
    // Prepare
    const subject = cluster({ parameterGroupStatus: { 'orders-prod-1': 'pending-reboot' } });
    // Assess
    expect(judge(check, subject)).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('not effective') });
  });

  it('is not applicable to Aurora MySQL', () => {
    expect(judge(check, mysqlCluster()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the parameters could not be read', () => {
    expect(judge(check, cluster({ parameters: undefined, unknown: { parameters: 'rds:DescribeDBClusterParameters failed: AccessDenied' } })).status).toBe('NOT_EVALUATED');
  });
});
