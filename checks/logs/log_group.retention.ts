import { minimumCheck } from '../../src/engine/check-factories.js';

export default minimumCheck({
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
  field: 'retentionInDays',
  apiField: 'retentionInDays',
  minimum: 'minLogRetentionDays',
  sentinel: { value: null, passes: true, means: 'the log group never expires' },
  evidence: { fail: (_group, days, min) => ({ retentionInDays: days, minLogRetentionDays: min }) },
});
