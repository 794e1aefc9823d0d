import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.security_configuration.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { job, securityConfiguration } from './builders.js';

describe('glue.job.security_configuration', () => {
  it('passes a job with an existing security configuration', () => {
    const verdict = judge(check, job(), [securityConfiguration()]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('S3 SSE-KMS, CloudWatch SSE-KMS, bookmarks CSE-KMS');
  });

  it('fails a job without one, or naming one that does not exist', () => {
    expect(judge(check, job({ securityConfiguration: null }))).toMatchObject({ status: 'FAIL', reason: 'SecurityConfiguration is not set' });
    expect(judge(check, job({ securityConfiguration: 'deleted-config' })).reason).toContain('does not exist');
  });

  it('is not evaluated when security configurations could not be listed', () => {
    expect(judge(check, job(), [], { errors: [collectionError('glue:GetSecurityConfigurations')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, job({ securityConfiguration: undefined })).status).toBe('NOT_EVALUATED');
  });
});
