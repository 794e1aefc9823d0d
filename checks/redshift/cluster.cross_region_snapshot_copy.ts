import { fail, notEvaluated, pass } from '../../src/engine/check.js';
import { tierGatedCheck } from '../../src/engine/check-factories.js';

export default tierGatedCheck({
  id: 'redshift.cluster.cross_region_snapshot_copy',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Redshift cluster holding red data copies its snapshots to another region',
  description: 'Red data must survive the loss of a region: cross-region snapshot copy keeps restorable snapshots in a second region.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws redshift enable-snapshot-copy --cluster-identifier ID --destination-region REGION [--snapshot-copy-grant-name GRANT]',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html#cross-region-snapshot-copy',
  },
  requiredFor: ['red'],
  requirement: 'cross-region copy',
  noun: 'cluster',
  evaluate(cluster, ctx) {
    if (cluster.snapshotCopy === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'snapshotCopy'));
    if (cluster.snapshotCopy === null) return fail('ClusterSnapshotCopyStatus is absent: snapshots are not copied to another region');
    const dest = cluster.snapshotCopy.destinationRegion;
    if (!dest || dest === cluster.region) return fail(`ClusterSnapshotCopyStatus.DestinationRegion is ${dest ?? 'missing'}`);
    return pass(`snapshots are copied to ${dest} and kept ${cluster.snapshotCopy.retentionDays ?? '?'} days`);
  },
});
