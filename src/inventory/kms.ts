/** KMS keys: those the account owns and those data stores reference. */
import type { PolicyDocument } from './policy.js';
import type { ResourceBase } from './types.js';

export interface KmsKey extends ResourceBase<'kms.key'> {
  keyId: string;
  /** AWS (AWS managed key) or CUSTOMER. */
  keyManager?: string;
  /** Enabled, Disabled, PendingDeletion, PendingImport, Unavailable… */
  keyState?: string;
  keySpec?: string;
  keyUsage?: string;
  /** AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin?: string;
  multiRegion?: boolean;
  deletionDate?: string;
  aliases?: string[];
  rotationEnabled?: boolean;
  /** Days between automatic rotations, when rotation is on. */
  rotationPeriodDays?: number;
  description?: string;
  policy?: PolicyDocument | null;
  /** ARNs of data-store resources in the inventory that use this key. */
  usedBy?: string[];
  /** The key belongs to another account (referenced by a data store here). */
  foreign?: boolean;
  /** The account that owns the key; `accountId` is the scanned account, which imports the findings. */
  ownerAccountId?: string;
}

declare module './types.js' {
  interface ResourceKinds {
    'kms.key': KmsKey;
  }
}
