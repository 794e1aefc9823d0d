import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/security_configuration.bookmarks_kms.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { catalog, glueScope, job, securityConfiguration } from './builders.js';

describe('glue.security_configuration.bookmarks_kms', () => {
  it('passes CSE-KMS bookmarks', () => {
    expect(judge(check, securityConfiguration(), [job()]).status).toBe('PASS');
  });

  it('fails DISABLED bookmarks for orange users; green passes', () => {
    const off = securityConfiguration({ jobBookmarks: { mode: 'DISABLED' } });
    const verdict = judge(check, off, [job()]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('JobBookmarksEncryptionMode is DISABLED');
    expect(judge(check, off, [job({ tags: { data_classification: 'green' } })]).status).toBe('PASS');
  });

  it('is not applicable to an unused configuration in a region without tables or jobs', () => {
    expect(judge(check, securityConfiguration({ jobBookmarks: { mode: 'DISABLED' }, usedBy: [] }), [catalog({ tableCount: 0 })], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the configuration could not be read', () => {
    expect(judge(check, securityConfiguration({ jobBookmarks: undefined })).status).toBe('NOT_EVALUATED');
    expect(judge(check, securityConfiguration(), [], { errors: [collectionError('glue:GetSecurityConfigurations')] }).status).toBe('NOT_EVALUATED');
  });
});
