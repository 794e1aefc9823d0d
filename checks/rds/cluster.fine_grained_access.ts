import { defineCheck, notEvaluated } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.fine_grained_access',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'access',
  pillar: 'identity',
  title: 'Aurora cluster restricts sensitive data with GRANTs and row-level security',
  description:
    'Table, column and row permissions (GRANTs, PostgreSQL row-level security policies, MySQL column privileges) live in the database ' +
    'catalog, not in the control plane: judging them needs SQL access to the database.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Review grants and RLS policies on sensitive tables (information_schema.role_table_grants, pg_policies; mysql.columns_priv).',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
  },
  evaluate(cluster, ctx) {
    const why = 'GRANTs and row-level security can only be read with SQL access to the database';
    return ctx.settings.deepSql
      ? notEvaluated(`${why}; deep SQL mode is on, but this scan has no SQL reader for Aurora cluster ${cluster.dbClusterIdentifier}`)
      : notEvaluated(`${why}; deep SQL mode is off`);
  },
});
