import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import type { CheckContext } from '../../src/engine/context.js';
import type { GlueJob } from '../../src/inventory/glue.js';
import { bucketArn, bucketOfS3Url, type S3Bucket } from '../../src/inventory/s3.js';

/**
 * The script bucket as collected. A bucket named by jobs of several regions is read once per region; a
 * read that succeeded anywhere decides, else the job's own region's record says why it could not be read.
 */
function scriptBucket(job: GlueJob, name: string, ctx: CheckContext): S3Bucket | undefined {
  const arn = bucketArn(name, job.arn.split(':')[1]);
  const found = ctx.byArn(arn);
  if (found?.kind === 's3.bucket' && found.versioning !== undefined) return found;
  const records = ctx.resources('s3.bucket').filter((b) => b.arn === arn);
  return records.find((b) => b.versioning !== undefined) ?? records.find((b) => b.region === job.region) ?? records[0];
}

export default defineCheck({
  id: 'glue.job.script_versioned',
  resource: 'glue.job',
  uses: ['glue:GetJobs', 's3:GetBucketVersioning'],
  control: 'backup',
  pillar: 'policy',
  title: 'Glue job scripts are kept in a versioned S3 bucket',
  description:
    'A Glue job holds no state of its own: what must survive an overwritten or deleted script is the script itself, in S3 (Command.ScriptLocation). ' +
    'The bucket holding it must have versioning Enabled so any earlier version can be restored; a bucket whose versioning is Suspended or was never enabled keeps only the latest copy. ' +
    'MFA delete is not required.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws s3api put-bucket-versioning --bucket <script-bucket> --versioning-configuration Status=Enabled (and a lifecycle rule expiring noncurrent versions after the retention you need).',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
  },
  evaluate(job, ctx) {
    if (job.scriptLocation === undefined && job.unknown?.scriptLocation) return notEvaluated(ctx.whyUnknown(job, 'scriptLocation'));
    const name = bucketOfS3Url(job.scriptLocation);
    if (!name) return notApplicable(`scriptLocation is ${job.scriptLocation ? `"${job.scriptLocation}", not an S3 location` : 'not set'}: the job has no script in S3`);
    const bucket = scriptBucket(job, name, ctx);
    if (!bucket) {
      const aborted = ctx.scope('s3', job.region)?.state === 'aborted';
      return notEvaluated(`the versioning of script bucket ${name} was not read (s3:GetBucketVersioning)${aborted ? ': the scan deadline was reached' : ''}`);
    }
    const evidence = { scriptLocation: job.scriptLocation ?? null, bucket: name, versioning: bucket.versioning ?? null };
    if (bucket.versioning === undefined) return notEvaluated(`versioning of script bucket ${name} is unknown: ${ctx.whyUnknown(bucket, 'versioning')}`);
    if (bucket.versioning === null) return fail(`script bucket ${name} never had versioning enabled (versioning: none): an overwritten or deleted script cannot be restored`, { evidence });
    if (bucket.versioning === 'Suspended') return fail(`script bucket ${name} has versioning Suspended: new overwrites of the script keep no earlier version`, { evidence });
    return pass(`script bucket ${name} has versioning Enabled${bucket.mfaDelete === 'Enabled' ? ' (with MFA delete)' : ''}`, evidence);
  },
});
