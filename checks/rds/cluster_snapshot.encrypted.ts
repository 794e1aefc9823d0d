import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster_snapshot.encrypted',
  resource: 'rds.cluster_snapshot',
  uses: ['rds:DescribeDBClusterSnapshots'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Aurora cluster snapshot is encrypted at rest',
  description:
    'A snapshot holds a full copy of the cluster data and outlives it: an unencrypted snapshot can be copied, shared or restored without any ' +
    'KMS key permission. Snapshots of encrypted clusters are encrypted with the same key.',
  severity: 'HIGH',
  standards: ['FSBP RDS.4'],
  remediation: {
    text: 'Copy the snapshot with encryption (aws rds copy-db-cluster-snapshot --kms-key-id KEY_ARN), then delete the unencrypted one.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  },
  evaluate(snapshot, ctx) {
    if (snapshot.storageEncrypted === undefined) return notEvaluated(ctx.whyUnknown(snapshot, 'storageEncrypted'));
    if (!snapshot.storageEncrypted) return fail(`StorageEncrypted is false on ${snapshot.snapshotType ?? ''} snapshot ${snapshot.dbClusterSnapshotIdentifier} of cluster ${snapshot.dbClusterIdentifier ?? '(unknown)'}`);
    return pass(`StorageEncrypted is true (KmsKeyId ${snapshot.kmsKeyId ?? 'not reported'})`);
  },
});
