import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.encrypted_cmk.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { AWS_RDS_KEY, cluster, CMK, keys } from './builders.js';

describe('rds.cluster.encrypted_cmk', () => {
  it('passes a cluster encrypted with a customer managed key', () => {
    expect(judge(check, cluster(), keys())).toMatchObject({ status: 'PASS', reason: `KmsKeyId ${CMK} is a customer managed key (KeyManager=CUSTOMER)` });
  });

  it('fails orange data under the AWS managed aws/rds key, which RDS.27 would pass', () => {
    // Act
    const verdict = judge(check, cluster({ kmsKeyId: AWS_RDS_KEY, kmsKeyRefs: [AWS_RDS_KEY] }), keys());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('AWS managed key (KeyManager=AWS); orange data requires a customer managed key') });
  });

  it('passes green data under aws/rds', () => {
    expect(judge(check, cluster({ kmsKeyId: AWS_RDS_KEY, kmsKeyRefs: [AWS_RDS_KEY], tags: { data_classification: 'green' } }), keys()).status).toBe('PASS');
  });

  it('fails an unencrypted cluster, raised for red data', () => {
    // Act
    const verdict = judge(check, cluster({ storageEncrypted: false, kmsKeyId: undefined, kmsKeyRefs: undefined, tags: { data_classification: 'red' } }), keys());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: 'StorageEncrypted is false: the cluster data is not encrypted at rest' });
  });

  it('is not evaluated when the key could not be described', () => {
    // Prepare
    const errors = [collectionError('kms:DescribeKey', { resourceArn: CMK })];
    // Act
    const verdict = judge(check, cluster(), [], { errors });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('kms:DescribeKey failed for key') });
  });
});
