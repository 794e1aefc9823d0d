/**
 * S3 buckets the data services depend on (today: the buckets holding Glue job scripts), with their
 * versioning state. Only buckets another resource names are collected; the scanner does not list S3.
 */
import type { ResourceBase } from './types.js';

/** GetBucketVersioning's Status; `null` when the bucket never had versioning configured. */
export type BucketVersioning = 'Enabled' | 'Suspended';
/** GetBucketVersioning's MFADelete; `null` when MFA delete was never configured. */
export type BucketMfaDelete = 'Enabled' | 'Disabled';

export interface S3Bucket extends ResourceBase<'s3.bucket'> {
  bucketName: string;
  /** Versioning status; `null` = never enabled (GetBucketVersioning returns no Status). */
  versioning?: BucketVersioning | null;
  /** MFA delete status; `null` = never configured. */
  mfaDelete?: BucketMfaDelete | null;
  /** ARNs of the resources that name the bucket (e.g. the Glue jobs whose scripts it holds). */
  usedBy?: string[];
}

declare module './types.js' {
  interface ResourceKinds {
    's3.bucket': S3Bucket;
  }
}

/** The bucket of an `s3://bucket/key` location, or undefined when the location is not an S3 URL. */
export function bucketOfS3Url(location: string | undefined): string | undefined {
  const match = location === undefined ? null : /^s3:\/\/([^/?#]+)/i.exec(location.trim());
  return match?.[1];
}

/** `arn:<partition>:s3:::<bucket>`: bucket ARNs carry neither region nor account. */
export function bucketArn(bucketName: string, partition = 'aws'): string {
  return `arn:${partition}:s3:::${bucketName}`;
}
