import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/table.cell_filters.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from '../glue/builders.js';

const pii = { lfTags: { data_classification: 'orange', pii: 'high' }, columnLfTags: { email: { pii: 'high' } } };

describe('lakeformation.table.cell_filters', () => {
  it('passes a pii=high table with a filter restricting rows or columns', () => {
    expect(judge(check, table({ ...pii, cellFilters: [{ name: 'eu-only', rowFilter: "country = 'IE'" }] })).status).toBe('PASS');
    expect(judge(check, table({ ...pii, cellFilters: [{ name: 'no-email', allRows: true, excludedColumns: ['email'] }] })).status).toBe('PASS');
  });

  it('fails a pii=high table without a filter, or with filters that select everything', () => {
    const none = judge(check, table({ ...pii, cellFilters: [] }));
    expect(none).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(none.reason).toContain('pii=high columns: email');
    expect(judge(check, table({ ...pii, cellFilters: [{ name: 'all', allRows: true, excludedColumns: [] }] })).reason).toContain('select all rows and all columns');
  });

  it('is not applicable to tables without high-sensitivity PII', () => {
    expect(judge(check, table({ lfTags: { pii: 'low' } })).status).toBe('NOT_APPLICABLE');
    expect(judge(check, table({ targetTable: '444455556666:shared.customers' })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when filters or LF-tags could not be read', () => {
    expect(judge(check, table({ ...pii }), [], { errors: [collectionError('lakeformation:ListDataCellsFilter')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, table({ lfTags: undefined })).status).toBe('NOT_EVALUATED');
    expect(judge(check, table({ ...pii, cellFilters: undefined })).status).toBe('NOT_EVALUATED');
  });
});
