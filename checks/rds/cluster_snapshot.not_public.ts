import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster_snapshot.not_public',
  resource: 'rds.cluster_snapshot',
  uses: ['rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshotAttributes'],
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora cluster snapshot is not public',
  description:
    'A manual snapshot whose restore attribute contains "all" can be copied and restored by any AWS account: the whole database is public. ' +
    'Automated snapshots cannot be shared.',
  severity: 'CRITICAL',
  standards: ['FSBP RDS.1'],
  remediation: {
    text: 'aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier ID --attribute-name restore --values-to-remove all',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-share-snapshot.html',
  },
  evaluate(snapshot, ctx) {
    if (snapshot.snapshotType === undefined) return notEvaluated(ctx.whyUnknown(snapshot, 'snapshotType'));
    if (snapshot.snapshotType !== 'manual') return notApplicable(`SnapshotType is ${snapshot.snapshotType}: only manual snapshots can be shared`);
    const restore = snapshot.restoreAttribute;
    if (restore === undefined) return notEvaluated(ctx.whyUnknown(snapshot, 'restoreAttribute'));
    if (restore.includes('all')) return fail(`the restore attribute contains "all": any AWS account can restore snapshot ${snapshot.dbClusterSnapshotIdentifier}`);
    if (restore.length === 0) return pass('the restore attribute is empty: the snapshot is not shared');
    return pass(`the restore attribute does not contain "all"; shared with accounts ${restore.join(', ')}`);
  },
});
