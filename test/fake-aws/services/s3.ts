/** Fake S3: the versioning state of named buckets (GetBucketVersioning only; the scanner never lists S3). */
import { GetBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { awsError } from '../errors.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeBucket {
  name: string;
  /** Absent: versioning was never configured (GetBucketVersioning returns no Status). */
  versioning?: 'Enabled' | 'Suspended';
  /** Absent: MFA delete was never configured. */
  mfaDelete?: 'Enabled' | 'Disabled';
}

export interface S3Spec {
  buckets: FakeBucket[];
}

const spec = (ctx: FakeContext): S3Spec => (ctx.spec as S3Spec | undefined) ?? { buckets: [] };

export const s3Fake: ServiceFake = {
  service: 's3',
  client: S3Client,
  commands: { GetBucketVersioningCommand },
  handlers: {
    GetBucketVersioning: (input, ctx) => {
      const bucket = spec(ctx).buckets.find((b) => b.name === input.Bucket);
      if (!bucket) throw awsError('NoSuchBucket', 'The specified bucket does not exist', 404);
      return { ...(bucket.versioning ? { Status: bucket.versioning } : {}), ...(bucket.mfaDelete ? { MFADelete: bucket.mfaDelete } : {}) };
    },
  },
};

export const s3Fakes: readonly ServiceFake[] = [s3Fake];
