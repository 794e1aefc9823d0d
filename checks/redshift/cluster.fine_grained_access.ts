import { defineCheck, notEvaluated } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.fine_grained_access',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'access',
  pillar: 'identity',
  title: 'Redshift cluster protects sensitive data with row-level security, masking and column grants',
  description:
    'Row-level security policies, dynamic data masking and column-level grants live in the database catalog, not in the control plane. ' +
    'Judging them needs SQL through the Redshift Data API (system views such as svv_rls_policy and svv_attached_masking_policy).',
  severity: 'MEDIUM',
  remediation: {
    text: 'Review RLS policies, masking policies and column grants on sensitive tables (svv_rls_policy, svv_attached_masking_policy, svv_column_privileges).',
    url: 'https://docs.aws.amazon.com/redshift/latest/dg/t_rls.html',
  },
  evaluate(cluster, ctx) {
    const why = 'RLS, masking and column grants can only be read with SQL through the Redshift Data API';
    return ctx.settings.deepSql
      ? notEvaluated(`${why}; deep SQL mode is on, but this scan has no Data API reader for cluster ${cluster.clusterIdentifier}`)
      : notEvaluated(`${why}; deep SQL mode is off`);
  },
});
