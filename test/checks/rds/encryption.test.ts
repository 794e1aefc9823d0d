import { describe, expect, it } from 'vitest';
import encryptedCmk from '../../../checks/rds/cluster.encrypted_cmk.js';
import snapshotEncrypted from '../../../checks/rds/cluster_snapshot.encrypted.js';
import snapshotNotPublic from '../../../checks/rds/cluster_snapshot.not_public.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { AWS_RDS_KEY, cluster, keys, snapshot } from './builders.js';

describe('rds.cluster.encrypted_cmk', () => {
  it('passes a customer managed key', () => {
    expect(judge(encryptedCmk, cluster(), keys())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('customer managed') });
  });

  it('fails the aws/rds key for orange data and accepts it for green data', () => {
    // Act
    const orange = judge(encryptedCmk, cluster({ kmsKeyId: AWS_RDS_KEY }), keys());
    const green = judge(encryptedCmk, cluster({ kmsKeyId: AWS_RDS_KEY, tags: { data_classification: 'green' } }), keys());
    // Assess
    expect(orange).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('AWS managed key') });
    expect(green.status).toBe('PASS');
  });

  it('fails an unencrypted cluster', () => {
    expect(judge(encryptedCmk, cluster({ storageEncrypted: false, kmsKeyId: undefined }), keys())).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('StorageEncrypted is false') });
  });

  it('is not evaluated when the key could not be described', () => {
    // Act
    const verdict = judge(encryptedCmk, cluster(), [], { errors: [collectionError('kms:DescribeKey')] });
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster_snapshot.encrypted', () => {
  it('passes an encrypted snapshot', () => {
    expect(judge(snapshotEncrypted, snapshot()).status).toBe('PASS');
  });

  it('fails an unencrypted automated snapshot', () => {
    expect(judge(snapshotEncrypted, snapshot({ storageEncrypted: false, snapshotType: 'automated' }))).toMatchObject({ status: 'FAIL', reason: 'StorageEncrypted is false for this automated snapshot of orders-db' });
  });

  it('is not evaluated when DescribeDBClusterSnapshots failed', () => {
    expect(judge(snapshotEncrypted, snapshot(), [], { errors: [collectionError('rds:DescribeDBClusterSnapshots')] }).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster_snapshot.not_public', () => {
  it('passes a manual snapshot shared with nobody', () => {
    expect(judge(snapshotNotPublic, snapshot())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('not shared') });
  });

  it('fails a public snapshot at CRITICAL', () => {
    expect(judge(snapshotNotPublic, snapshot({ restoreAccounts: ['all'] }))).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('"all"') });
  });

  it('fails a snapshot shared with an untrusted account at HIGH, and passes it once that account is trusted', () => {
    // Act
    const untrusted = judge(snapshotNotPublic, snapshot({ restoreAccounts: ['999988887777'] }));
    const trusted = judge(snapshotNotPublic, snapshot({ restoreAccounts: ['999988887777'] }), [], {}, { trustedAccounts: ['999988887777'] });
    // Assess
    expect(untrusted).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('999988887777') });
    expect(trusted.status).toBe('PASS');
  });

  it('is not applicable to automated snapshots, which cannot be shared', () => {
    expect(judge(snapshotNotPublic, snapshot({ snapshotType: 'automated', restoreAccounts: undefined })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the restore attribute could not be read', () => {
    // Act
    const verdict = judge(snapshotNotPublic, snapshot({ restoreAccounts: undefined, unknown: { restoreAccounts: 'rds:DescribeDBClusterSnapshotAttributes failed: AccessDenied' } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeDBClusterSnapshotAttributes') });
  });
});
