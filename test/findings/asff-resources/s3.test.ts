import { describe, expect, it } from 'vitest';
import { ASFF_RESOURCE_MAPPERS } from '../../../src/findings/asff-resources/index.js';
import type { S3Bucket } from '../../../src/inventory/s3.js';
import { resource } from '../../builders/inventory.js';
import { shapeOf } from '../builders.js';

const NAME = 'aws-glue-assets-111122223333-eu-west-1';
const bucket = (fields: Partial<Omit<S3Bucket, 'kind' | 'classification'>> = {}): S3Bucket =>
  resource('s3.bucket', { arn: `arn:aws:s3:::${NAME}`, name: NAME, bucketName: NAME, versioning: 'Enabled', mfaDelete: 'Disabled', ...fields });

describe('ASFF resources for S3 buckets', () => {
  it('maps a bucket to AwsS3Bucket with its name and versioning', () => {
    expect(ASFF_RESOURCE_MAPPERS['s3.bucket']).toBeDefined();
    expect(shapeOf('s3.bucket', bucket())).toEqual({
      Type: 'AwsS3Bucket',
      Details: { AwsS3Bucket: { Name: NAME, BucketVersioningConfiguration: { Status: 'Enabled', IsMfaDeleteEnabled: false } } },
    });
  });

  it('leaves out MFA delete never configured, and versioning never enabled or unread', () => {
    expect(shapeOf('s3.bucket', bucket({ versioning: 'Suspended', mfaDelete: null })).Details?.AwsS3Bucket).toEqual({ Name: NAME, BucketVersioningConfiguration: { Status: 'Suspended' } });
    expect(shapeOf('s3.bucket', bucket({ versioning: null, mfaDelete: null })).Details?.AwsS3Bucket).toEqual({ Name: NAME });
    expect(shapeOf('s3.bucket', bucket({ versioning: undefined, mfaDelete: undefined })).Details?.AwsS3Bucket).toEqual({ Name: NAME });
  });
});
