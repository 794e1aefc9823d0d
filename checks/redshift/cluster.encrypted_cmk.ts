import { defineCheck, notEvaluated } from '../../src/engine/check.js';
import { awsOwnedKey, customerManagedKey, notEncrypted } from '../../src/engine/encryption.js';

const DESCRIBED_BY = ['redshift:DescribeClusters'] as const;

export default defineCheck({
  id: 'redshift.cluster.encrypted_cmk',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Redshift cluster is encrypted with a customer managed KMS key when its data requires it',
  description:
    'Every cluster must be encrypted at rest. Red and orange data need a customer managed key, so the data owner controls the key policy, ' +
    'rotation and revocation; the AWS owned key and the AWS managed key (aws/redshift) give no such control. Green data may use them.',
  severity: 'HIGH',
  standards: ['FSBP Redshift.10'],
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --encrypted --kms-key-id KEY_ARN (a customer managed key)',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  },
  evaluate(cluster, ctx) {
    if (cluster.encrypted === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'encrypted'));
    // The decisive fact first: unencrypted storage fails whatever a key lookup says.
    if (!cluster.encrypted) return notEncrypted('Encrypted is false: the cluster data is not encrypted at rest', DESCRIBED_BY);
    if (!cluster.kmsKeyId) return awsOwnedKey(cluster, 'Encrypted is true with no KmsKeyId: the cluster uses the AWS owned key', DESCRIBED_BY);
    return customerManagedKey(cluster, cluster.kmsKeyId, 'KmsKeyId', ctx);
  },
});
