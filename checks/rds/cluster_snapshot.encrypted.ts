import { flagCheck } from '../../src/engine/check-factories.js';
import type { RdsClusterSnapshot } from '../../src/inventory/rds.js';

const what = (snapshot: RdsClusterSnapshot): string => `${snapshot.snapshotType ?? 'cluster'} snapshot of ${snapshot.clusterIdentifier ?? 'an unknown cluster'}`;

export default flagCheck({
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
  field: 'storageEncrypted',
  apiField: 'StorageEncrypted',
  detail: {
    pass: (snapshot) => ` (KmsKeyId ${snapshot.kmsKeyId ?? 'not reported'}) for this ${what(snapshot)}`,
    fail: (snapshot) => ` for this ${what(snapshot)}`,
  },
});
