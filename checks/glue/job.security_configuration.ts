import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'glue.job.security_configuration',
  resource: 'glue.job',
  uses: ['glue:GetJobs', 'glue:GetSecurityConfigurations'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue job runs with a security configuration',
  description:
    'A security configuration is what makes a job encrypt the data it writes to S3, its CloudWatch logs and its job bookmarks with KMS. ' +
    'Without one, output is encrypted only as the target bucket defaults dictate and logs and bookmarks use service keys. The configuration’s own settings are judged by the glue.security_configuration checks.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Create a security configuration with SSE-KMS for S3 and CloudWatch and CSE-KMS for bookmarks (aws glue create-security-configuration) and set it on the job (aws glue update-job ... SecurityConfiguration=NAME).',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
  },
  evaluate(job, ctx) {
    if (job.securityConfiguration === undefined) return notEvaluated(ctx.whyUnknown(job, 'securityConfiguration'));
    if (job.securityConfiguration === null) return fail('SecurityConfiguration is not set');
    const configuration = ctx.resources('glue.security_configuration', job.region).find((c) => c.configurationName === job.securityConfiguration);
    if (!configuration) return fail(`SecurityConfiguration ${job.securityConfiguration} does not exist in ${job.region}`, { evidence: { securityConfiguration: job.securityConfiguration } });
    const s3 = (configuration.s3 ?? []).map((s) => s.mode).join('/') || 'none';
    return pass(`SecurityConfiguration ${job.securityConfiguration} (S3 ${s3}, CloudWatch ${configuration.cloudWatch?.mode ?? 'unknown'}, bookmarks ${configuration.jobBookmarks?.mode ?? 'unknown'})`, { securityConfiguration: job.securityConfiguration });
  },
});
