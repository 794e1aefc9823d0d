import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** Data stores: anything that references keys except the key-adjacent log groups. */
const isDataStore = (arn: string): boolean => !/^arn:[^:]+:logs:/.test(arn);

export default defineCheck({
  id: 'kms.key.not_pending_deletion',
  resource: 'kms.key',
  uses: ['kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'KMS key is not scheduled for deletion',
  description:
    'When a KMS key is deleted, everything encrypted under it is unrecoverable. A key scheduled for deletion (or disabled) that a data store still uses is an imminent data loss; one no collected store uses should still be confirmed as intended. Stores are linked to keys through the keys they reference (tables, clusters, namespaces, catalogs, security configurations, log groups).',
  severity: 'CRITICAL',
  standards: ['FSBP KMS.3'],
  remediation: {
    text: 'If the key is still needed: aws kms cancel-key-deletion --key-id KEY_ID, then aws kms enable-key --key-id KEY_ID',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
  },
  evaluate(key, ctx) {
    if (key.keyState === undefined) return notEvaluated(ctx.whyUnknown(key, 'keyState'));
    const users = key.usedBy ?? [];
    const stores = users.filter(isDataStore);
    const names = users.map((arn) => ctx.byArn(arn)?.name ?? arn);
    const usedText = users.length > 0 ? `used by ${names.join(', ')}` : 'used by no collected resource';
    const pending = key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion';
    if (!pending) return pass(`KeyState is ${key.keyState}, ${usedText}`);
    const when = key.deletionDate ? ` (deletion on ${key.deletionDate.slice(0, 10)})` : '';
    // Severity follows what the deletion destroys: a store's data is CRITICAL, an unused key a confirmation.
    const severity = stores.length > 0 ? undefined : users.length > 0 ? ('HIGH' as const) : ('LOW' as const);
    return fail(`KeyState is ${key.keyState}${when}, ${usedText}`, { ...(severity ? { severity } : {}), evidence: { usedBy: users.length, deletionDate: key.deletionDate ?? null } });
  },
});
