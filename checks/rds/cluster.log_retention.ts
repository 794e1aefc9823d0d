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
    // A NOT_APPLICABLE verdict skips the engine's failed-call guard, so "no group yet" is only said of a whole listing.
    const unlisted = unlistedReason(cluster.region, ctx);
    if (groups.length === 0 && unlisted) return notEvaluated(`no log group under ${prefix} was collected for the exported logs ${cluster.logExports.join(', ')}: ${unlisted}`);
    // Listed in full: none yet means RDS has not written an exported log, and creates the group (kept forever) when it does.
    if (groups.length === 0) return notApplicable(`no log group exists yet under ${prefix} for the exported logs ${cluster.logExports.join(', ')}`);
    const min = ctx.settings.minLogRetentionDays;
    const unknown = groups.filter((g) => g.retentionInDays === undefined);
    if (unknown.length > 0) return notEvaluated(ctx.whyUnknown(unknown[0]!, 'retentionInDays'));
    const short = groups.filter((g) => g.retentionInDays !== null && g.retentionInDays! < min);
    if (short.length > 0) return fail(`${short.map((g) => `${g.logGroupName} keeps ${g.retentionInDays} days`).join('; ')}; the minimum is ${min}`);
    return pass(`${groups.map((g) => `${g.logGroupName} keeps ${g.retentionInDays === null ? 'forever' : `${g.retentionInDays} days`}`).join('; ')} (minimum ${min})`);
  },
});

/** Why the region's log group listing is not whole (deadline, failure, never ran), or `undefined` when it is. */
function unlistedReason(region: string, ctx: CheckContext): string | undefined {
  const scope = ctx.scope('logs', region);
  if (!scope) return `CloudWatch Logs log groups of ${region} were not listed`;
  if (scope.state === 'aborted') return `listing CloudWatch Logs log groups of ${region} stopped when the scan deadline was reached`;
  return scopeEnumerated(scope.state) ? undefined : `CloudWatch Logs log groups of ${region} could not be listed (logs:DescribeLogGroups)`;
}
