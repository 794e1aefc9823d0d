import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/catalog.encrypted_cmk.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { AWS_MANAGED_ARN, catalog, CMK_ARN, glueScope, kmsKey, table } from './builders.js';

const redTable = table({ tableName: 'customers', lfTags: { data_classification: 'red' } });

describe('glue.catalog.encrypted_cmk', () => {
  it('passes SSE-KMS with a customer managed key', () => {
    const verdict = judge(check, catalog(), [table(), kmsKey()]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('KeyManager=CUSTOMER');
  });

  it('fails a disabled catalog holding red tables, at HIGH', () => {
    const verdict = judge(check, catalog({ encryptionMode: 'DISABLED', encryptionKmsKeyId: undefined }), [table(), redTable]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('holds metadata of 1 red table(s)');
  });

  it('fails the AWS managed key for orange tables and accepts it for green ones', () => {
    expect(judge(check, catalog({ encryptionKmsKeyId: undefined }), [table()])).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(judge(check, catalog({ encryptionKmsKeyId: AWS_MANAGED_ARN }), [table(), kmsKey({ arn: AWS_MANAGED_ARN, keyManager: 'AWS' })]).status).toBe('FAIL');
    expect(judge(check, catalog({ encryptionKmsKeyId: undefined }), [table({ lfTags: { data_classification: 'green' } })]).status).toBe('PASS');
  });

  it('is not applicable to a region without tables or jobs', () => {
    expect(judge(check, catalog({ tableCount: 0, encryptionMode: 'DISABLED' }), [], { scopes: [glueScope()] }).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the key could not be described, the settings not read, or the catalog not listed', () => {
    expect(judge(check, catalog(), [table()], { errors: [collectionError('kms:DescribeKey', { resourceArn: CMK_ARN })] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, catalog({ encryptionMode: undefined, unknown: { encryptionMode: 'glue:GetDataCatalogEncryptionSettings failed' } }), [table()]).reason).toContain('GetDataCatalogEncryptionSettings');
    expect(judge(check, catalog({ tableCount: undefined, unknown: { tableCount: 'glue:GetDatabases failed' } })).reason).toContain('GetDatabases');
  });
});
