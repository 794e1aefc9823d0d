import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** The log types each engine must publish to CloudWatch Logs. */
const REQUIRED_EXPORTS = {
  'aurora-postgresql': ['postgresql'],
  'aurora-mysql': ['audit', 'error', 'general', 'slowquery'],
} as const;

export default defineCheck({
  id: 'rds.cluster.logs_exported',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora cluster publishes its database logs to CloudWatch Logs',
  description:
    'Database logs kept only on the instances are lost with them and cannot be searched, alarmed on or retained centrally. Aurora PostgreSQL ' +
    'must export the postgresql log (which carries pgaudit records); Aurora MySQL the audit, error, general and slow query logs.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.34', 'FSBP RDS.37'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --cloudwatch-logs-export-configuration EnableLogTypes=...',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html',
  },
  evaluate(cluster, ctx) {
    const exported = cluster.enabledCloudwatchLogsExports;
    if (exported === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'enabledCloudwatchLogsExports'));
    const required: readonly string[] = REQUIRED_EXPORTS[cluster.engine];
    const missing = required.filter((log) => !exported.includes(log));
    const shown = exported.length > 0 ? exported.join(', ') : 'none';
    if (missing.length > 0) return fail(`EnabledCloudwatchLogsExports is ${shown}; ${cluster.engine} must also export ${missing.join(', ')}`);
    return pass(`EnabledCloudwatchLogsExports includes ${required.join(', ')}`);
  },
});
