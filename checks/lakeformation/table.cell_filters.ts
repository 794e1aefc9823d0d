import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'lakeformation.table.cell_filters',
  resource: 'glue.table',
  uses: ['glue:GetTables', 'lakeformation:ListDataCellsFilter', 'lakeformation:GetResourceLFTags'],
  control: 'access',
  pillar: 'identity',
  title: 'Table with high-sensitivity PII has a row or cell filter',
  description:
    'A pii=high table should be shared through data-cell filters that hide rows or columns (row filter expressions, column lists or excluded columns), so consumers see only what they need. ' +
    'Partial control: the scan sees that a restricting filter exists, not that every grant uses it.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws lakeformation create-data-cells-filter --table-data TableCatalogId=ACCOUNT,DatabaseName=DB,TableName=TABLE,Name=NAME,RowFilter={FilterExpression=...},ColumnWildcard={ExcludedColumnNames=[...]}, then grant SELECT on the filter instead of the table.',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/data-filters-about.html',
  },
  evaluate(table, ctx) {
    if (table.targetTable) return notApplicable(`resource link to ${table.targetTable}: filters are defined on the target table`);
    if (!table.lfTags) return notEvaluated(`whether the table holds PII is unknown: ${ctx.whyUnknown(table, 'lfTags')}`);
    if (table.classification.pii !== 'high') return notApplicable(`the table is not pii=high (pii=${table.classification.pii ?? 'not tagged'})`);
    if (!table.cellFilters) return notEvaluated(ctx.whyUnknown(table, 'cellFilters'));
    const restricting = table.cellFilters.filter((f) => (f.rowFilter !== undefined && f.rowFilter.trim().toLowerCase() !== 'true') || (f.columns?.length ?? 0) > 0 || (f.excludedColumns?.length ?? 0) > 0);
    const piiColumns = Object.entries(table.columnLfTags ?? {}).filter(([, tags]) => Object.entries(tags).some(([k, v]) => k.toLowerCase() === 'pii' && v.toLowerCase() === 'high')).map(([c]) => c);
    const columns = piiColumns.length ? ` (pii=high columns: ${piiColumns.join(', ')})` : '';
    if (restricting.length > 0) return pass(`data-cell filters ${restricting.map((f) => f.name).join(', ')} restrict rows or columns${columns}`, { filters: restricting.length });
    if (table.cellFilters.length > 0) return fail(`data-cell filters ${table.cellFilters.map((f) => f.name).join(', ')} select all rows and all columns${columns}`);
    return fail(`no data-cell filter is defined on the pii=high table${columns}`);
  },
});
