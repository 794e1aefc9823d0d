import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/ml_transform.encrypted.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { mlTransform } from './builders.js';

describe('glue.ml_transform.encrypted', () => {
  it('passes SSE-KMS user data encryption', () => {
    expect(judge(check, mlTransform()).status).toBe('PASS');
  });

  it('fails a transform without TransformEncryption or with encryption disabled', () => {
    expect(judge(check, mlTransform({ userDataEncryptionMode: null })).status).toBe('FAIL');
    expect(judge(check, mlTransform({ userDataEncryptionMode: 'DISABLED' })).reason).toContain('DISABLED');
  });

  it('is not evaluated when transforms could not be listed', () => {
    expect(judge(check, mlTransform(), [], { errors: [collectionError('glue:GetMLTransforms')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, mlTransform({ userDataEncryptionMode: undefined })).status).toBe('NOT_EVALUATED');
  });
});
