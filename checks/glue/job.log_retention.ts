import { missingBecause } from '../../src/engine/glue.js';
import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import type { CheckContext } from '../../src/engine/context.js';
import type { GlueJob } from '../../src/inventory/glue.js';
import type { LogGroup } from '../../src/inventory/logs.js';
import { scopeEnumerated } from '../../src/inventory/types.js';

/**
 * The CloudWatch log groups a job writes to: the standard output/error groups of its job type, the
 * continuous-logging group (default or custom), and the per-configuration groups Glue uses when a security
 * configuration encrypts logs (`/aws-glue/jobs/<configuration>-role/<role>/…`, `/aws-glue/jobs/logs-v2-<configuration>`).
 */
function groupsOf(job: GlueJob, ctx: CheckContext): LogGroup[] {
  const groups = ctx.resources('logs.log_group', job.region);
  const names = new Set<string>();
  const prefixes: string[] = [];
  const python = job.commandName === 'pythonshell';
  const custom = job.arguments?.['--continuous-log-logGroup']?.value;
  if (custom) names.add(custom);
  const configuration = job.securityConfiguration ? ctx.resources('glue.security_configuration', job.region).find((c) => c.configurationName === job.securityConfiguration) : undefined;
  if (configuration?.cloudWatch?.mode === 'SSE-KMS') {
    const roleName = job.roleArn?.split('/').pop();
    prefixes.push(`/aws-glue/${python ? 'python-jobs' : 'jobs'}/${configuration.configurationName}-role/${roleName ? `${roleName}/` : ''}`);
    names.add(`/aws-glue/jobs/logs-v2-${configuration.configurationName}`);
  } else if (python) {
    names.add('/aws-glue/python-jobs/output').add('/aws-glue/python-jobs/error');
  } else if (job.commandName === 'glueray') {
    prefixes.push('/aws-glue/ray/');
  } else {
    names.add('/aws-glue/jobs/output').add('/aws-glue/jobs/error').add('/aws-glue/jobs/logs-v2');
  }
  return groups.filter((g) => names.has(g.logGroupName) || prefixes.some((p) => g.logGroupName.startsWith(p)));
}

export default defineCheck({
  id: 'glue.job.log_retention',
  resource: 'glue.job',
  uses: ['glue:GetJobs', 'glue:GetSecurityConfigurations', 'logs:DescribeLogGroups'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Glue job logs are kept for the required retention period',
  description:
    'The CloudWatch log groups a job writes to (output, error, continuous logs, or the per-security-configuration groups) must keep events at least the configured minimum retention ' +
    '(default 365 days) so a run can be investigated later. Groups that never expire meet the minimum.',
  severity: 'LOW',
  remediation: {
    text: 'aws logs put-retention-policy --log-group-name /aws-glue/jobs/output --retention-in-days 365 (and for the error, logs-v2 or custom groups).',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  evaluate(job, ctx) {
    if (job.commandName === undefined) return notEvaluated(ctx.whyUnknown(job, 'commandName'));
    const groups = groupsOf(job, ctx);
    const scope = ctx.scope('logs', job.region);
    if (groups.length === 0 && (!scope || !scopeEnumerated(scope.state))) return notEvaluated(missingBecause(ctx, 'logs', job.region, `CloudWatch Logs log groups of ${job.region} were not ${scope ? `fully listed (scope ${scope.state})` : 'collected'}`));
    if (groups.length === 0) return notApplicable('no log group the job writes to exists yet (the job has not run, or its groups were not collected under /aws-glue/)');
    const min = ctx.settings.minLogRetentionDays;
    const unknown = groups.filter((g) => g.retentionInDays === undefined);
    const short = groups.filter((g) => typeof g.retentionInDays === 'number' && g.retentionInDays < min);
    if (short.length > 0) {
      return fail(`retentionInDays below ${min}: ${short.map((g) => `${g.logGroupName} keeps ${g.retentionInDays} days`).join(', ')}`, { evidence: { logGroups: short.map((g) => g.logGroupName).join(', '), minimumDays: min } });
    }
    if (unknown.length > 0) return notEvaluated(`retention of ${unknown.map((g) => g.logGroupName).join(', ')} is unknown: ${ctx.whyUnknown(unknown[0]!, 'retentionInDays')}`);
    const described = groups.map((g) => `${g.logGroupName} ${g.retentionInDays === null ? 'never expires' : `keeps ${g.retentionInDays} days`}`);
    return pass(`every log group of the job meets ${min} days: ${described.join(', ')}`);
  },
});
