import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/security_configuration.s3_kms.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { catalog, CMK_ARN, glueScope, job, kmsKey, securityConfiguration } from './builders.js';

const sseS3 = securityConfiguration({ s3: [{ mode: 'SSE-S3' }] });

describe('glue.security_configuration.s3_kms', () => {
  it('passes SSE-KMS with a customer managed key', () => {
    expect(judge(check, securityConfiguration(), [job(), kmsKey()]).status).toBe('PASS');
  });

  it('fails SSE-S3 for a configuration protecting orange data, and CRITICAL for red', () => {
    expect(judge(check, sseS3, [job()])).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    const red = judge(check, sseS3, [job({ tags: { data_classification: 'red' } })]);
    expect(red).toMatchObject({ status: 'FAIL', severity: 'CRITICAL' });
    expect(red.reason).toContain('protects red data (job orders-daily)');
  });

  it('accepts SSE-S3 when every user processes green data', () => {
    expect(judge(check, sseS3, [job({ tags: { data_classification: 'green' } })]).status).toBe('PASS');
  });

  it('judges an unused configuration at the default tier', () => {
    const verdict = judge(check, securityConfiguration({ s3: [], usedBy: [] }));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('used by no job or crawler');
  });

  it('is not applicable to an unused configuration in a region without tables or jobs', () => {
    expect(judge(check, securityConfiguration({ s3: [], usedBy: [] }), [catalog({ tableCount: 0 })], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the key could not be described', () => {
    expect(judge(check, securityConfiguration(), [job()], { errors: [collectionError('kms:DescribeKey', { resourceArn: CMK_ARN })] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, securityConfiguration({ s3: undefined })).status).toBe('NOT_EVALUATED');
  });
});
