import { describe, expect, it } from 'vitest';
import encryptedCmk from '../../../checks/redshift/cluster.encrypted_cmk.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { AWS_MANAGED_KEY, CMK, cluster, keys } from './builders.js';

describe('redshift.cluster.encrypted_cmk', () => {
  it('passes a cluster encrypted with a customer managed key', () => {
    expect(judge(encryptedCmk, cluster(), keys())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('KeyManager=CUSTOMER') });
  });

  it('fails orange data under the AWS managed key', () => {
    // Act
    const verdict = judge(encryptedCmk, cluster({ kmsKeyId: AWS_MANAGED_KEY, kmsKeyRefs: [AWS_MANAGED_KEY] }), keys());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('AWS managed key (KeyManager=AWS); orange data') });
  });

  it('passes green data under the AWS managed key', () => {
    expect(judge(encryptedCmk, cluster({ kmsKeyId: AWS_MANAGED_KEY, kmsKeyRefs: [AWS_MANAGED_KEY], tags: { data_classification: 'green' } }), keys()).status).toBe('PASS');
  });

  it('fails red data under the AWS owned key at CRITICAL', () => {
    // Act
    const verdict = judge(encryptedCmk, cluster({ kmsKeyId: undefined, kmsKeyRefs: undefined, tags: { data_classification: 'red' } }), keys());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('AWS owned key; red data') });
  });

  it('fails an unencrypted cluster whatever its tier', () => {
    expect(judge(encryptedCmk, cluster({ encrypted: false, kmsKeyId: undefined, kmsKeyRefs: undefined, tags: { data_classification: 'green' } })).status).toBe('FAIL');
  });

  it('is not evaluated when the key could not be described', () => {
    // Act
    const verdict = judge(encryptedCmk, cluster(), [], { errors: [collectionError('kms:DescribeKey', { resourceArn: CMK })] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('kms:DescribeKey') });
  });

  it('is not evaluated when the key is simply missing from the inventory', () => {
    expect(judge(encryptedCmk, cluster(), []).status).toBe('NOT_EVALUATED');
  });
});
