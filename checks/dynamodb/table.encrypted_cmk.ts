import { defineCheck, notEvaluated } from '../../src/engine/check.js';
import { awsOwnedKey, customerManagedKey } from '../../src/engine/encryption.js';

export default defineCheck({
  id: 'dynamodb.table.encrypted_cmk',
  resource: 'dynamodb.table',
  uses: ['dynamodb:DescribeTable', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'DynamoDB table is encrypted with a customer managed KMS key when its data requires it',
  description:
    'Red and orange data must be encrypted with a customer managed key, so the data owner controls the key policy, rotation and revocation. ' +
    'The AWS owned key and the AWS managed key (aws/dynamodb) give no such control; green data may use them.',
  severity: 'HIGH',
  remediation: {
    text: 'Switch the table to a customer managed key: aws dynamodb update-table --table-name NAME --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.howitworks.html',
  },
  evaluate(table, ctx) {
    const enc = table.encryption;
    if (!enc) return notEvaluated(ctx.whyUnknown(table, 'encryption'));
    if (enc.type === 'AWS_OWNED') return awsOwnedKey(table, 'SSEDescription is absent: the table uses the AWS owned key', ['dynamodb:DescribeTable']);
    if (!enc.kmsKeyArn) return notEvaluated('SSEType is KMS but SSEDescription.KMSMasterKeyArn is missing');
    return customerManagedKey(table, enc.kmsKeyArn, 'KMSMasterKeyArn', ctx);
  },
});
