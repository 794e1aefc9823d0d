import { describe, expect, it } from 'vitest';
import iamAuth from '../../../checks/rds/cluster.iam_auth.js';
import masterPassword from '../../../checks/rds/cluster.master_password_in_secrets_manager.js';
import noDefaultAdmin from '../../../checks/rds/cluster.no_default_admin.js';
import secretRotation from '../../../checks/rds/cluster.secret_rotation.js';
import tlsEnforced from '../../../checks/rds/cluster.tls_enforced.js';
import proxyTls from '../../../checks/rds/proxy.require_tls.js';
import fineGrained from '../../../checks/rds/cluster.fine_grained_access.js';
import { judge } from '../../builders/inventory.js';
import { cluster, mysqlCluster, proxy, secret, SECRET } from './builders.js';

describe('rds.cluster.tls_enforced', () => {
  it('passes Aurora PostgreSQL with rds.force_ssl=1 and Aurora MySQL with require_secure_transport=ON', () => {
    expect(judge(tlsEnforced, cluster())).toMatchObject({ status: 'PASS', reason: 'rds.force_ssl=1 in cluster parameter group orders-secure-pg16' });
    expect(judge(tlsEnforced, mysqlCluster())).toMatchObject({ status: 'PASS', reason: 'require_secure_transport=ON in cluster parameter group billing-mysql80' });
  });

  it('reads each engine in its own format: 1/0 and ON/OFF in any case', () => {
    // Act
    const mysqlOne = judge(tlsEnforced, mysqlCluster({ parameters: { require_secure_transport: { value: '1', source: 'user' } } }));
    const mysqlOff = judge(tlsEnforced, mysqlCluster({ parameters: { require_secure_transport: { value: 'off', source: 'engine-default' } } }));
    // Assess
    expect(mysqlOne.status).toBe('PASS');
    expect(mysqlOff).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('require_secure_transport=off') });
  });

  it('fails rds.force_ssl=0, the engine default', () => {
    // Act
    const verdict = judge(tlsEnforced, cluster({ parameters: { 'rds.force_ssl': { value: '0', source: 'engine-default' } } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('rds.force_ssl=0 in cluster parameter group orders-secure-pg16 (source engine-default)') });
  });

  it('fails a setting that waits for a reboot: configured, not effective', () => {
    expect(judge(tlsEnforced, cluster({ parameterApplyStatus: 'pending-reboot' }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('pending-reboot') });
  });

  it('is not evaluated when the parameters could not be read', () => {
    // Act
    const verdict = judge(tlsEnforced, cluster({ parameters: undefined, unknown: { parameters: 'rds:DescribeDBClusterParameters failed: AccessDenied' } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'rds:DescribeDBClusterParameters failed: AccessDenied' });
  });

  it('is not evaluated on a value it does not understand', () => {
    expect(judge(tlsEnforced, cluster({ parameters: { 'rds.force_ssl': { value: '{dbparam}', source: 'user' } } })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.proxy.require_tls', () => {
  it('passes a proxy requiring TLS and fails one that does not', () => {
    expect(judge(proxyTls, proxy()).status).toBe('PASS');
    expect(judge(proxyTls, proxy({ requireTls: false }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
  });

  it('is not evaluated when RequireTLS is unknown', () => {
    expect(judge(proxyTls, proxy({ requireTls: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.master_password_in_secrets_manager', () => {
  it('passes a managed master secret and fails a password kept elsewhere', () => {
    expect(judge(masterPassword, cluster())).toMatchObject({ status: 'PASS', reason: `MasterUserSecret ${SECRET} is active` });
    expect(judge(masterPassword, cluster({ masterUserSecret: null }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('MasterUserSecret is absent') });
  });

  it('fails an impaired managed secret', () => {
    expect(judge(masterPassword, cluster({ masterUserSecret: { arn: SECRET, status: 'impaired' } })).status).toBe('FAIL');
  });

  it('is not evaluated when unknown', () => {
    expect(judge(masterPassword, cluster({ masterUserSecret: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.secret_rotation', () => {
  it('passes a linked secret that rotated within its schedule', () => {
    expect(judge(secretRotation, cluster(), [secret()])).toMatchObject({ status: 'PASS', reason: expect.stringContaining('rotates every 7 days') });
  });

  it('fails a linked secret with rotation off', () => {
    expect(judge(secretRotation, cluster(), [secret({ rotationEnabled: false })])).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('RotationEnabled is false') });
  });

  it('fails a linked secret whose rotation keeps failing: last rotated long after it was due', () => {
    // Act
    const verdict = judge(secretRotation, cluster(), [secret({ lastRotatedAt: '2026-08-01T04:00:00.000Z' })]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('rotation is failing') });
  });

  it('is not evaluated when DescribeSecret was denied for the linked secret, naming the call', () => {
    // Prepare
    const denied = secret({ rotationEnabled: undefined, rotationDays: undefined, lastRotatedAt: undefined, unknown: { rotationEnabled: 'secretsmanager:DescribeSecret failed: AccessDeniedException: not authorized' } });
    // Act
    const verdict = judge(secretRotation, cluster(), [denied]);
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('secretsmanager:DescribeSecret failed') });
  });

  it('is not applicable when the master password is not in Secrets Manager', () => {
    expect(judge(secretRotation, cluster({ masterUserSecret: null })).status).toBe('NOT_APPLICABLE');
  });
});

describe('rds.cluster.iam_auth', () => {
  it('passes with IAM authentication and fails without', () => {
    expect(judge(iamAuth, cluster()).status).toBe('PASS');
    expect(judge(iamAuth, cluster({ iamDatabaseAuthenticationEnabled: false }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(iamAuth, cluster({ iamDatabaseAuthenticationEnabled: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.no_default_admin', () => {
  it('passes a custom master user and fails postgres or admin, case-insensitively', () => {
    expect(judge(noDefaultAdmin, cluster()).status).toBe('PASS');
    expect(judge(noDefaultAdmin, cluster({ masterUsername: 'postgres' }))).toMatchObject({ status: 'FAIL', reason: 'MasterUsername is the default postgres' });
    expect(judge(noDefaultAdmin, mysqlCluster({ masterUsername: 'Admin' })).status).toBe('FAIL');
  });

  it('is not evaluated when unknown', () => {
    expect(judge(noDefaultAdmin, cluster({ masterUsername: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.fine_grained_access', () => {
  it('is never passed: GRANTs and RLS need SQL access', () => {
    expect(judge(fineGrained, cluster())).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('SQL') });
  });
});
