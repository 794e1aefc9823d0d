/**
 * CloudWatch Logs log groups of the data services, found by their documented name prefixes, with
 * retention, encryption key and tags. Other log groups are not the scanner's business.
 */
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
  type DescribeLogGroupsCommandOutput,
  type ListTagsForResourceCommandOutput,
  type LogGroup as SdkLogGroup,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogGroup } from '../inventory/logs.js';
import { iso, markUnknown } from './common.js';
import { createLimiter } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/**
 * Where the data services write: Aurora/RDS (`/aws/rds/cluster/<id>/<log>`), Glue jobs and crawlers
 * (`/aws-glue/…`), Redshift (`/aws/redshift/cluster/<id>/<log>`) and DynamoDB.
 */
export const DATA_LOG_GROUP_PREFIXES = ['/aws/rds/', '/aws-glue/', '/aws/redshift/', '/aws/dynamodb/'] as const;

/** DescribeLogGroups returns at most 50 groups a page. */
const PAGE = { describeLogGroups: 50 } as const;

export const logsCollector: Collector = {
  service: 'logs',
  phase: 'primary',
  produces: ['logs.log_group'],
  actions: ['logs:DescribeLogGroups', 'logs:ListTagsForResource'],
  async collect(ctx) {
    const logs = ctx.client(CloudWatchLogsClient);
    const limit = createLimiter(COLLECTION_LIMITS.perResource);
    const seen = new Set<string>();
    const work: Promise<void>[] = [];
    for (const prefix of DATA_LOG_GROUP_PREFIXES) {
      const pages = ctx.pages(
        logs,
        (token) => new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, nextToken: token, limit: PAGE.describeLogGroups }),
        (o: DescribeLogGroupsCommandOutput) => ({ items: o.logGroups, next: o.nextToken }),
        { lists: 'logs.log_group' },
      );
      for await (const groups of pages) {
        for (const g of groups) {
          if (!g.logGroupName || seen.has(g.logGroupName)) continue;
          seen.add(g.logGroupName);
          const group = ctx.emit<'logs.log_group'>(fromSdk(ctx, g, g.logGroupName));
          work.push(limit(() => readTags(ctx, logs, group)));
        }
      }
    }
    await Promise.all(work);
  },
};

function fromSdk(ctx: CollectorContext, g: SdkLogGroup, name: string): Omit<LogGroup, 'classification'> {
  // DescribeLogGroups' `arn` ends in `:*`; the tagging and ASFF ARN is without it.
  const arn = g.arn ? g.arn.replace(/:\*$/, '') : ctx.arn('logs.log_group', { name });
  const group: Omit<LogGroup, 'classification'> = {
    kind: 'logs.log_group',
    arn,
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    logGroupName: name,
    // No retentionInDays means the group never expires.
    retentionInDays: g.retentionInDays ?? null,
    kmsKeyId: g.kmsKeyId ?? null,
  };
  if (g.kmsKeyId) group.kmsKeyRefs = [g.kmsKeyId];
  if (g.storedBytes !== undefined) group.storedBytes = g.storedBytes;
  const created = g.creationTime === undefined ? undefined : iso(new Date(g.creationTime));
  if (created) group.createdAt = created;
  return group;
}

async function readTags(ctx: CollectorContext, logs: CloudWatchLogsClient, group: LogGroup): Promise<void> {
  const out = await ctx.send<ListTagsForResourceCommandOutput>(logs, new ListTagsForResourceCommand({ resourceArn: group.arn }), { resourceArn: group.arn });
  if (out.ok) group.tags = { ...(out.value?.tags ?? {}) };
  else markUnknown(group, ['tags'], out.reason);
}

export const logsCollectors: readonly Collector[] = [logsCollector];
