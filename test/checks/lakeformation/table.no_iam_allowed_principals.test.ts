import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/table.no_iam_allowed_principals.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from '../glue/builders.js';

const iam = { principal: 'IAM_ALLOWED_PRINCIPALS', permissions: ['ALL'] };

describe('lakeformation.table.no_iam_allowed_principals', () => {
  it('passes a table governed by Lake Formation grants only', () => {
    expect(judge(check, table()).status).toBe('PASS');
  });

  it('fails a red table open to IAM_ALLOWED_PRINCIPALS at HIGH, orange at MEDIUM', () => {
    const red = judge(check, table({ lfTags: { data_classification: 'red' }, lfGrants: [{ ...iam, on: 'table' }] }));
    expect(red).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(red.reason).toContain('ALL on the table');
    const orange = judge(check, table({ lfGrants: [{ ...iam, on: 'table-wildcard' }] }));
    expect(orange).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(orange.reason).toContain('all tables of sales');
  });

  it('accepts IAM governance for green data', () => {
    expect(judge(check, table({ lfTags: { data_classification: 'green' }, lfGrants: [{ ...iam, on: 'table' }] })).status).toBe('PASS');
  });

  it('is not applicable to a resource link', () => {
    expect(judge(check, table({ targetTable: '444455556666:shared.orders' })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when grants could not be listed', () => {
    expect(judge(check, table(), [], { errors: [collectionError('lakeformation:ListPermissions')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, table({ lfGrants: undefined, unknown: { lfGrants: 'lakeformation:ListPermissions failed' } })).reason).toContain('ListPermissions');
  });
});
