/**
 * Secret rotation reasoning shared by the checks about database credentials: rotation must be on, and
 * must actually have happened within the secret's own schedule (a failing rotation keeps the old password).
 */
import { fail, notEvaluated, pass, type Verdict } from './check.js';
import type { CheckContext } from './context.js';
import type { Secret } from '../inventory/secretsmanager.js';

const DAY_MS = 86_400_000;
/** When the schedule is a cron expression (not read here), the longest interval FSBP SecretsManager.4 accepts. */
export const MAX_ROTATION_DAYS = 90;
/** Slack after the due date before a rotation counts as missed (rotation windows, retries). */
export const ROTATION_GRACE_DAYS = 2;

export function rotationVerdict(secret: Secret, ctx: CheckContext): Verdict {
  if (secret.rotationEnabled === undefined) return notEvaluated(ctx.whyUnknown(secret, 'rotationEnabled'));
  if (!secret.rotationEnabled) return fail(`RotationEnabled is false for secret ${secret.secretName}: its password never changes`);
  // SecretsManager.4: whatever the schedule says, a secret must have rotated within the last 90 days.
  const every = Math.min(secret.rotationDays ?? MAX_ROTATION_DAYS, MAX_ROTATION_DAYS);
  const schedule =
    secret.rotationDays === undefined
      ? `${secret.rotationSchedule ?? 'an unread schedule'} (judged against ${MAX_ROTATION_DAYS} days)`
      : secret.rotationDays > MAX_ROTATION_DAYS
        ? `every ${secret.rotationDays} days (judged against the ${MAX_ROTATION_DAYS}-day maximum)`
        : `every ${secret.rotationDays} days`;
  const since = secret.lastRotatedAt ?? secret.createdAt;
  if (!since) return notEvaluated(`secret ${secret.secretName} reports neither LastRotatedDate nor CreatedDate`);
  const days = Math.floor((ctx.now.getTime() - Date.parse(since)) / DAY_MS);
  // Dates, not ages, in the reason: an unchanged secret must give the same finding every day (delta publishing).
  const what = secret.lastRotatedAt ? `last rotated ${secret.lastRotatedAt}` : `never rotated since it was created ${since}`;
  if (days > every + ROTATION_GRACE_DAYS) {
    return fail(`secret ${secret.secretName} rotates ${schedule} but was ${what}, more than ${every + ROTATION_GRACE_DAYS} days before this scan: rotation is failing`);
  }
  return pass(`secret ${secret.secretName} rotates ${schedule}; ${what}`);
}
