import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import type { CheckContext } from '../../src/engine/context.js';
import { scopeEnumerated } from '../../src/inventory/types.js';

export default defineCheck({
  id: 'rds.cluster.log_retention',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'logs:DescribeLogGroups'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora log groups keep their logs at least the configured minimum',
  description:
    'Exported database logs land in /aws/rds/cluster/<cluster>/<type>. A group kept shorter than the minimum (365 days by default) loses the ' +
    'audit trail an investigation needs; a group with no expiry is kept forever and passes.',
  severity: 'LOW',
  remediation: {
    text: 'aws logs put-retention-policy --log-group-name /aws/rds/cluster/ID/TYPE --retention-in-days 365',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  evaluate(cluster, ctx) {
    if (!cluster.logExports) return notEvaluated(ctx.whyUnknown(cluster, 'logExports'));
    if (cluster.logExports.length === 0) return notApplicable('the cluster exports no logs (see rds.cluster.logs_exported)');
    const prefix = `/aws/rds/cluster/${cluster.clusterIdentifier}/`;
    const groups = ctx.resources('logs.log_group', cluster.region).filter((g) => g.logGroupName.startsWith(prefix));
    if (groups.length === 0) return notEvaluated(`no log group under ${prefix} was collected for the exported logs ${cluster.logExports.join(', ')}${unlisted(cluster.region, ctx)}`);
    const min = ctx.settings.minLogRetentionDays;
    const unknown = groups.filter((g) => g.retentionInDays === undefined);
    if (unknown.length > 0) return notEvaluated(ctx.whyUnknown(unknown[0]!, 'retentionInDays'));
    const short = groups.filter((g) => g.retentionInDays !== null && g.retentionInDays! < min);
    if (short.length > 0) return fail(`${short.map((g) => `${g.logGroupName} keeps ${g.retentionInDays} days`).join('; ')}; the minimum is ${min}`);
    // An exported log whose group was not collected is not judged by its siblings' retention.
    const names = new Set(groups.map((g) => g.logGroupName));
    const absent = cluster.logExports.filter((log) => !names.has(`${prefix}${log}`));
    if (absent.length > 0) return notEvaluated(`no log group ${absent.map((log) => `${prefix}${log}`).join(', ')} was collected for the exported logs ${absent.join(', ')}${unlisted(cluster.region, ctx)}`);
    return pass(`${groups.map((g) => `${g.logGroupName} keeps ${g.retentionInDays === null ? 'forever' : `${g.retentionInDays} days`}`).join('; ')} (minimum ${min})`);
  },
});

/** Why the region's log groups may be missing: the CloudWatch Logs listing did not complete. */
function unlisted(region: string, ctx: CheckContext): string {
  const scope = ctx.scope('logs', region);
  if (!scope) return `: CloudWatch Logs log groups of ${region} were not listed`;
  if (scope.state === 'aborted') return `: listing CloudWatch Logs log groups of ${region} stopped when the scan deadline was reached`;
  return scopeEnumerated(scope.state) ? '' : `: CloudWatch Logs log groups of ${region} could not be listed (logs:DescribeLogGroups)`;
}
