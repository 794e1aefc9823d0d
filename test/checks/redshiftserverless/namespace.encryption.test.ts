import { describe, expect, it } from 'vitest';
import encryptedCmk from '../../../checks/redshiftserverless/namespace.encrypted_cmk.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { AWS_MANAGED_KEY, CMK, keys, namespace } from '../redshift/builders.js';

describe('redshiftserverless.namespace.encrypted_cmk', () => {
  it('passes with a customer managed key', () => {
    expect(judge(encryptedCmk, namespace(), keys()).status).toBe('PASS');
  });

  it('fails red data under the AWS owned key at CRITICAL', () => {
    // Act
    const verdict = judge(encryptedCmk, namespace({ kmsKeyId: 'AWS_OWNED_KMS_KEY', kmsKeyRefs: undefined, tags: { data_classification: 'red' } }), keys());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('AWS_OWNED_KMS_KEY') });
  });

  it('passes green data under the AWS owned key', () => {
    expect(judge(encryptedCmk, namespace({ kmsKeyId: 'AWS_OWNED_KMS_KEY', kmsKeyRefs: undefined, tags: { data_classification: 'green' } })).status).toBe('PASS');
  });

  it('fails orange data under an AWS managed key', () => {
    expect(judge(encryptedCmk, namespace({ kmsKeyId: AWS_MANAGED_KEY, kmsKeyRefs: [AWS_MANAGED_KEY] }), keys()).status).toBe('FAIL');
  });

  it('is not evaluated when the key could not be described', () => {
    expect(judge(encryptedCmk, namespace(), [], { errors: [collectionError('kms:DescribeKey', { resourceArn: CMK })] }).status).toBe('NOT_EVALUATED');
  });
});
