/** KMS checks, listed explicitly (style rule 10). */
import keyNotPendingDeletion from './key.not_pending_deletion.js';
import keyPolicyNotPublic from './key.policy_not_public.js';
import keyRotation from './key.rotation.js';

export const kmsChecks = [keyRotation, keyNotPendingDeletion, keyPolicyNotPublic] as const;
