import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

const DAY_MS = 86_400_000;
const regionOf = (arn: string): string | undefined => (arn.startsWith('arn:') ? arn.split(':')[3] : undefined);

export default defineCheck({
  id: 'rds.cluster.cross_region_copy',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeGlobalClusters', 'rds:DescribeDBClusterSnapshots'],
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora cluster holding red data has a copy in another region',
  description:
    'Red data must survive the loss of a region: the cluster is a member of a global database spanning another region, has a ' +
    'cross-region replica, or has a snapshot copied to another region within the backup window (backupMaxAgeDays).',
  severity: 'MEDIUM',
  remediation: {
    text: 'Add a secondary region (aws rds create-global-cluster / add a secondary cluster), or copy snapshots to another region on a schedule (AWS Backup copy rule).',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
  },
  evaluate(cluster, ctx) {
    const tier = cluster.classification.effectiveTier;
    if (tier !== 'red') return notApplicable(`cross-region copy is required for red data; this cluster is ${tier}`);
    const elsewhere = (region: string | undefined) => region !== undefined && region !== cluster.region;
    const global = cluster.globalCluster;
    const globalRegions = global ? global.memberRegions.filter(elsewhere) : [];
    if (globalRegions.length > 0) return pass(`member of global database ${global!.identifier} with members in ${globalRegions.join(', ')}`);
    const replicas = [...(cluster.readReplicaIdentifiers ?? []), ...(cluster.replicationSourceIdentifier ? [cluster.replicationSourceIdentifier] : [])].filter((a) => elsewhere(regionOf(a)));
    if (replicas.length > 0) return pass(`cross-region replication with ${replicas.join(', ')}`);
    const maxAge = ctx.settings.backupMaxAgeDays;
    const copies = ctx
      .resources('rds.cluster_snapshot')
      .filter((s) => elsewhere(s.region) && s.dbClusterIdentifier === cluster.dbClusterIdentifier && s.sourceSnapshotArn !== undefined && regionOf(s.sourceSnapshotArn) === cluster.region)
      .filter((s) => s.snapshotCreateTime !== undefined && ctx.now.getTime() - new Date(s.snapshotCreateTime).getTime() <= maxAge * DAY_MS);
    if (copies.length > 0) return pass(`snapshot ${copies[0]!.dbClusterSnapshotIdentifier} in ${copies[0]!.region} was copied from this region within ${maxAge} days`);
    if (global === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'globalCluster'));
    return fail(
      `no copy in another region: ${global ? `global database ${global.identifier} has members only in ${global.memberRegions.join(', ')}` : 'not a global database member'}, ` +
        `no cross-region replica, no snapshot copied to another region within ${maxAge} days`,
    );
  },
});
