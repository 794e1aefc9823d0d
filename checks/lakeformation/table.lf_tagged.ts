import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';

/** Keys read as classification (the defaults; a custom classification config adds its keys through the resolved classification source). */
const KEYS = [...DEFAULT_CLASSIFICATION.tierKeys, ...DEFAULT_CLASSIFICATION.piiKeys].map((k) => k.toLowerCase());

export default defineCheck({
  id: 'lakeformation.table.lf_tagged',
  resource: 'glue.table',
  uses: ['glue:GetTables', 'lakeformation:GetResourceLFTags'],
  control: 'access',
  pillar: 'classification',
  title: 'Catalog table carries a classification LF-tag',
  description:
    'LF-tags on the table (or inherited from its database, or on its columns) are how the lake knows a table’s sensitivity and how LF-tag-based grants reach it. ' +
    'A table without a classification or PII LF-tag is treated as the default tier (orange) and escapes tag-based access policies written for its real sensitivity.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws lakeformation add-lf-tags-to-resource --resource Table={DatabaseName=DB,Name=TABLE} --lf-tags TagKey=data_classification,TagValues=red (or tag the database so its tables inherit it).',
    url: 'https://docs.aws.amazon.com/lake-formation/latest/dg/TBAC-assigning-tags.html',
  },
  evaluate(table, ctx) {
    if (table.targetTable) return notApplicable(`resource link to ${table.targetTable}: the target table carries the tags`);
    if (!table.lfTags) return notEvaluated(ctx.whyUnknown(table, 'lfTags'));
    const source = table.classification.source;
    if (source.startsWith('lf-tag:') || source.includes('lf-tag:')) return pass(`classified by ${source}`, { tier: table.classification.effectiveTier });
    const pii = Object.entries(table.lfTags).find(([k]) => KEYS.includes(k.toLowerCase()));
    if (pii && table.classification.pii) return pass(`LF-tag ${pii[0]}=${pii[1]} gives pii=${table.classification.pii}`, { tier: table.classification.effectiveTier });
    const present = Object.keys(table.lfTags);
    const unrecognized = present.filter((k) => KEYS.includes(k.toLowerCase()));
    if (unrecognized.length > 0) return fail(`LF-tag ${unrecognized.map((k) => `${k}=${table.lfTags![k]}`).join(', ')} has a value that is not a known classification; the table is judged ${table.classification.effectiveTier} by default`);
    const ontology = ctx.resources('lakeformation.settings', table.region)[0]?.lfTagKeys;
    const undefinedKeys = ontology && !Object.keys(ontology).some((k) => KEYS.includes(k.toLowerCase())) ? '; the account defines no classification LF-tag key yet (ListLFTags)' : '';
    return fail(`no classification LF-tag (${KEYS.join(', ')}) on the table, its database or its columns${present.length ? `; it carries ${present.join(', ')}` : ''}; it is judged ${table.classification.effectiveTier} by default${undefinedKeys}`);
  },
});
