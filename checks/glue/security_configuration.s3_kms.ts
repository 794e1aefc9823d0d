import { decidedBy, defineCheck, fail, notApplicable, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';
import { customerManagedKey } from '../../src/engine/encryption.js';
import { atTier, configurationTier, lakeInUse } from '../../src/engine/glue.js';

export default defineCheck({
  id: 'glue.security_configuration.s3_kms',
  resource: 'glue.security_configuration',
  uses: ['glue:GetSecurityConfigurations', 'glue:GetJobs', 'glue:GetCrawlers', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue security configuration encrypts S3 output with a customer managed KMS key',
  description:
    'Jobs write their output with the security configuration’s S3 encryption. SSE-S3 (or none, leaving the bucket default) gives the data owner no key control and is not enough for red or orange data; ' +
    'SSE-KMS with a customer managed key is. A configuration is judged at the tier of the most sensitive job or crawler using it.',
  severity: 'HIGH',
  remediation: {
    text: 'Create a security configuration with S3Encryption=[{S3EncryptionMode=SSE-KMS,KmsKeyArn=KEY_ARN}] (configurations cannot be edited) and switch the jobs to it.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
  },
  evaluate(configuration, ctx) {
    // An unused configuration in a region without jobs or tables protects nothing yet.
    if ((configuration.usedBy ?? []).length === 0 && lakeInUse(ctx, configuration.region).inUse === false) return notApplicable(`no job or crawler uses it and ${lakeInUse(ctx, configuration.region).reason}`);
    if (!configuration.s3) return notEvaluated(ctx.whyUnknown(configuration, 's3'));
    const { tier, source } = configurationTier(configuration, ctx);
    const raise = (v: Verdict): Verdict => (v.status === 'FAIL' && tier === 'red' ? { ...v, severity: 'CRITICAL' } : v);
    // Without a key named, the configuration and who uses it decide, whatever a key lookup did.
    const withoutKey = (v: Verdict): Verdict => decidedBy(['glue:GetSecurityConfigurations', 'glue:GetJobs', 'glue:GetCrawlers'], v);
    const kms = configuration.s3.find((s) => s.mode === 'SSE-KMS');
    if (!kms) {
      const modes = configuration.s3.map((s) => s.mode).join(', ') || 'not configured';
      const reason = `S3EncryptionMode is ${modes}; the configuration ${source}`;
      return withoutKey(tier === 'green' ? pass(`${reason}, and SSE-S3 is acceptable for green data`) : raise(fail(`${reason}, which requires SSE-KMS with a customer managed key`)));
    }
    if (!kms.kmsKeyArn) return withoutKey(raise(fail(`S3EncryptionMode is SSE-KMS without KmsKeyArn; the configuration ${source}`)));
    const verdict = customerManagedKey(atTier(configuration, tier, source), kms.kmsKeyArn, 'S3Encryption.KmsKeyArn', ctx);
    return raise({ ...verdict, reason: `S3EncryptionMode SSE-KMS: ${verdict.reason} (the configuration ${source})` });
  },
});
