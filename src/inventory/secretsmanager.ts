/** Secrets Manager database secrets: metadata and rotation only, never a secret value. */
import type { SecretRotation } from './rds.js';
import type { ResourceBase } from './types.js';

export interface Secret extends ResourceBase<'secretsmanager.secret'> {
  secretName: string;
  description?: string;
  /** The key encrypting the secret; absent means the AWS managed key `aws/secretsmanager`. */
  kmsKeyId?: string;
  /** The service that manages the secret (`rds`, `redshift`, …), when one does. */
  owningService?: string;
  rotation: SecretRotation;
  rotationLambdaArn?: string;
  lastChangedDate?: string;
  lastAccessedDate?: string;
  primaryRegion?: string;
  /** Why the collector counts this secret as a database secret, e.g. `OwningService=rds`. */
  databaseEvidence: string;
}

declare module './types.js' {
  interface ResourceKinds {
    'secretsmanager.secret': Secret;
  }
}

/** Security Hub SecretsManager.4 default: a secret should rotate at least every 90 days. */
export const MAX_ROTATION_DAYS = 90;
/** Rotation runs within a window of up to 24 hours after it is due. */
const ROTATION_GRACE_DAYS = 1;
const DAY_MS = 86_400_000;

/** The rotation interval in days a secret's rule implies: AutomaticallyAfterDays, or `rate(N days|hours)`; `undefined` for a cron schedule. */
export function rotationIntervalDays(rotation: SecretRotation): number | undefined {
  if (rotation.automaticallyAfterDays !== undefined) return rotation.automaticallyAfterDays;
  const rate = /^rate\(\s*(\d+)\s+(day|days|hour|hours)\s*\)$/i.exec(rotation.scheduleExpression?.trim() ?? '');
  if (!rate) return undefined;
  const n = Number(rate[1]);
  return rate[2]!.toLowerCase().startsWith('hour') ? n / 24 : n;
}

/** Whether a secret's rotation meets SecretsManager.1 (enabled), .2/.4 (rotated within its window and 90 days). */
export function judgeRotation(rotation: SecretRotation, now: Date, what: string): { ok: boolean; reason: string } {
  if (!rotation.rotationEnabled) return { ok: false, reason: `${what} has RotationEnabled=false` };
  const interval = rotationIntervalDays(rotation);
  const rule = rotation.automaticallyAfterDays !== undefined ? `AutomaticallyAfterDays=${rotation.automaticallyAfterDays}` : `ScheduleExpression=${rotation.scheduleExpression ?? '(none)'}`;
  // A cron schedule's period is not derived here; SecretsManager.4's 90 days is the window then.
  const window = Math.min(interval ?? MAX_ROTATION_DAYS, MAX_ROTATION_DAYS);
  if (interval !== undefined && interval > MAX_ROTATION_DAYS) return { ok: false, reason: `${what} rotates every ${interval} days (${rule}), more than ${MAX_ROTATION_DAYS} days` };
  const last = rotation.lastRotatedDate ?? rotation.createdDate;
  const lastLabel = rotation.lastRotatedDate ? `LastRotatedDate=${rotation.lastRotatedDate}` : `never rotated (CreatedDate=${rotation.createdDate ?? 'unknown'})`;
  if (last === undefined) return { ok: false, reason: `${what} has rotation enabled (${rule}) but no LastRotatedDate or CreatedDate` };
  const ageDays = (now.getTime() - new Date(last).getTime()) / DAY_MS;
  if (ageDays > window + ROTATION_GRACE_DAYS) {
    return { ok: false, reason: `${what} is ${lastLabel}, beyond its ${window}-day rotation window (${rule}): rotation is failing` };
  }
  // Reasons name dates, not ages, so an unchanged secret keeps the same finding from one day to the next.
  return { ok: true, reason: `${what} has rotation enabled (${rule}) and is ${lastLabel}, within its ${window}-day window` };
}
