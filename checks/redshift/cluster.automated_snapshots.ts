import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.automated_snapshots',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Redshift cluster keeps automated snapshots long enough',
  description:
    'Automated snapshots must be kept at least the configured number of days (7 by default) so a bad load or deletion found after a weekend ' +
    'can still be undone. Manual snapshots do not count: nothing guarantees they are taken.',
  severity: 'MEDIUM',
  standards: ['FSBP Redshift.3'],
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --automated-snapshot-retention-period 7',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
  },
  evaluate(cluster, ctx) {
    const days = cluster.automatedSnapshotRetentionDays;
    const min = ctx.settings.minBackupRetentionDays;
    if (days === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'automatedSnapshotRetentionDays'));
    if (days === 0) return fail('AutomatedSnapshotRetentionPeriod is 0: automated snapshots are off');
    return days >= min
      ? pass(`AutomatedSnapshotRetentionPeriod is ${days} days (at least ${min})`)
      : fail(`AutomatedSnapshotRetentionPeriod is ${days} days, below ${min}`, { evidence: { retentionDays: days } });
  },
});
