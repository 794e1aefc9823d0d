import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster_snapshot.encrypted.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { CMK, snapshot } from './builders.js';

describe('rds.cluster_snapshot.encrypted', () => {
  it('passes an encrypted snapshot', () => {
    expect(judge(check, snapshot())).toMatchObject({ status: 'PASS', reason: `StorageEncrypted is true (KmsKeyId ${CMK})` });
  });

  it('fails an unencrypted snapshot', () => {
    // Act
    const verdict = judge(check, snapshot({ storageEncrypted: false, kmsKeyId: undefined, kmsKeyRefs: undefined }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: 'StorageEncrypted is false on manual snapshot orders-prod-before-v16 of cluster orders-prod' });
  });

  it('is not evaluated when the snapshot listing failed', () => {
    expect(judge(check, snapshot(), [], { errors: [collectionError('rds:DescribeDBClusterSnapshots')] }).status).toBe('NOT_EVALUATED');
  });

  it('is not evaluated when StorageEncrypted was not reported', () => {
    expect(judge(check, snapshot({ storageEncrypted: undefined })).status).toBe('NOT_EVALUATED');
  });
});
