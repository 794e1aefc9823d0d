import { minimumCheck } from '../../src/engine/check-factories.js';

export default minimumCheck({
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
  field: 'automatedSnapshotRetentionDays',
  apiField: 'AutomatedSnapshotRetentionPeriod',
  minimum: 'minBackupRetentionDays',
  unit: 'days',
  sentinel: { value: 0, passes: false, means: 'automated snapshots are off' },
  evidence: { fail: (_cluster, days) => ({ retentionDays: days }) },
});
