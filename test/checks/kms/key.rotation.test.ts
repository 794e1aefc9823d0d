import { describe, expect, it } from 'vitest';
import check from '../../../checks/kms/key.rotation.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { key } from './builders.js';

describe('kms.key.rotation', () => {
  it('passes when rotation is enabled', () => {
    expect(judge(check, key())).toMatchObject({ status: 'PASS', reason: 'KeyRotationEnabled is true (every 365 days)' });
  });

  it('fails when a symmetric customer managed key does not rotate', () => {
    expect(judge(check, key({ rotationEnabled: false }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: 'KeyRotationEnabled is false' });
  });

  it('is not applicable to AWS managed, asymmetric, imported and deleting keys', () => {
    expect(judge(check, key({ keyManager: 'AWS' }))).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'KeyManager is AWS: AWS rotates AWS managed keys every year' });
    expect(judge(check, key({ keySpec: 'RSA_2048', rotationEnabled: false })).status).toBe('NOT_APPLICABLE');
    expect(judge(check, key({ origin: 'EXTERNAL', rotationEnabled: false }))).toMatchObject({ status: 'NOT_APPLICABLE', reason: expect.stringContaining('Origin is EXTERNAL') });
    expect(judge(check, key({ keyState: 'PendingDeletion', rotationEnabled: undefined })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when rotation could not be read, or the key is another account\'s', () => {
    const denied = key({ rotationEnabled: undefined, unknown: { rotationEnabled: 'kms:GetKeyRotationStatus failed: AccessDeniedException' } });
    expect(judge(check, denied)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'kms:GetKeyRotationStatus failed: AccessDeniedException' });
    const foreign = key({ foreign: true, accountId: '444455556666', rotationEnabled: undefined, unknown: { rotationEnabled: 'the key belongs to account 444455556666' } });
    expect(judge(check, foreign).status).toBe('NOT_EVALUATED');
    const subject = key();
    expect(judge(check, subject, [], { errors: [collectionError('kms:GetKeyRotationStatus', { resourceArn: subject.arn })] }).status).toBe('NOT_EVALUATED');
  });
});
