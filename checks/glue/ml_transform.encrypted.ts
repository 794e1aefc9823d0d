import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'glue.ml_transform.encrypted',
  resource: 'glue.ml_transform',
  uses: ['glue:GetMLTransforms'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue ML transform encrypts its user data at rest with KMS',
  description:
    'ML transforms keep labels and training data derived from the records they match. MlUserDataEncryptionMode SSE-KMS encrypts that user data with a KMS key.',
  severity: 'MEDIUM',
  standards: ['FSBP Glue.3'],
  remediation: {
    text: 'aws glue update-ml-transform --transform-id ID --transform-encryption MlUserDataEncryption={MlUserDataEncryptionMode=SSE-KMS,KmsKeyId=KEY_ARN}',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/glue-controls.html#glue-3',
  },
  evaluate(transform, ctx) {
    if (transform.userDataEncryptionMode === undefined) return notEvaluated(ctx.whyUnknown(transform, 'userDataEncryptionMode'));
    if (transform.userDataEncryptionMode === null) return fail('TransformEncryption is not set: user data is not encrypted with KMS');
    if (transform.userDataEncryptionMode !== 'SSE-KMS') return fail(`MlUserDataEncryptionMode is ${transform.userDataEncryptionMode}`);
    return pass(`MlUserDataEncryptionMode is SSE-KMS with KmsKeyId ${transform.userDataKmsKeyId ?? '(default)'}`, { kmsKeyId: transform.userDataKmsKeyId ?? null });
  },
});
