import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.script_versioned.js';
import type { S3Bucket } from '../../../src/inventory/s3.js';
import { ACCOUNT, collectionError, judge, REGION, resource } from '../../builders/inventory.js';
import { job } from './builders.js';

const BUCKET = `aws-glue-assets-${ACCOUNT}-${REGION}`;
const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
const scripted = job({ scriptLocation: `s3://${BUCKET}/scripts/orders-daily.py` });

function bucket(fields: Partial<Omit<S3Bucket, 'kind' | 'classification'>> = {}): S3Bucket {
  return resource('s3.bucket', { arn: BUCKET_ARN, name: BUCKET, bucketName: BUCKET, versioning: 'Enabled', mfaDelete: null, usedBy: [scripted.arn], ...fields });
}

describe('glue.job.script_versioned', () => {
  it('passes when the script bucket has versioning Enabled', () => {
    // Act
    const verdict = judge(check, scripted, [bucket()]);
    // Assess
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain(`${BUCKET} has versioning Enabled`);
  });

  it('fails a script bucket whose versioning is Suspended', () => {
    // Act
    const verdict = judge(check, scripted, [bucket({ versioning: 'Suspended', mfaDelete: 'Disabled' })]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(verdict.reason).toContain('versioning Suspended');
  });

  it('fails a script bucket that never had versioning enabled, raised for red data', () => {
    // Prepare
    const red = job({ scriptLocation: `s3://${BUCKET}/scripts/payments.py`, tags: { data_classification: 'red' } });
    // Act
    const verdict = judge(check, red, [bucket({ versioning: null })]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('never had versioning enabled');
  });

  it('is not evaluated when the bucket versioning could not be read, naming the failed call', () => {
    // Prepare
    const reason = 's3:GetBucketVersioning failed: AccessDenied: Access Denied';
    const denied = bucket({ versioning: undefined, mfaDelete: undefined, unknown: { versioning: reason, mfaDelete: reason } });
    // Act
    const verdict = judge(check, scripted, [denied], { errors: [collectionError('s3:GetBucketVersioning', { code: 'AccessDenied', resourceArn: BUCKET_ARN })] });
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain(reason);
  });

  it('is not evaluated when the bucket was not collected at all', () => {
    expect(judge(check, scripted).reason).toContain(`script bucket ${BUCKET} was not read`);
  });

  it('trusts a read of the same bucket from another region over a redirect in the job region', () => {
    // Prepare: jobs of two regions name one eu-west-1 bucket; only the eu-west-1 read succeeds.
    const east = job({ name: 'orders-replica', region: 'us-east-1', scriptLocation: `s3://${BUCKET}/scripts/orders-replica.py` });
    const redirected = bucket({ region: 'us-east-1', versioning: undefined, unknown: { versioning: 's3:GetBucketVersioning failed: PermanentRedirect' } });
    // Act
    const verdict = judge(check, east, [redirected, bucket({ versioning: 'Suspended' })]);
    // Assess
    expect(verdict.status).toBe('FAIL');
  });

  it('is not applicable to a job without an S3 script location', () => {
    expect(judge(check, job({ scriptLocation: undefined })).status).toBe('NOT_APPLICABLE');
    expect(judge(check, job({ scriptLocation: '' })).reason).toContain('not set');
  });
});
