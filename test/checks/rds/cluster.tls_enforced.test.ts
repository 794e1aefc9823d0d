import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.tls_enforced.js';
import { judge } from '../../builders/inventory.js';
import { cluster, mysqlCluster } from './builders.js';

describe('rds.cluster.tls_enforced', () => {
  it('passes Aurora PostgreSQL with rds.force_ssl=1 in sync on every member', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: 'rds.force_ssl=1 in cluster parameter group orders-pg16-secure, in sync on every member' });
  });

  it('fails rds.force_ssl=0', () => {
    // Prepare
    const subject = cluster({ parameters: { 'rds.force_ssl': { value: '0', source: 'engine-default' } } });
    // Act
    const verdict = judge(check, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: 'rds.force_ssl=0 in cluster parameter group orders-pg16-secure (source engine-default)' });
  });

  it.each(['ON', 'on', '1'])('passes Aurora MySQL with require_secure_transport=%s', (value) => {
    // Prepare
    const subject = mysqlCluster({ parameters: { require_secure_transport: { value, source: 'user' } } });
    // Assess
    expect(judge(check, subject).status).toBe('PASS');
  });

  it('fails Aurora MySQL with the default require_secure_transport=OFF', () => {
    expect(judge(check, mysqlCluster({ parameters: { require_secure_transport: { value: 'OFF', source: 'engine-default' } } }))).toMatchObject({
      status: 'FAIL', reason: expect.stringContaining('require_secure_transport=OFF'),
    });
  });

  it('judges each engine by its own parameter: ON is not a value rds.force_ssl takes', () => {
    expect(judge(check, cluster({ parameters: { 'rds.force_ssl': { value: 'ON', source: 'user' } } })).status).toBe('FAIL');
  });

  it('fails a value that waits for a reboot: configured, not effective', () => {
    // Prepare
    const subject = cluster({ parameterGroupStatus: { 'orders-prod-1': 'in-sync', 'orders-prod-2': 'pending-reboot' } });
    // Act
    const verdict = judge(check, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('configured in cluster parameter group orders-pg16-secure but not effective: DBClusterParameterGroupStatus on orders-prod-2 (pending-reboot)') });
  });

  it('is not evaluated when the parameter group could not be read', () => {
    // Prepare
    const subject = cluster({ parameters: undefined, unknown: { parameters: 'rds:DescribeDBClusterParameters failed: AccessDenied: not authorized' } });
    // Act
    const verdict = judge(check, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeDBClusterParameters failed') });
  });
});
