import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.backup_retention.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

describe('rds.cluster.backup_retention', () => {
  it('passes 14 days of automated backups', () => {
    expect(judge(check, cluster())).toMatchObject({ status: 'PASS', reason: 'BackupRetentionPeriod is 14 days (required 7)' });
  });

  it('fails the 1-day default', () => {
    expect(judge(check, cluster({ backupRetentionPeriod: 1 }))).toMatchObject({ status: 'FAIL', reason: 'BackupRetentionPeriod is 1 days, less than the required 7' });
  });

  it('follows the configured minimum', () => {
    expect(judge(check, cluster(), [], {}, { minBackupRetentionDays: 35 }).status).toBe('FAIL');
  });

  it('is not evaluated when clusters could not be described', () => {
    expect(judge(check, cluster(), [], { errors: [collectionError('rds:DescribeDBClusters')] }).status).toBe('NOT_EVALUATED');
  });
});
