import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { configurationTier, lakeInUse } from '../../src/engine/glue.js';

export default defineCheck({
  id: 'glue.security_configuration.bookmarks_kms',
  resource: 'glue.security_configuration',
  uses: ['glue:GetSecurityConfigurations', 'glue:GetJobs', 'glue:GetCrawlers'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Glue security configuration encrypts job bookmarks with KMS',
  description:
    'Job bookmarks record which data a job has processed (keys, partitions, offsets). JobBookmarksEncryptionMode CSE-KMS encrypts them client-side with a key the data owner controls; ' +
    'required when the configuration protects red or orange data.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Create a security configuration with JobBookmarksEncryption={JobBookmarksEncryptionMode=CSE-KMS,KmsKeyArn=KEY_ARN} and switch the jobs to it.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
  },
  evaluate(configuration, ctx) {
    // An unused configuration in a region without jobs or tables protects nothing yet.
    if ((configuration.usedBy ?? []).length === 0 && lakeInUse(ctx, configuration.region).inUse === false) return notApplicable(`no job or crawler uses it and ${lakeInUse(ctx, configuration.region).reason}`);
    if (!configuration.jobBookmarks) return notEvaluated(ctx.whyUnknown(configuration, 'jobBookmarks'));
    const { tier, source } = configurationTier(configuration, ctx);
    const { mode, kmsKeyArn } = configuration.jobBookmarks;
    if (mode === 'CSE-KMS' && kmsKeyArn) return pass(`JobBookmarksEncryptionMode is CSE-KMS with ${kmsKeyArn}`, { kmsKeyArn });
    const reason = `JobBookmarksEncryptionMode is ${mode}${mode === 'CSE-KMS' ? ' without KmsKeyArn' : ''}; the configuration ${source}`;
    if (tier === 'green') return pass(`${reason}, which is acceptable for green data`);
    return fail(`${reason}, which requires CSE-KMS`, tier === 'red' ? { severity: 'HIGH' } : {});
  },
});
