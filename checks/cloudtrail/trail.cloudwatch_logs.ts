import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'cloudtrail.trail.cloudwatch_logs',
  resource: 'cloudtrail.trail',
  uses: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'CloudTrail trail delivers to CloudWatch Logs',
  description: 'Delivering trail events to CloudWatch Logs lets metric filters and alarms detect risky activity on the data platform in near real time, instead of only in later analysis of S3 files.',
  severity: 'LOW',
  standards: ['FSBP CloudTrail.5', 'CIS AWS Foundations 3.4'],
  remediation: {
    text: 'aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  },
  evaluate(trail, ctx) {
    if (trail.cloudWatchLogsLogGroupArn === undefined) return notEvaluated(ctx.whyUnknown(trail, 'cloudWatchLogsLogGroupArn'));
    if (!trail.cloudWatchLogsLogGroupArn) return fail('CloudWatchLogsLogGroupArn is not set');
    if (trail.latestCloudWatchLogsDeliveryError) return fail(`CloudWatchLogsLogGroupArn is ${trail.cloudWatchLogsLogGroupArn} but delivery fails: ${trail.latestCloudWatchLogsDeliveryError}`);
    return pass(`CloudWatchLogsLogGroupArn is ${trail.cloudWatchLogsLogGroupArn}${trail.latestCloudWatchLogsDeliveryTime ? `, last delivery ${trail.latestCloudWatchLogsDeliveryTime}` : ''}`);
  },
});
