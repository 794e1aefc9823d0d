/** Aurora cluster snapshots, and for manual ones who may restore them (a public snapshot exposes its data). */
import { DescribeDBClusterSnapshotAttributesCommand, DescribeDBClusterSnapshotsCommand, type DBClusterSnapshotMessage, type DescribeDBClusterSnapshotAttributesResult, type RDSClient } from '@aws-sdk/client-rds';
import type { RdsCluster } from '../inventory/rds.js';
import { iso, markUnknown, tagRecord } from './common.js';
import { forEachLimit } from '../limit.js';
import { AURORA, RDS_PAGE } from './rds-pages.js';
import { COLLECTION_LIMITS, type CollectorContext } from './types.js';

/** Cluster snapshots of the collected clusters; for manual ones, who may restore them. */
export async function collectSnapshots(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<void> {
  const byId = new Map(clusters.map((c) => [c.clusterIdentifier, c]));
  const read = await ctx.all(
    rds,
    (token) => new DescribeDBClusterSnapshotsCommand({ Marker: token, MaxRecords: RDS_PAGE.snapshots }),
    (o: DBClusterSnapshotMessage) => ({ items: o.DBClusterSnapshots, next: o.Marker }),
    { lists: 'rds.cluster_snapshot' },
  );
  const manual = [];
  for (const s of read.items) {
    if (!s.DBClusterSnapshotIdentifier || !s.Engine || !AURORA.has(s.Engine)) continue;
    const cluster = s.DBClusterIdentifier ? byId.get(s.DBClusterIdentifier) : undefined;
    const snapshot = ctx.emit<'rds.cluster_snapshot'>({
      kind: 'rds.cluster_snapshot',
      arn: s.DBClusterSnapshotArn ?? ctx.arn('rds.cluster_snapshot', { name: s.DBClusterSnapshotIdentifier }),
      name: s.DBClusterSnapshotIdentifier,
      region: ctx.region,
      accountId: ctx.accountId,
      // A snapshot holds its cluster's data: classified by the cluster's tags unless it carries its own.
      tags: { ...(cluster?.tags ?? {}), ...tagRecord(s.TagList) },
      snapshotIdentifier: s.DBClusterSnapshotIdentifier,
      clusterIdentifier: s.DBClusterIdentifier,
      snapshotType: s.SnapshotType,
      engine: s.Engine,
      storageEncrypted: s.StorageEncrypted,
      kmsKeyId: s.KmsKeyId,
      createdAt: iso(s.SnapshotCreateTime),
      ...(s.SourceDBClusterSnapshotArn ? { sourceSnapshotArn: s.SourceDBClusterSnapshotArn } : {}),
      ...(s.KmsKeyId ? { kmsKeyRefs: [s.KmsKeyId] } : {}),
    });
    if (s.SnapshotType === 'manual') manual.push(snapshot);
  }
  // Only manual snapshots can be shared; automated ones have no restore attribute to read.
  await forEachLimit(manual, COLLECTION_LIMITS.perResource, async (snapshot) => {
    const out = await ctx.send<DescribeDBClusterSnapshotAttributesResult>(
      rds,
      new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: snapshot.snapshotIdentifier }),
      { resourceArn: snapshot.arn },
    );
    if (!out.ok) return markUnknown(snapshot, ['restoreAccounts'], out.reason);
    const attributes = out.value?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes;
    if (!attributes) return markUnknown(snapshot, ['restoreAccounts'], 'DescribeDBClusterSnapshotAttributes returned no attributes');
    snapshot.restoreAccounts = attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
  });
}
