import { decidedBy, defineCheck, fail, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';

/** Key states in which DynamoDB cannot use the key, so the table becomes (or will become) inaccessible. */
const UNUSABLE_KEY_STATES: Readonly<Record<string, string>> = {
  Disabled: 'the key is disabled',
  PendingDeletion: 'the key is scheduled for deletion',
  PendingReplicaDeletion: 'the multi-Region replica key is scheduled for deletion',
  Unavailable: 'the key store holding the key is disconnected',
  PendingImport: 'the key has no key material',
};

export default defineCheck({
  id: 'dynamodb.table.key_accessible',
  resource: 'dynamodb.table',
  uses: ['dynamodb:DescribeTable', 'kms:DescribeKey'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'DynamoDB table can still use its KMS key',
  description:
    'When DynamoDB loses access to a table\'s KMS key (disabled, scheduled for deletion, grant revoked) the table becomes inaccessible ' +
    'and, after seven days without access, DynamoDB archives it. A key that is about to become unusable is an availability incident in waiting.',
  severity: 'CRITICAL',
  remediation: {
    text: 'Re-enable the key (aws kms enable-key --key-id KEY_ARN) or cancel its deletion (aws kms cancel-key-deletion --key-id KEY_ARN), and restore the DynamoDB grants and key policy permissions.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.usagenotes.html',
  },
  evaluate(table, ctx) {
    // The table's own state is decisive: DynamoDB already says it cannot use the key, whatever a key lookup did.
    const own = (v: Verdict): Verdict => decidedBy(['dynamodb:DescribeTable'], v);
    if (table.status === 'INACCESSIBLE_ENCRYPTION_CREDENTIALS') {
      return own(fail('TableStatus is INACCESSIBLE_ENCRYPTION_CREDENTIALS: DynamoDB cannot use the table\'s KMS key', {
        evidence: { tableStatus: table.status, kmsKeyArn: table.encryption?.kmsKeyArn ?? null },
      }));
    }
    if (table.status === 'ARCHIVING' || table.status === 'ARCHIVED') {
      return own(fail(`TableStatus is ${table.status}: DynamoDB archives a table after seven days without access to its KMS key`, {
        evidence: { tableStatus: table.status, kmsKeyArn: table.encryption?.kmsKeyArn ?? null },
      }));
    }
    const enc = table.encryption;
    if (!enc) return notEvaluated(ctx.whyUnknown(table, 'encryption'));
    if (enc.inaccessibleSince) {
      return own(fail(`SSEDescription.InaccessibleEncryptionDateTime is ${enc.inaccessibleSince}: DynamoDB lost access to the KMS key then`, {
        evidence: { inaccessibleSince: enc.inaccessibleSince, kmsKeyArn: enc.kmsKeyArn ?? null },
      }));
    }
    if (table.status === undefined) return notEvaluated(ctx.whyUnknown(table, 'status'));
    if (enc.type === 'AWS_OWNED') return own(pass('SSEDescription is absent: the table uses the AWS owned key, which DynamoDB always can use'));
    if (!enc.kmsKeyArn) return notEvaluated('SSEType is KMS but SSEDescription.KMSMasterKeyArn is missing');
    const key = ctx.kmsKey(enc.kmsKeyArn, table.region);
    if (!key?.keyState) return notEvaluated(`${ctx.whyKeyUnknown(enc.kmsKeyArn, table.region)}, so its KeyState is unknown`);
    const evidence = { kmsKeyArn: key.arn, keyState: key.keyState };
    const unusable = UNUSABLE_KEY_STATES[key.keyState];
    if (unusable) {
      const when = key.deletionDate ? ` (DeletionDate ${key.deletionDate})` : '';
      return fail(`KMSMasterKeyArn ${key.arn} has KeyState ${key.keyState}${when}: ${unusable}, so the table is or will become inaccessible`, { evidence });
    }
    if (key.keyState === 'Enabled') return pass(`TableStatus is ${table.status} and KMSMasterKeyArn ${key.arn} has KeyState Enabled`, evidence);
    return notEvaluated(`KMSMasterKeyArn ${key.arn} has KeyState ${key.keyState}, which does not say whether DynamoDB can use it`);
  },
});
