import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'rds.cluster_snapshot.encrypted',
  resource: 'rds.cluster_snapshot',
  uses: ['rds:DescribeDBClusterSnapshots'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Aurora cluster snapshot is encrypted',
  description: 'A snapshot holds a full copy of the cluster data; an unencrypted one can be copied, shared and restored with no key control.',
  severity: 'HIGH',
  standards: ['FSBP RDS.4'],
  remediation: {
    text: 'aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier ID --target-db-cluster-snapshot-identifier ID-encrypted --kms-key-id KEY_ARN, then delete the unencrypted copy',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-copy-snapshot.html',
  },
  evaluate(snapshot, ctx) {
    if (snapshot.storageEncrypted === undefined) return notEvaluated(ctx.whyUnknown(snapshot, 'storageEncrypted'));
    const what = `${snapshot.snapshotType ?? 'cluster'} snapshot of ${snapshot.clusterIdentifier ?? 'an unknown cluster'}`;
    if (!snapshot.storageEncrypted) return fail(`StorageEncrypted is false for this ${what}`);
    return pass(`StorageEncrypted is true (KmsKeyId ${snapshot.kmsKeyId ?? 'not reported'}) for this ${what}`);
  },
});
