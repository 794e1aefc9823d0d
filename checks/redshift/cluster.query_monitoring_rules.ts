import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.query_monitoring_rules',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters', 'redshift:DescribeClusterParameters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Redshift cluster workload management has query monitoring rules',
  description:
    'Query monitoring rules in wlm_json_configuration log, hop or abort queries that cross limits (rows scanned, CPU, runtime), which both ' +
    'detects bulk extraction and bounds its cost.',
  severity: 'LOW',
  remediation: {
    text: 'Add at least one rule (e.g. log queries scanning over a billion rows) to wlm_json_configuration in the cluster parameter group.',
    url: 'https://docs.aws.amazon.com/redshift/latest/dg/cm-c-wlm-query-monitoring-rules.html',
  },
  evaluate(cluster, ctx) {
    if (cluster.queryMonitoringRules === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'queryMonitoringRules'));
    const group = cluster.parameterGroupName ?? '(unknown)';
    return cluster.queryMonitoringRules.length > 0
      ? pass(`wlm_json_configuration in ${group} has rules ${cluster.queryMonitoringRules.join(', ')}`)
      : fail(`wlm_json_configuration in ${group} has no query monitoring rule`);
  },
});
