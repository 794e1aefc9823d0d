import { describe, expect, it } from 'vitest';
import backupRetention from '../../../checks/rds/cluster.backup_retention.js';
import crossRegion from '../../../checks/rds/cluster.cross_region_copy.js';
import deletionProtection from '../../../checks/rds/cluster.deletion_protection.js';
import logRetention from '../../../checks/rds/cluster.log_retention.js';
import logsExported from '../../../checks/rds/cluster.logs_exported.js';
import mysqlAudit from '../../../checks/rds/cluster.mysql_audit.js';
import pgaudit from '../../../checks/rds/cluster.pgaudit.js';
import { ACCOUNT, collectionError, judge, REGION, resource, scopeOf } from '../../builders/inventory.js';
import { cluster, mysqlCluster, snapshot } from './builders.js';

/** The region's log groups were listed in full. */
const LISTED = [scopeOf('logs', REGION, 'complete', { resources: 0, errors: 0 })];

const logGroup = (name: string, retentionInDays: number | null | undefined, unknown?: Record<string, string>) =>
  resource('logs.log_group', { name, arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`, logGroupName: name, retentionInDays, ...(unknown ? { unknown } : {}) });

describe('rds.cluster.logs_exported', () => {
  it('passes PostgreSQL exporting postgresql and MySQL exporting audit and error', () => {
    expect(judge(logsExported, cluster()).status).toBe('PASS');
    expect(judge(logsExported, mysqlCluster()).status).toBe('PASS');
  });

  it('fails MySQL without the audit log, naming what is missing', () => {
    expect(judge(logsExported, mysqlCluster({ logExports: ['error'] }))).toMatchObject({ status: 'FAIL', reason: 'EnabledCloudwatchLogsExports [error] lacks audit' });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(logsExported, cluster({ logExports: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.pgaudit', () => {
  it('passes when pgaudit is loaded and logs statement classes', () => {
    expect(judge(pgaudit, cluster())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('pgaudit.log=ddl,role,write') });
  });

  it('fails when pgaudit is not in shared_preload_libraries, HIGH for red data', () => {
    // Act
    const verdict = judge(pgaudit, cluster({ tags: { data_classification: 'red' }, parameters: { shared_preload_libraries: { value: 'pg_stat_statements', source: 'engine-default' } } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('does not load pgaudit') });
  });

  it('fails when pgaudit is loaded but pgaudit.log is none', () => {
    // Act
    const verdict = judge(pgaudit, cluster({ parameters: { shared_preload_libraries: { value: 'pgaudit', source: 'user' }, 'pgaudit.log': { value: 'none', source: 'user' } } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('nothing is audited') });
  });

  it('is not applicable to Aurora MySQL and not evaluated without parameters', () => {
    expect(judge(pgaudit, mysqlCluster()).status).toBe('NOT_APPLICABLE');
    expect(judge(pgaudit, cluster({ parameters: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.mysql_audit', () => {
  it('passes with server_audit_logging=1 and events set', () => {
    expect(judge(mysqlAudit, mysqlCluster()).status).toBe('PASS');
  });

  it('fails with auditing off, and with no events', () => {
    expect(judge(mysqlAudit, mysqlCluster({ parameters: { server_audit_logging: { value: '0', source: 'engine-default' } } }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('advanced auditing is off') });
    expect(judge(mysqlAudit, mysqlCluster({ parameters: { server_audit_logging: { value: '1', source: 'user' } } }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('server_audit_events is empty') });
  });

  it('is not applicable to Aurora PostgreSQL and not evaluated without parameters', () => {
    expect(judge(mysqlAudit, cluster()).status).toBe('NOT_APPLICABLE');
    expect(judge(mysqlAudit, mysqlCluster({ parameters: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.log_retention', () => {
  it('passes when every exported group keeps at least the minimum, or forever', () => {
    // Act
    const verdict = judge(logRetention, cluster(), [logGroup('/aws/rds/cluster/orders-db/postgresql', 400), logGroup('/aws/rds/cluster/orders-db/upgrade', null)]);
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: expect.stringContaining('keeps forever') });
  });

  it('fails a group kept shorter than the minimum, at LOW', () => {
    // Act
    const verdict = judge(logRetention, cluster(), [logGroup('/aws/rds/cluster/orders-db/postgresql', 30)]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'LOW', reason: '/aws/rds/cluster/orders-db/postgresql keeps 30 days; the minimum is 365' });
  });

  it('does not count another cluster\u2019s groups', () => {
    expect(judge(logRetention, cluster(), [logGroup('/aws/rds/cluster/orders-db-2/postgresql', 30)], { scopes: LISTED }).status).toBe('NOT_APPLICABLE');
  });

  it('is not applicable when nothing is exported, or no exported log was written yet', () => {
    expect(judge(logRetention, cluster({ logExports: [] })).status).toBe('NOT_APPLICABLE');
    expect(judge(logRetention, cluster(), [], { scopes: LISTED }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated, naming the deadline, when the log group listing was cut short and no group was collected', () => {
    // Prepare
    const scopes = [scopeOf('logs', REGION, 'aborted', { resources: 0, errors: 1 })];
    // Act
    const verdict = judge(logRetention, cluster(), [], { scopes });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('stopped when the scan deadline was reached') });
  });

  it('is not evaluated, not "not applicable", when the log group listing failed and no group was collected', () => {
    // Prepare
    const scopes = [scopeOf('logs', REGION, 'failed', { resources: 0, errors: 1 })];
    // Act
    const verdict = judge(logRetention, cluster(), [], { scopes, errors: [collectionError('logs:DescribeLogGroups')] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('could not be listed') });
  });

  it('is not evaluated when the log groups could not be listed', () => {
    // Act
    const verdict = judge(logRetention, cluster(), [logGroup('/aws/rds/cluster/orders-db/postgresql', 400)], { errors: [collectionError('logs:DescribeLogGroups')] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('logs:DescribeLogGroups') });
  });

  it('is not evaluated when a group\u2019s retention is unknown', () => {
    expect(judge(logRetention, cluster(), [logGroup('/aws/rds/cluster/orders-db/postgresql', undefined, { retentionInDays: 'DescribeLogGroups returned no retention' })]).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.backup_retention', () => {
  it('passes 14 days against a 7-day minimum and fails the 1-day default', () => {
    expect(judge(backupRetention, cluster()).status).toBe('PASS');
    expect(judge(backupRetention, cluster({ backupRetentionPeriod: 1 }))).toMatchObject({ status: 'FAIL', reason: 'BackupRetentionPeriod is 1 day, below the required 7' });
  });

  it('follows the configured minimum, and is not evaluated when unknown', () => {
    expect(judge(backupRetention, cluster(), [], {}, { minBackupRetentionDays: 30 }).status).toBe('FAIL');
    expect(judge(backupRetention, cluster({ backupRetentionPeriod: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.deletion_protection', () => {
  it('passes with deletion protection, fails without, is not evaluated when unknown', () => {
    expect(judge(deletionProtection, cluster()).status).toBe('PASS');
    expect(judge(deletionProtection, cluster({ deletionProtection: false })).status).toBe('FAIL');
    expect(judge(deletionProtection, cluster({ deletionProtection: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.cross_region_copy', () => {
  const red = { tags: { data_classification: 'red' } };

  it('passes a red cluster in a global database with a member in another region', () => {
    // Act
    const verdict = judge(crossRegion, cluster({ ...red, globalCluster: { identifier: 'orders-global', regions: ['eu-west-1', 'eu-central-1'] } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: 'global database orders-global has members in eu-central-1' });
  });

  it('passes a red cluster with a cross-region read replica cluster', () => {
    expect(judge(crossRegion, cluster({ ...red, readReplicas: [`arn:aws:rds:eu-central-1:${ACCOUNT}:cluster:orders-db-replica`] })).status).toBe('PASS');
  });

  it('passes a red cluster that is itself a replica of a cluster in another region', () => {
    expect(judge(crossRegion, cluster({ ...red, replicationSource: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster:orders-db-primary` })).status).toBe('PASS');
  });

  it('passes a red cluster with a snapshot copied to another region within the backup window', () => {
    // Prepare: collected 2026-11-01, backup window 7 days.
    const copy = snapshot({
      name: 'orders-db-daily-copy-2026-10-31', region: 'eu-central-1', arn: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster-snapshot:orders-db-daily-copy-2026-10-31`,
      snapshotIdentifier: 'orders-db-daily-copy-2026-10-31', clusterIdentifier: 'orders-db', createdAt: '2026-10-31T03:00:00.000Z',
      sourceSnapshotArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:rds:orders-db-2026-10-31-03-00`,
    });
    // Act
    const verdict = judge(crossRegion, cluster(red), [copy]);
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: expect.stringContaining('snapshot orders-db-daily-copy-2026-10-31 in eu-central-1') });
  });

  it('does not count a copy older than the backup window, nor a copy of another cluster', () => {
    // Prepare
    const base = { region: 'eu-central-1', sourceSnapshotArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:x` };
    const old = snapshot({ ...base, name: 'old-copy', arn: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster-snapshot:old-copy`, clusterIdentifier: 'orders-db', createdAt: '2026-09-01T00:00:00.000Z' });
    const other = snapshot({ ...base, name: 'other-copy', arn: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster-snapshot:other-copy`, clusterIdentifier: 'billing-db', createdAt: '2026-10-31T00:00:00.000Z' });
    // Act
    const verdict = judge(crossRegion, cluster(red), [old, other]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('no snapshot copied to another region within 7 days') });
  });

  it('is not evaluated when another region\u2019s snapshots could not be listed and nothing else shows a copy', () => {
    // Prepare
    const errors = [collectionError('rds:DescribeDBClusterSnapshots', { region: 'eu-central-1' })];
    const elsewhere = resource('rds.cluster', { ...cluster(), region: 'eu-central-1', name: 'dr', arn: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster:dr` });
    // Act
    const verdict = judge(crossRegion, cluster(red), [elsewhere], { errors });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('eu-central-1 could not be listed') });
  });

  it('names the deadline when another region\u2019s collection was cut short', () => {
    // Prepare
    const errors = [collectionError('rds:*', { region: 'eu-central-1', operation: '*', code: 'ScanDeadline', message: 'deadline', kind: 'aborted' })];
    const elsewhere = resource('rds.cluster', { ...cluster(), region: 'eu-central-1', name: 'dr', arn: `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster:dr` });
    // Act
    const verdict = judge(crossRegion, cluster(red), [elsewhere], { errors });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('the scan deadline was reached') });
  });

  it('fails a red cluster with no copy elsewhere, and a global database with members only here', () => {
    expect(judge(crossRegion, cluster(red))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(judge(crossRegion, cluster({ ...red, globalCluster: { identifier: 'orders-global', regions: ['eu-west-1'] } })).status).toBe('FAIL');
  });

  it('is not applicable below red, and not evaluated when the global database could not be read', () => {
    expect(judge(crossRegion, cluster()).status).toBe('NOT_APPLICABLE');
    expect(judge(crossRegion, cluster({ ...red, globalCluster: undefined, unknown: { globalCluster: 'rds:DescribeGlobalClusters failed: AccessDenied' } }))).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeGlobalClusters') });
  });
});
