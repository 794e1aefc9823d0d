import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster.backup_retention',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Aurora cluster keeps automated backups for the required number of days',
  description:
    'The backup retention period bounds how far back the cluster can be restored to a point in time. It must be at least the configured ' +
    'minimum (minBackupRetentionDays, 7 by default).',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.50'],
  remediation: {
    text: 'aws rds modify-db-cluster --db-cluster-identifier ID --backup-retention-period DAYS --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  },
  evaluate(cluster, ctx) {
    const days = cluster.backupRetentionPeriod;
    const min = ctx.settings.minBackupRetentionDays;
    if (days === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'backupRetentionPeriod'));
    if (days < min) return fail(`BackupRetentionPeriod is ${days} days, less than the required ${min}`, { evidence: { backupRetentionPeriod: days, minBackupRetentionDays: min } });
    return pass(`BackupRetentionPeriod is ${days} days (required ${min})`);
  },
});
