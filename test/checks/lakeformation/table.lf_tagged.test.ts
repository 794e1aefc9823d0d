import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/table.lf_tagged.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { settings, table } from '../glue/builders.js';

describe('lakeformation.table.lf_tagged', () => {
  it('passes a table classified by an LF-tag, or by a PII LF-tag alone', () => {
    expect(judge(check, table()).reason).toContain('lf-tag:data_classification=orange');
    expect(judge(check, table({ lfTags: { pii: 'high' } })).status).toBe('PASS');
  });

  it('fails a table without a classification LF-tag, judged at the default tier', () => {
    const verdict = judge(check, table({ lfTags: { domain: 'sales' } }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(verdict.reason).toContain('it carries domain; it is judged orange by default');
  });

  it('says when the account has not even defined a classification LF-tag key', () => {
    expect(judge(check, table({ lfTags: {} }), [settings({ lfTagKeys: { domain: ['sales'] } })]).reason).toContain('defines no classification LF-tag key yet');
  });

  it('fails a classification LF-tag with an unknown value', () => {
    expect(judge(check, table({ lfTags: { data_classification: 'secret-ish' } })).reason).toContain('not a known classification');
  });

  it('is not applicable to a resource link', () => {
    expect(judge(check, table({ targetTable: '444455556666:shared.orders', lfTags: undefined })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the table LF-tags could not be read', () => {
    expect(judge(check, table({ lfTags: undefined, unknown: { lfTags: 'lakeformation:GetResourceLFTags failed' } })).status).toBe('NOT_EVALUATED');
    const t = table();
    expect(judge(check, t, [], { errors: [collectionError('lakeformation:GetResourceLFTags', { resourceArn: t.arn })] }).status).toBe('NOT_EVALUATED');
  });
});
