import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'cloudtrail.trail.kms',
  resource: 'cloudtrail.trail',
  uses: ['cloudtrail:DescribeTrails'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'CloudTrail trail encrypts its log files with a KMS key',
  description: 'Trail log files describe every access to the data platform. Encrypting them with a KMS key (SSE-KMS) adds a key policy on top of the bucket policy to control who can read them.',
  severity: 'MEDIUM',
  standards: ['FSBP CloudTrail.2', 'CIS AWS Foundations 3.5'],
  remediation: {
    text: 'aws cloudtrail update-trail --name TRAIL --kms-key-id KEY_ARN (the key policy must allow cloudtrail.amazonaws.com to GenerateDataKey)',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  },
  evaluate(trail, ctx) {
    if (trail.kmsKeyId === undefined) return notEvaluated(ctx.whyUnknown(trail, 'kmsKeyId'));
    return trail.kmsKeyId ? pass(`KmsKeyId is ${trail.kmsKeyId}`) : fail('KmsKeyId is not set: log files are encrypted with SSE-S3 only');
  },
});
