/** Aurora instances, and the network placement they give their cluster (or its DB subnet group, for a cluster with none). */
import { DescribeDBInstancesCommand, DescribeDBSubnetGroupsCommand, type DBInstanceMessage, type DBSubnetGroupMessage, type RDSClient } from '@aws-sdk/client-rds';
import type { RdsCluster } from '../inventory/rds.js';
import { markUnknown, tagRecord } from './common.js';
import { forEachLimit } from '../limit.js';
import { RDS_PAGE } from './rds-pages.js';
import { COLLECTION_LIMITS, type CollectorContext } from './types.js';

/**
 * Instances of the collected clusters; the cluster takes its VPC and subnets from its members' DB subnet group.
 * Returns the clusters no instance placed (no members, or the listing failed), with why.
 */
export async function collectInstances(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<{ cluster: RdsCluster; why: string }[]> {
  const byId = new Map(clusters.map((c) => [c.clusterIdentifier, c]));
  const read = await ctx.all(
    rds,
    (token) => new DescribeDBInstancesCommand({ Marker: token, MaxRecords: RDS_PAGE.instances }),
    (o: DBInstanceMessage) => ({ items: o.DBInstances, next: o.Marker }),
    { lists: 'rds.instance' },
  );
  const placed = new Set<string>();
  for (const i of read.items) {
    const cluster = i.DBClusterIdentifier ? byId.get(i.DBClusterIdentifier) : undefined;
    if (!cluster || !i.DBInstanceIdentifier) continue;
    const own = tagRecord(i.TagList);
    ctx.emit<'rds.instance'>({
      kind: 'rds.instance',
      arn: i.DBInstanceArn ?? ctx.arn('rds.instance', { name: i.DBInstanceIdentifier }),
      name: i.DBInstanceIdentifier,
      region: ctx.region,
      accountId: ctx.accountId,
      // An instance holds its cluster's data: it is classified by the cluster's tags unless it sets its own.
      tags: { ...(cluster.tags ?? {}), ...own },
      instanceIdentifier: i.DBInstanceIdentifier,
      clusterIdentifier: cluster.clusterIdentifier,
      engine: i.Engine,
      instanceClass: i.DBInstanceClass,
      status: i.DBInstanceStatus,
      publiclyAccessible: i.PubliclyAccessible,
      availabilityZone: i.AvailabilityZone,
      network: {
        ...(i.DBSubnetGroup?.VpcId ? { vpcId: i.DBSubnetGroup.VpcId } : {}),
        subnetIds: (i.DBSubnetGroup?.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s)),
        securityGroupIds: (i.VpcSecurityGroups ?? []).filter((g) => g.Status !== 'removing').map((g) => g.VpcSecurityGroupId).filter((g): g is string => Boolean(g)),
        ...(i.Endpoint?.Port !== undefined ? { port: i.Endpoint.Port } : {}),
      },
    });
    const group = i.DBSubnetGroup;
    if (group?.Subnets && !placed.has(cluster.clusterIdentifier)) {
      placed.add(cluster.clusterIdentifier);
      cluster.network = {
        ...cluster.network,
        ...(group.VpcId ? { vpcId: group.VpcId } : {}),
        subnetIds: group.Subnets.map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s)),
      };
    }
  }
  return clusters
    .filter((c) => !placed.has(c.clusterIdentifier))
    .map((cluster) => ({ cluster, why: read.ok ? `the cluster has no instance to read DB subnet group ${cluster.dbSubnetGroupName ?? ''} from` : read.reason }));
}

/**
 * Subnets of clusters no instance placed (headless clusters, or a failed instance listing): each DB subnet
 * group they name is described once.
 */
export async function fillSubnetGroups(ctx: CollectorContext, rds: RDSClient, unplaced: { cluster: RdsCluster; why: string }[]): Promise<void> {
  const byGroup = new Map<string, RdsCluster[]>();
  for (const { cluster, why } of unplaced) {
    if (cluster.dbSubnetGroupName) byGroup.set(cluster.dbSubnetGroupName, [...(byGroup.get(cluster.dbSubnetGroupName) ?? []), cluster]);
    else markUnknown(cluster, ['network.subnetIds'], `${why}, and DescribeDBClusters named no DB subnet group`);
  }
  await forEachLimit([...byGroup.keys()].sort(), COLLECTION_LIMITS.perResource, async (name) => {
    const read = await ctx.all(
      rds,
      (token) => new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: name, Marker: token, MaxRecords: RDS_PAGE.subnetGroups }),
      (o: DBSubnetGroupMessage) => ({ items: o.DBSubnetGroups, next: o.Marker }),
      { resourceArn: ctx.arn('rds.cluster', { name }, 'subnetGroup') },
    );
    const group = read.items.find((g) => g.DBSubnetGroupName === name);
    for (const cluster of byGroup.get(name) ?? []) {
      if (!group) {
        markUnknown(cluster, ['network.subnetIds'], read.ok ? `DescribeDBSubnetGroups did not return DB subnet group ${name}` : read.reason);
        continue;
      }
      cluster.network = {
        ...cluster.network,
        ...(group.VpcId ? { vpcId: group.VpcId } : {}),
        subnetIds: (group.Subnets ?? []).map((s) => s.SubnetIdentifier).filter((s): s is string => Boolean(s)),
      };
    }
  });
}
