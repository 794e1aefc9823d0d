/** Fake DAX: clusters with at-rest encryption, endpoint TLS and tags. */
import { DAXClient, DescribeClustersCommand, ListTagsCommand } from '@aws-sdk/client-dax';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeDaxCluster {
  name: string;
  encrypted?: boolean;
  tls?: boolean;
  nodes?: number;
  subnetGroup?: string;
  securityGroups?: string[];
  tags?: Record<string, string>;
}

export interface DaxSpec {
  clusters: FakeDaxCluster[];
}

const spec = (ctx: FakeContext): DaxSpec => (ctx.spec as DaxSpec | undefined) ?? { clusters: [] };
const arnOf = (ctx: FakeContext, name: string) => `arn:${ctx.partition}:dax:${ctx.region}:${ctx.accountId}:cache/${name}`;

export const daxFake: ServiceFake = {
  service: 'dax',
  client: DAXClient,
  commands: { DescribeClustersCommand, ListTagsCommand },
  handlers: {
    DescribeClusters: (input, ctx) => {
      const p = page(spec(ctx).clusters, input.NextToken as string | undefined, input.MaxResults as number | undefined, 100, 'dax');
      return {
        Clusters: p.items.map((c) => ({
          ClusterName: c.name,
          ClusterArn: arnOf(ctx, c.name),
          Status: 'available',
          TotalNodes: c.nodes ?? 3,
          ActiveNodes: c.nodes ?? 3,
          NodeType: 'dax.r5.large',
          SubnetGroup: c.subnetGroup ?? 'default',
          SecurityGroups: (c.securityGroups ?? []).map((id) => ({ SecurityGroupIdentifier: id, Status: 'active' })),
          IamRoleArn: `arn:${ctx.partition}:iam::${ctx.accountId}:role/dax-${c.name}`,
          SSEDescription: { Status: c.encrypted ? 'ENABLED' : 'DISABLED' },
          ClusterEndpointEncryptionType: c.tls ? 'TLS' : 'NONE',
          ClusterDiscoveryEndpoint: { Address: `${c.name}.abc123.dax-clusters.${ctx.region}.amazonaws.com`, Port: c.tls ? 9111 : 8111 },
        })),
        NextToken: p.next,
      };
    },
    ListTags: (input, ctx) => {
      const name = String(input.ResourceName).split('/').pop();
      const c = spec(ctx).clusters.find((x) => x.name === name);
      if (!c) throw awsError('ClusterNotFoundFault', `Cluster ${name} not found`);
      const p = page(Object.entries(c.tags ?? {}).map(([Key, Value]) => ({ Key, Value })), input.NextToken as string | undefined, undefined, 50, 'daxtags');
      return { Tags: p.items, NextToken: p.next };
    },
  },
};
