import { defineCheck, notEvaluated } from '../../src/engine/check.js';
import { awsOwnedKey, customerManagedKey } from '../../src/engine/encryption.js';
import { SERVERLESS_AWS_OWNED_KEY } from '../../src/inventory/redshift.js';

export default defineCheck({
  id: 'redshiftserverless.namespace.encrypted_cmk',
  resource: 'redshiftserverless.namespace',
  uses: ['redshift-serverless:ListNamespaces', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Redshift Serverless namespace is encrypted with a customer managed KMS key when its data requires it',
  description:
    'Red and orange data need a customer managed key, so the data owner controls the key policy, rotation and revocation; the AWS owned key ' +
    '(kmsKeyId AWS_OWNED_KMS_KEY) and AWS managed keys give no such control. Green data may use them.',
  severity: 'HIGH',
  standards: ['FSBP RedshiftServerless.4'],
  remediation: {
    text: 'aws redshift-serverless update-namespace --namespace-name NAME --kms-key-id KEY_ARN (a customer managed key)',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroups-and-namespaces-rotate-encryption-key.html',
  },
  evaluate(ns, ctx) {
    if (ns.kmsKeyId === undefined) return notEvaluated(ctx.whyUnknown(ns, 'kmsKeyId'));
    if (ns.kmsKeyId === SERVERLESS_AWS_OWNED_KEY) return awsOwnedKey(ns, `kmsKeyId is ${SERVERLESS_AWS_OWNED_KEY}: the namespace uses the AWS owned key`, ['redshift-serverless:ListNamespaces']);
    return customerManagedKey(ns, ns.kmsKeyId, 'kmsKeyId', ctx);
  },
});
