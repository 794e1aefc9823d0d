import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { logGroupOwnership } from '../../src/engine/log-owners.js';

export default defineCheck({
  id: 'logs.log_group.kms_encrypted',
  resource: 'logs.log_group',
  uses: ['logs:DescribeLogGroups'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'Log group of a red-data store is encrypted with a KMS key',
  description:
    'Logs of a store holding red data can carry that data (query text, parameters, rejected rows). They must be encrypted with a customer managed KMS key so access to them is governed by the key policy. A log group takes the tier of the store it belongs to (by name) or, for shared groups, of the most sensitive store of its service in the region.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws logs associate-kms-key --log-group-name NAME --kms-key-id KEY_ARN (the key policy must allow logs.REGION.amazonaws.com)',
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
  },
  evaluate(group, ctx) {
    if (group.kmsKeyId === undefined) return notEvaluated(ctx.whyUnknown(group, 'kmsKeyId'));
    if (group.kmsKeyId !== null) return pass(`kmsKeyId is ${group.kmsKeyId}`);
    const { tier, source } = logGroupOwnership(group, ctx);
    if (tier !== 'red') return notApplicable(`kmsKeyId is not set; a KMS key is required for red data only and the tier is ${tier}, from ${source}`);
    // Red by its store rather than by its own tags: the engine would not raise it, so say the red severity here.
    const severity = group.classification.effectiveTier === 'red' ? undefined : 'HIGH';
    return fail(`kmsKeyId is not set (service default encryption) and the log group holds red data, from ${source}`, { ...(severity ? { severity } : {}), evidence: { tier, kmsKeyId: null } });
  },
});
