import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'kms.key.rotation',
  resource: 'kms.key',
  uses: ['kms:DescribeKey', 'kms:GetKeyRotationStatus'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Customer managed KMS key has automatic rotation enabled',
  description:
    'Automatic rotation replaces the key material of a symmetric customer managed key on a schedule, limiting how much data one material protects. It applies to symmetric (SYMMETRIC_DEFAULT) keys with AWS_KMS origin; AWS managed keys rotate on their own, and asymmetric, HMAC and imported keys cannot rotate automatically.',
  severity: 'MEDIUM',
  standards: ['FSBP KMS.4', 'CIS AWS Foundations 3.6'],
  remediation: {
    text: 'aws kms enable-key-rotation --key-id KEY_ID (optionally --rotation-period-in-days 90..2560)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  evaluate(key, ctx) {
    if (key.keyManager === undefined) return notEvaluated(ctx.whyUnknown(key, 'keyManager'));
    if (key.keyManager !== 'CUSTOMER') return notApplicable(`KeyManager is ${key.keyManager}: AWS rotates AWS managed keys every year`);
    if (key.keySpec !== 'SYMMETRIC_DEFAULT') return notApplicable(`KeySpec is ${key.keySpec ?? 'unknown'}: only symmetric keys rotate automatically`);
    if (key.origin !== 'AWS_KMS') return notApplicable(`Origin is ${key.origin ?? 'unknown'}: only keys with AWS_KMS key material rotate automatically`);
    if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion') return notApplicable(`KeyState is ${key.keyState}: the key is being deleted`);
    if (key.rotationEnabled === undefined) return notEvaluated(ctx.whyUnknown(key, 'rotationEnabled'));
    return key.rotationEnabled
      ? pass(`KeyRotationEnabled is true${key.rotationPeriodDays ? ` (every ${key.rotationPeriodDays} days)` : ''}`)
      : fail('KeyRotationEnabled is false', { evidence: { usedBy: key.usedBy?.length ?? 0 } });
  },
});
