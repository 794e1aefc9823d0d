import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { configurationTier, lakeInUse } from '../../src/engine/glue.js';

export default defineCheck({
  id: 'glue.security_configuration.cloudwatch_kms',
  resource: 'glue.security_configuration',
  uses: ['glue:GetSecurityConfigurations', 'glue:GetJobs', 'glue:GetCrawlers'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue security configuration encrypts CloudWatch logs with KMS',
  description:
    'Job and crawler logs can carry samples of the data, schema details and stack traces with values. CloudWatchEncryptionMode SSE-KMS encrypts them with a key the data owner controls; ' +
    'required when the configuration protects red or orange data.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Create a security configuration with CloudWatchEncryption={CloudWatchEncryptionMode=SSE-KMS,KmsKeyArn=KEY_ARN}; the key policy must allow logs.REGION.amazonaws.com.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-log-data.html',
  },
  evaluate(configuration, ctx) {
    // An unused configuration in a region without jobs or tables protects nothing yet.
    if ((configuration.usedBy ?? []).length === 0 && lakeInUse(ctx, configuration.region).inUse === false) return notApplicable(`no job or crawler uses it and ${lakeInUse(ctx, configuration.region).reason}`);
    if (!configuration.cloudWatch) return notEvaluated(ctx.whyUnknown(configuration, 'cloudWatch'));
    const { tier, source } = configurationTier(configuration, ctx);
    const { mode, kmsKeyArn } = configuration.cloudWatch;
    if (mode === 'SSE-KMS' && kmsKeyArn) return pass(`CloudWatchEncryptionMode is SSE-KMS with ${kmsKeyArn}`, { kmsKeyArn });
    const reason = `CloudWatchEncryptionMode is ${mode}${mode === 'SSE-KMS' ? ' without KmsKeyArn' : ''}; the configuration ${source}`;
    if (tier === 'green') return pass(`${reason}, and service-managed log encryption is acceptable for green data`);
    return fail(`${reason}, which requires SSE-KMS`, tier === 'red' ? { severity: 'HIGH' } : {});
  },
});
