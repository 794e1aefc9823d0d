import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/crawler.security_configuration.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { crawler, securityConfiguration } from './builders.js';

describe('glue.crawler.security_configuration', () => {
  it('passes a crawler with an existing security configuration', () => {
    expect(judge(check, crawler(), [securityConfiguration()]).status).toBe('PASS');
  });

  it('fails a crawler without one, or naming one that does not exist', () => {
    expect(judge(check, crawler({ securityConfiguration: null })).status).toBe('FAIL');
    expect(judge(check, crawler()).reason).toContain('does not exist');
  });

  it('is not evaluated when the crawler or configurations could not be read', () => {
    expect(judge(check, crawler(), [], { errors: [collectionError('glue:GetSecurityConfigurations')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, crawler({ securityConfiguration: undefined })).status).toBe('NOT_EVALUATED');
  });
});
