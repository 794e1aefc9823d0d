import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/security_configuration.cloudwatch_kms.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { catalog, glueScope, job, securityConfiguration } from './builders.js';

describe('glue.security_configuration.cloudwatch_kms', () => {
  it('passes CloudWatch SSE-KMS', () => {
    expect(judge(check, securityConfiguration(), [job()]).status).toBe('PASS');
  });

  it('fails DISABLED for orange users and raises it for red ones; green passes', () => {
    const off = securityConfiguration({ cloudWatch: { mode: 'DISABLED' } });
    expect(judge(check, off, [job()])).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(judge(check, off, [job({ tags: { data_classification: 'red' } })]).severity).toBe('HIGH');
    expect(judge(check, off, [job({ tags: { data_classification: 'green' } })]).status).toBe('PASS');
  });

  it('is not applicable to an unused configuration in a region without tables or jobs', () => {
    expect(judge(check, securityConfiguration({ cloudWatch: { mode: 'DISABLED' }, usedBy: [] }), [catalog({ tableCount: 0 })], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the configuration could not be read', () => {
    expect(judge(check, securityConfiguration({ cloudWatch: undefined })).status).toBe('NOT_EVALUATED');
    expect(judge(check, securityConfiguration(), [], { errors: [collectionError('glue:GetSecurityConfigurations')] }).status).toBe('NOT_EVALUATED');
  });
});
