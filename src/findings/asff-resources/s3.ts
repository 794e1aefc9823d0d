/** ASFF resource type and details for S3 buckets (`AwsS3Bucket`): the name and the versioning state read. */
import type { AwsS3BucketBucketVersioningConfiguration, AwsS3BucketDetails } from '@aws-sdk/client-securityhub';
import type { S3Bucket } from '../../inventory/s3.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined } from './defined.js';

/**
 * Security Hub knows only `Enabled` and `Suspended`, and leaves IsMfaDeleteEnabled out for a bucket that
 * never configured MFA delete; a never-versioned or unread bucket has no versioning configuration at all.
 */
function versioningOf(bucket: S3Bucket): AwsS3BucketBucketVersioningConfiguration | undefined {
  if (!bucket.versioning) return undefined;
  return defined<AwsS3BucketBucketVersioningConfiguration>({
    Status: bucket.versioning,
    IsMfaDeleteEnabled: bucket.mfaDelete ? bucket.mfaDelete === 'Enabled' : undefined,
  });
}

export function s3BucketDetails(bucket: S3Bucket): AwsS3BucketDetails {
  return defined<AwsS3BucketDetails>({ Name: bucket.bucketName, BucketVersioningConfiguration: versioningOf(bucket) });
}

export const s3Asff: AsffResourceMappers = {
  's3.bucket': (bucket) => s3BucketDetails(bucket),
};
