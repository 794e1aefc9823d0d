import { minimumCheck } from '../../src/engine/check-factories.js';

export default minimumCheck({
  id: 'rds.cluster.backup_retention',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora automated backups are kept at least the configured minimum',
  description: 'BackupRetentionPeriod bounds how far back point-in-time recovery reaches; one day (the default) cannot recover from a problem noticed after a weekend.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.50'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --backup-retention-period 14 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  },
  field: 'backupRetentionPeriod',
  apiField: 'BackupRetentionPeriod',
  minimum: 'minBackupRetentionDays',
  unit: 'days',
});
