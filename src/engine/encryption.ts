/**
 * Encryption-at-rest reasoning shared by every data store: does the key a store uses give the data owner
 * the control its tier requires? Red and orange data need a customer managed key (the owner controls the
 * key policy, rotation and revocation); the AWS owned key and AWS managed keys are acceptable for green data.
 */
import { decidedBy, fail, notEvaluated, pass, type Verdict } from './check.js';
import type { CheckContext } from './context.js';
import type { Resource } from '../inventory/types.js';
import type { IamAction } from '../vocabulary.js';

/**
 * Verdict for a store on a key it does not choose (AWS owned, or none named): `reason` says which field
 * shows it. Decided by the store's own description (`describedBy`): no key lookup can change it.
 */
export function awsOwnedKey(store: Resource, reason: string, describedBy: readonly IamAction[]): Verdict {
  const tier = store.classification.effectiveTier;
  return decidedBy(describedBy, tier === 'green' ? pass(`${reason}, which is acceptable for green data`) : fail(`${reason}; ${tier} data requires a customer managed key`));
}

/** Verdict for a store whose data is not encrypted at rest at all: a failure whatever any key lookup said. */
export function notEncrypted(reason: string, describedBy: readonly IamAction[]): Verdict {
  return decidedBy(describedBy, fail(reason));
}

/**
 * Verdict for a store encrypted with the KMS key `ref`, named by the store's field `field`: a customer
 * managed key passes; an AWS managed key passes only for green data; a key the scan could not describe
 * (another account's key, a denied call) is NOT_EVALUATED with the failed call.
 */
export function customerManagedKey(store: Resource, ref: string, field: string, ctx: CheckContext): Verdict {
  const key = ctx.kmsKey(ref, store.region);
  if (!key?.keyManager) return notEvaluated(`${ctx.whyKeyUnknown(ref, store.region)}, so who manages it is unknown`);
  if (key.keyManager === 'CUSTOMER') return pass(`${field} ${key.arn} is a customer managed key (KeyManager=CUSTOMER)`, { kmsKeyArn: key.arn });
  const tier = store.classification.effectiveTier;
  const reason = `${field} ${key.arn} is an AWS managed key (KeyManager=${key.keyManager})`;
  return tier === 'green' ? pass(`${reason}, which is acceptable for green data`, { kmsKeyArn: key.arn }) : fail(`${reason}; ${tier} data requires a customer managed key`, { evidence: { kmsKeyArn: key.arn } });
}
