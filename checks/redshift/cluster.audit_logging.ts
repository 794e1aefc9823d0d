import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { REDSHIFT_AUDIT_LOGS } from '../../src/inventory/redshift.js';

export default defineCheck({
  id: 'redshift.cluster.audit_logging',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeLoggingStatus'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Redshift cluster audit logging is on and exports connection, user and user activity logs',
  description:
    'Audit logging records who connected, user changes and (with enable_user_activity_logging) every query. Logs go to S3 (a bucket is named) ' +
    'or CloudWatch Logs (no bucket, which is fine); the exports must include connectionlog, userlog and useractivitylog.',
  severity: 'MEDIUM',
  standards: ['FSBP Redshift.4'],
  remediation: {
    text: 'aws redshift enable-logging --cluster-identifier ID --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  evaluate(cluster, ctx) {
    const logging = cluster.logging;
    if (!logging) return notEvaluated(ctx.whyUnknown(cluster, 'logging'));
    if (!logging.enabled) return fail('LoggingEnabled is false');
    const destination = logging.destination ?? 's3';
    if (destination === 's3' && !logging.bucketName) return fail('LoggingEnabled is true with destination s3 but no BucketName');
    // S3 logging configured without LogExports delivers every log type.
    if (destination === 's3' && logging.logExports.length === 0) return pass(`LoggingEnabled to S3 bucket ${logging.bucketName} with every log type`);
    const missing = REDSHIFT_AUDIT_LOGS.filter((l) => !logging.logExports.includes(l));
    const where = destination === 's3' ? `S3 bucket ${logging.bucketName}` : 'CloudWatch Logs';
    if (missing.length > 0) return fail(`LoggingEnabled to ${where} but LogExports [${logging.logExports.join(', ')}] lacks ${missing.join(', ')}`);
    return pass(`LoggingEnabled to ${where} with LogExports ${logging.logExports.join(', ')}`);
  },
});
