import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'dynamodb.table.backup_recent',
  resource: 'dynamodb.table',
  uses: ['dynamodb:ListBackups'],
  control: 'backup',
  pillar: 'policy',
  title: 'DynamoDB table has a recent on-demand or AWS Backup recovery point',
  description:
    'A recovery point kept outside the table (on-demand backup or AWS Backup) survives table deletion and outlives the 35-day point-in-time window. ' +
    'The newest one must be younger than the configured backup window (backupMaxAgeDays).',
  severity: 'MEDIUM',
  standards: ['FSBP DynamoDB.4'],
  remediation: {
    text: 'Add the table to an AWS Backup plan (aws backup create-backup-selection) with a daily rule, or schedule aws dynamodb create-backup --table-name NAME --backup-name NAME-DATE.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/backuprestore_HowItWorks.html',
  },
  evaluate(table, ctx) {
    const maxDays = ctx.settings.backupMaxAgeDays;
    const latest = table.latestBackupAt;
    if (latest === undefined) return notEvaluated(ctx.whyUnknown(table, 'latestBackupAt'));
    if (latest === null) return fail(`ListBackups (BackupType ALL) lists no AVAILABLE backup of the table; the window is ${maxDays} days`);
    const taken = Date.parse(latest);
    if (Number.isNaN(taken)) return notEvaluated(`latest backup time ${latest} is not a valid date`);
    const ageDays = (ctx.now.getTime() - taken) / DAY_MS;
    // Reasons and evidence avoid the backup's age, so an unchanged table gives the same finding day after day.
    const evidence = { latestBackupAt: latest, backupMaxAgeDays: maxDays };
    if (ageDays <= maxDays) return pass(`newest backup was created at ${latest}, within the ${maxDays}-day window`, evidence);
    return fail(`newest backup was created at ${latest}, older than the ${maxDays}-day window`, { evidence });
  },
});
