/**
 * S3 buckets the data services depend on: for now the buckets holding Glue job scripts, whose versioning
 * is what lets a stateless job be restored after a bad deploy or a deleted script. Runs after the Glue
 * collector and reads only the buckets its jobs name; the scanner never lists S3.
 */
import { GetBucketVersioningCommand, S3Client, type GetBucketVersioningCommandOutput } from '@aws-sdk/client-s3';
import { bucketArn, bucketOfS3Url, type S3Bucket } from '../inventory/s3.js';
import { markUnknown } from './common.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** The buckets named by the script locations of the Glue jobs collected in the scope's region, with their jobs. */
export function scriptBuckets(ctx: Pick<CollectorContext, 'existing' | 'region'>): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const r of ctx.existing()) {
    if (r.kind !== 'glue.job' || r.region !== ctx.region) continue;
    const name = bucketOfS3Url(r.scriptLocation);
    if (name) buckets.set(name, [...(buckets.get(name) ?? []), r.arn]);
  }
  return buckets;
}

export const s3Collector: Collector = {
  service: 's3',
  phase: 'dependent',
  produces: ['s3.bucket'],
  actions: ['s3:GetBucketVersioning'],
  async collect(ctx) {
    const buckets = scriptBuckets(ctx);
    if (buckets.size === 0) return;
    const s3 = ctx.client(S3Client);
    // Every bucket is emitted before any call, so a deadline leaves the rest NOT_EVALUATED rather than missing.
    // Sorted, so the order of calls (and of the recording) does not depend on the order jobs were listed.
    const emitted = [...buckets.keys()].sort().map((name) =>
      ctx.emit<'s3.bucket'>({
        kind: 's3.bucket', arn: bucketArn(name, ctx.partition), name, region: ctx.region, accountId: ctx.accountId, bucketName: name, usedBy: [...(buckets.get(name) ?? [])].sort(),
      }),
    );
    await forEachLimit(emitted, COLLECTION_LIMITS.perResource, (bucket) => readVersioning(ctx, s3, bucket));
  },
};

/**
 * GetBucketVersioning for one bucket. A bucket in another region than the scope's answers with a redirect
 * error (PermanentRedirect / 301): it is recorded like any other failure, and the bucket's versioning stays unknown.
 */
async function readVersioning(ctx: CollectorContext, s3: S3Client, bucket: S3Bucket): Promise<void> {
  const out = await ctx.send<GetBucketVersioningCommandOutput>(s3, new GetBucketVersioningCommand({ Bucket: bucket.bucketName }), { resourceArn: bucket.arn });
  if (!out.ok) {
    markUnknown(bucket, ['versioning', 'mfaDelete'], out.reason);
    return;
  }
  // A bucket that never had versioning configured answers with no Status (and no MFADelete).
  bucket.versioning = out.value?.Status ?? null;
  bucket.mfaDelete = out.value?.MFADelete ?? null;
}

export const s3Collectors: readonly Collector[] = [s3Collector];
