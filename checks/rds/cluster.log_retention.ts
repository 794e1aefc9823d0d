import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.log_retention',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'logs:DescribeLogGroups'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora cluster log groups keep logs for the required retention',
  description:
    'Exported database logs land in /aws/rds/cluster/<cluster>/<log type>. They must be kept at least the configured number of days ' +
    '(minLogRetentionDays) so audit trails are there when an investigation needs them.',
  severity: 'LOW',
  remediation: {
    text: 'aws logs put-retention-policy --log-group-name /aws/rds/cluster/ID/LOGTYPE --retention-in-days DAYS',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  evaluate(cluster, ctx) {
    const exported = cluster.enabledCloudwatchLogsExports;
    if (exported === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'enabledCloudwatchLogsExports'));
    if (exported.length === 0) return notApplicable('EnabledCloudwatchLogsExports is empty: no log group to retain (see rds.cluster.logs_exported)');
    if (!ctx.scope('logs', cluster.region)) return notEvaluated(`CloudWatch Logs log groups were not collected in ${cluster.region} (logs:DescribeLogGroups)`);
    const min = ctx.settings.minLogRetentionDays;
    const prefix = `/aws/rds/cluster/${cluster.dbClusterIdentifier}/`;
    const groups = new Map(ctx.resources('logs.log_group', cluster.region).filter((g) => g.logGroupName.startsWith(prefix)).map((g) => [g.logGroupName, g]));
    const short: string[] = [];
    const unknown: string[] = [];
    const kept: string[] = [];
    for (const log of [...exported].sort()) {
      const name = `${prefix}${log}`;
      const group = groups.get(name);
      if (!group) unknown.push(`${name} was not found`);
      else if (group.retentionInDays === undefined) unknown.push(ctx.whyUnknown(group, 'retentionInDays'));
      else if (group.retentionInDays === null) kept.push(`${name} never expires`);
      else if (group.retentionInDays < min) short.push(`${name} keeps ${group.retentionInDays} days`);
      else kept.push(`${name} keeps ${group.retentionInDays} days`);
    }
    if (short.length > 0) return fail(`${short.join('; ')}, less than the required ${min} days`, { evidence: { minLogRetentionDays: min } });
    if (unknown.length > 0) return notEvaluated(`${unknown.join('; ')} (the group is created on the first export)`);
    return pass(`${kept.join('; ')} (required ${min} days)`);
  },
});
