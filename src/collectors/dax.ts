/** DAX clusters: encryption at rest, endpoint TLS, network placement and tags. */
import { DAXClient, DescribeClustersCommand, ListTagsCommand, type DescribeClustersCommandOutput, type ListTagsCommandOutput } from '@aws-sdk/client-dax';
import { markUnknown, tagRecord } from './common.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector } from './types.js';

/** DescribeClusters MaxResults upper bound. */
const PAGE_SIZE = 100;

export const daxCollector: Collector = {
  service: 'dax',
  phase: 'primary',
  produces: ['dax.cluster'],
  actions: ['dax:DescribeClusters', 'dax:ListTags'],
  async collect(ctx) {
    const dax = ctx.client(DAXClient);
    const clusters = await ctx.all(
      dax,
      (t) => new DescribeClustersCommand({ NextToken: t, MaxResults: PAGE_SIZE }),
      (o: DescribeClustersCommandOutput) => ({ items: o.Clusters, next: o.NextToken }),
      { lists: 'dax.cluster' },
    );
    await forEachLimit(clusters.items, COLLECTION_LIMITS.perResource, async (c) => {
      if (!c.ClusterArn || !c.ClusterName) return;
      const cluster = ctx.emit<'dax.cluster'>({
        kind: 'dax.cluster',
        arn: c.ClusterArn,
        name: c.ClusterName,
        region: ctx.region,
        accountId: ctx.accountId,
        status: c.Status,
        nodeCount: c.TotalNodes,
        encryptedAtRest: c.SSEDescription?.Status ? c.SSEDescription.Status === 'ENABLED' : false,
        endpointEncryption: c.ClusterEndpointEncryptionType ?? 'NONE',
        subnetGroup: c.SubnetGroup,
        iamRoleArn: c.IamRoleArn,
        network: { securityGroupIds: (c.SecurityGroups ?? []).map((g) => g.SecurityGroupIdentifier).filter((g): g is string => Boolean(g)), port: c.ClusterDiscoveryEndpoint?.Port },
      });
      const tags = await ctx.all(
        dax,
        (t) => new ListTagsCommand({ ResourceName: c.ClusterArn, NextToken: t }),
        (o: ListTagsCommandOutput) => ({ items: o.Tags, next: o.NextToken }),
        { resourceArn: c.ClusterArn },
      );
      if (tags.ok) cluster.tags = tagRecord(tags.items);
      else markUnknown(cluster, ['tags'], tags.reason);
    });
  },
};
