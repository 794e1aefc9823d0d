import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { engineFamily } from '../../src/inventory/rds.js';

/** Log types each engine must publish to CloudWatch Logs. */
const REQUIRED = { postgresql: ['postgresql'], mysql: ['audit', 'error'] } as const;

export default defineCheck({
  id: 'rds.cluster.logs_exported',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora cluster publishes its database logs to CloudWatch Logs',
  description:
    'Database logs kept only on the instances are lost with them and cannot be searched, alarmed on or retained centrally. Aurora PostgreSQL ' +
    'must export postgresql (which carries pgaudit records); Aurora MySQL must export audit and error.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.34', 'FSBP RDS.37'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' (MySQL: ["audit","error","general","slowquery"])',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html',
  },
  evaluate(cluster, ctx) {
    const family = engineFamily(cluster.engine);
    if (!family) return notApplicable(`engine ${cluster.engine} is not Aurora PostgreSQL or MySQL`);
    if (!cluster.logExports) return notEvaluated(ctx.whyUnknown(cluster, 'logExports'));
    const missing = REQUIRED[family].filter((t) => !cluster.logExports!.includes(t));
    const listed = `EnabledCloudwatchLogsExports [${cluster.logExports.join(', ')}]`;
    if (missing.length > 0) return fail(`${listed} lacks ${missing.join(', ')}`);
    return pass(`${listed} includes ${REQUIRED[family].join(', ')}`);
  },
});
