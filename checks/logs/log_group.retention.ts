import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'logs.log_group.retention',
  resource: 'logs.log_group',
  uses: ['logs:DescribeLogGroups'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Data-service log group keeps logs for the required period',
  description:
    'Audit, query and job logs of the data services are the evidence an investigation needs. They must be kept at least the configured minimum (minLogRetentionDays, one year by default).',
  severity: 'LOW',
  standards: ['Security Hub CloudWatch.16'],
  remediation: {
    text: 'aws logs put-retention-policy --log-group-name NAME --retention-in-days 365 (or more)',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  evaluate(group, ctx) {
    const min = ctx.settings.minLogRetentionDays;
    if (group.retentionInDays === undefined) return notEvaluated(ctx.whyUnknown(group, 'retentionInDays'));
    if (group.retentionInDays === null) return pass('retentionInDays is not set: the log group never expires');
    return group.retentionInDays >= min
      ? pass(`retentionInDays is ${group.retentionInDays}, at least the required ${min}`)
      : fail(`retentionInDays is ${group.retentionInDays}, below the required ${min}`, { evidence: { retentionInDays: group.retentionInDays, minLogRetentionDays: min } });
  },
});
