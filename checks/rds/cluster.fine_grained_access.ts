import { defineCheck, notEvaluated } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.fine_grained_access',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'access',
  pillar: 'identity',
  title: 'Aurora data is protected by least-privilege GRANTs and row-level security',
  description:
    'Who may read which tables, columns and rows is decided inside the database (GRANTs, roles, PostgreSQL row-level security policies). ' +
    'None of it is visible through the AWS control plane; it needs a SQL connection.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Review GRANTs and RLS policies with SQL (e.g. \\dp and pg_policies in PostgreSQL, SHOW GRANTS in MySQL); grant data access to roles, not the master user',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.PostgreSQL.Security.html',
  },
  evaluate(cluster, ctx) {
    const how = ctx.settings.deepSql ? 'deep SQL mode has no Aurora connection support yet' : 'deep SQL mode is off';
    return notEvaluated(`GRANTs and row-level security of ${cluster.engine} can only be read with SQL access to the database; ${how}`);
  },
});
