import { defineCheck, notEvaluated } from '../../src/engine/check.js';
import { customerManagedKey, notEncrypted } from '../../src/engine/encryption.js';

export default defineCheck({
  id: 'rds.cluster.encrypted_cmk',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Aurora cluster is encrypted with a customer managed KMS key when its data requires it',
  description:
    'Every cluster must be encrypted at rest. Red and orange data need a customer managed key, so the data owner controls the key policy, ' +
    'rotation and revocation; the AWS managed key aws/rds gives no such control (FSBP RDS.27 accepts it; this check does not). Green data may use it.',
  severity: 'HIGH',
  standards: ['FSBP RDS.27'],
  remediation: {
    text: 'Encryption cannot be changed in place: snapshot the cluster, copy the snapshot with --kms-key-id KEY_ARN (a customer managed key), restore it and switch clients',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  },
  evaluate(cluster, ctx) {
    if (cluster.storageEncrypted === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'storageEncrypted'));
    // The decisive fact first: unencrypted storage fails whatever a key lookup says.
    if (!cluster.storageEncrypted) return notEncrypted('StorageEncrypted is false: the cluster data is not encrypted at rest', ['rds:DescribeDBClusters']);
    if (!cluster.kmsKeyId) return notEvaluated('StorageEncrypted is true but DescribeDBClusters returned no KmsKeyId');
    return customerManagedKey(cluster, cluster.kmsKeyId, 'KmsKeyId', ctx);
  },
});
