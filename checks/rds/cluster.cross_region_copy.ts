import type { CheckContext } from '../../src/engine/context.js';
import type { RdsCluster } from '../../src/inventory/rds.js';
import { decidedBy, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { tierGatedCheck } from '../../src/engine/check-factories.js';

const DAY_MS = 86_400_000;

export default tierGatedCheck({
  id: 'rds.cluster.cross_region_copy',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeGlobalClusters', 'rds:DescribeDBClusterSnapshots'],
  // A failed global-database listing leaves only members' globalCluster unknown (with the reason); a cluster
  // in no global database is still judged.
  selfGuarded: true,
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora cluster holding red data has a copy in another region',
  description:
    'Red data must survive the loss of a region. For Aurora the control plane shows two ways: membership of a global database with a ' +
    'member in another region, a cross-region replica cluster (either direction), or a snapshot of the cluster copied to another region ' +
    'within the backup window (backupMaxAgeDays), as AWS Backup copy rules or scheduled copy-db-cluster-snapshot jobs make.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Add a secondary region: aws rds create-global-cluster --source-db-cluster-identifier CLUSTER_ARN, then create-db-cluster in the other region with --global-cluster-identifier',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
  },
  requiredFor: ['red'],
  requirement: 'a copy in another region',
  noun: 'cluster',
  evaluate(cluster, ctx) {
    const elsewhere = (arn: string | undefined) => {
      const region = arn?.split(':')[3];
      return region !== undefined && region !== '' && region !== cluster.region;
    };
    const replicas = (cluster.readReplicas ?? []).filter(elsewhere);
    // Any one copy elsewhere is enough: each pass rests only on the calls that showed it.
    if (replicas.length > 0) return decidedBy(['rds:DescribeDBClusters'], pass(`cross-region read replica ${replicas.join(', ')}`));
    // A cluster that is itself a cross-region replica has its data in the source's region too.
    if (elsewhere(cluster.replicationSource)) return decidedBy(['rds:DescribeDBClusters'], pass(`the cluster replicates from ${cluster.replicationSource} in another region`));
    const copy = recentCopy(cluster, ctx);
    if (copy) return decidedBy(['rds:DescribeDBClusters', 'rds:DescribeDBClusterSnapshots'], pass(copy));
    const noCopy = `no snapshot copied to another region within ${ctx.settings.backupMaxAgeDays} days`;
    // The check guards itself: a copy may sit in a region whose snapshot listing failed.
    const unlisted = ctx.inventory.regions
      .filter((r) => r !== cluster.region)
      .flatMap((r) => [...ctx.failures('rds:DescribeDBClusterSnapshots', r), ...ctx.failures('rds:*', r)])
      .filter((e) => e.resourceArn === undefined);
    const globalElsewhere = (cluster.globalCluster?.regions ?? []).some((r) => r !== cluster.region);
    if (unlisted.length > 0 && !globalElsewhere) {
      const e = unlisted[0]!;
      const why = e.kind === 'aborted' ? 'the scan deadline was reached' : `${e.action}: ${e.code}`;
      return notEvaluated(`cluster snapshots of ${e.region} could not be listed (${why}), so a copy there is unknown`);
    }
    if (cluster.globalCluster === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'globalCluster'));
    if (cluster.globalCluster === null) return fail(`the cluster belongs to no global database, has no cross-region replica and ${noCopy}`);
    const others = cluster.globalCluster.regions.filter((r) => r !== cluster.region);
    if (others.length === 0) return fail(`global database ${cluster.globalCluster.identifier} has no member outside ${cluster.region}, and ${noCopy}`);
    return decidedBy(['rds:DescribeDBClusters', 'rds:DescribeGlobalClusters'], pass(`global database ${cluster.globalCluster.identifier} has members in ${others.join(', ')}`));
  },
});

/** A snapshot of this cluster in another region, copied from this region within the backup window. */
function recentCopy(cluster: RdsCluster, ctx: CheckContext): string | undefined {
  const maxAgeMs = ctx.settings.backupMaxAgeDays * DAY_MS;
  const copy = ctx
    .resources('rds.cluster_snapshot')
    .filter((s) => s.region !== cluster.region && s.accountId === cluster.accountId && s.clusterIdentifier === cluster.clusterIdentifier)
    .filter((s) => s.sourceSnapshotArn?.split(':')[3] === cluster.region && s.createdAt !== undefined && ctx.now.getTime() - Date.parse(s.createdAt) <= maxAgeMs)
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))[0];
  return copy ? `snapshot ${copy.snapshotIdentifier} in ${copy.region}, created ${copy.createdAt}, is a copy of ${copy.sourceSnapshotArn}` : undefined;
}
