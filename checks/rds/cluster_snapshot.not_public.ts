import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster_snapshot.not_public',
  resource: 'rds.cluster_snapshot',
  uses: ['rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshotAttributes'],
  control: 'backup',
  pillar: 'perimeter',
  title: 'Aurora manual cluster snapshot is not public, and is shared only with trusted accounts',
  description:
    'A manual snapshot whose restore attribute contains "all" can be restored by any AWS account: the cluster data is public. Sharing with ' +
    'an account outside the trusted list hands that account a full copy of the data.',
  severity: 'CRITICAL',
  standards: ['FSBP RDS.1'],
  remediation: {
    text: 'aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier ID --attribute-name restore --values-to-remove all (and any untrusted account)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-share-snapshot.html',
  },
  evaluate(snapshot, ctx) {
    if (snapshot.snapshotType !== 'manual') return notApplicable(`SnapshotType is ${snapshot.snapshotType ?? 'unknown'}: only manual snapshots can be shared`);
    if (!snapshot.restoreAccounts) return notEvaluated(ctx.whyUnknown(snapshot, 'restoreAccounts'));
    if (snapshot.restoreAccounts.includes('all')) return fail('the restore attribute contains "all": any AWS account can restore this snapshot');
    const trusted = new Set([snapshot.accountId, ...ctx.settings.trustedAccounts]);
    const foreign = snapshot.restoreAccounts.filter((a) => !trusted.has(a));
    if (foreign.length > 0) return fail(`the restore attribute shares the snapshot with untrusted accounts ${foreign.join(', ')}`, { severity: 'HIGH' });
    if (snapshot.restoreAccounts.length === 0) return pass('the restore attribute is empty: the snapshot is not shared');
    return pass(`shared only with trusted accounts ${snapshot.restoreAccounts.join(', ')}`);
  },
});
