/** Fake CloudWatch Logs: log groups with retention, KMS key and tags. */
import { CloudWatchLogsClient, DescribeLogGroupsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeLogGroup {
  name: string;
  /** Days; absent = never expire. */
  retention?: number;
  kmsKeyId?: string;
  storedBytes?: number;
  createdAt?: string;
  tags?: Record<string, string>;
}

export interface LogsSpec {
  logGroups: FakeLogGroup[];
}

/** DescribeLogGroups: limit 1..50, default 50. */
const MAX = { describeLogGroups: 50 } as const;

const spec = (ctx: FakeContext): LogsSpec => (ctx.spec as LogsSpec | undefined) ?? { logGroups: [] };
const arnOf = (ctx: FakeContext, name: string) => `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${name}`;

export const logsFake: ServiceFake = {
  service: 'logs',
  client: CloudWatchLogsClient,
  commands: { DescribeLogGroupsCommand, ListTagsForResourceCommand },
  handlers: {
    DescribeLogGroups: (input, ctx) => {
      const prefix = (input.logGroupNamePrefix as string | undefined) ?? '';
      const groups = spec(ctx).logGroups.filter((g) => g.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
      const p = page(groups, input.nextToken as string | undefined, input.limit as number | undefined, MAX.describeLogGroups, `dlg${prefix}`);
      return {
        logGroups: p.items.map((g) => ({
          logGroupName: g.name,
          arn: `${arnOf(ctx, g.name)}:*`,
          creationTime: new Date(g.createdAt ?? '2025-03-01T00:00:00Z').getTime(),
          storedBytes: g.storedBytes ?? 0,
          metricFilterCount: 0,
          ...(g.retention !== undefined ? { retentionInDays: g.retention } : {}),
          ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}),
        })),
        ...(p.next ? { nextToken: p.next } : {}),
      };
    },
    ListTagsForResource: (input, ctx) => {
      const group = spec(ctx).logGroups.find((g) => arnOf(ctx, g.name) === input.resourceArn);
      if (!group) throw awsError('ResourceNotFoundException', `The specified log group does not exist.`);
      return { tags: group.tags ?? {} };
    },
  },
};

export const logsFakes: readonly ServiceFake[] = [logsFake];
