import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.encrypted_cmk.js';
import { ACCOUNT, collectionError, judge, REGION } from '../../builders/inventory.js';
import { CMK_ARN, kmsKey, table } from './builders.js';

const AWS_MANAGED_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d`;
const onAwsManagedKey = { encryption: { type: 'KMS' as const, status: 'ENABLED', kmsKeyArn: AWS_MANAGED_ARN }, kmsKeyRefs: [AWS_MANAGED_ARN] };
const awsManagedKey = () => kmsKey({ arn: AWS_MANAGED_ARN, keyManager: 'AWS', aliases: ['alias/aws/dynamodb'] });

describe('dynamodb.table.encrypted_cmk', () => {
  it('passes red data on a customer managed key', () => {
    const verdict = judge(check, table({ tags: { data_classification: 'red' } }), [kmsKey()]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('KeyManager=CUSTOMER');
  });

  it('fails orange data on the AWS owned key', () => {
    const verdict = judge(check, table({ encryption: { type: 'AWS_OWNED' }, kmsKeyRefs: undefined }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('AWS owned key');
  });

  it('fails red data on the AWS managed key, raised to CRITICAL', () => {
    const verdict = judge(check, table({ ...onAwsManagedKey, tags: { data_classification: 'red' } }), [awsManagedKey()]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL' });
    expect(verdict.reason).toContain('KeyManager=AWS');
  });

  it('passes green data on the AWS owned or AWS managed key', () => {
    expect(judge(check, table({ encryption: { type: 'AWS_OWNED' }, kmsKeyRefs: undefined, tags: { data_classification: 'green' } })).status).toBe('PASS');
    expect(judge(check, table({ ...onAwsManagedKey, tags: { data_classification: 'green' } }), [awsManagedKey()]).status).toBe('PASS');
  });

  it('judges untagged tables as the default (orange) tier', () => {
    const verdict = judge(check, table({ ...onAwsManagedKey, tags: {} }), [awsManagedKey()]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('orange data');
  });

  it('is not evaluated when the key could not be described (cross-account key)', () => {
    const foreign = 'arn:aws:kms:eu-west-1:444455556666:key/1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b';
    const verdict = judge(check, table({ encryption: { type: 'KMS', kmsKeyArn: foreign }, kmsKeyRefs: [foreign] }), [], {
      errors: [collectionError('kms:DescribeKey', { resourceArn: foreign })],
    });
    expect(verdict.status).toBe('NOT_EVALUATED');
  });

  it('is not evaluated when the encryption settings are unknown', () => {
    const verdict = judge(check, table({ encryption: undefined, unknown: { encryption: 'dynamodb:DescribeTable failed: AccessDeniedException: denied' } }));
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('DescribeTable');
  });

  it('reports the key ARN as evidence when it passes', () => {
    expect(judge(check, table(), [kmsKey()]).evidence).toMatchObject({ kmsKeyArn: CMK_ARN });
  });
});
