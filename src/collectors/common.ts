/** Small helpers collectors share: tag lists, time, policy parsing into fields. */
import { parsePolicy, type PolicyDocument } from '../inventory/policy.js';
import type { CollectorContext } from './types.js';

/** `[{Key, Value}]` (any casing) -> record. */
export function tagRecord(tags: readonly { Key?: string; Value?: string; key?: string; value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const key = t.Key ?? t.key;
    if (key !== undefined) out[key] = t.Value ?? t.value ?? '';
  }
  return out;
}

export function iso(date: Date | string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const d = date instanceof Date ? date : new Date(date);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Marks fields unknown with one reason. */
export function markUnknown(target: { unknown?: Record<string, string> }, fields: readonly string[], reason: string): void {
  target.unknown ??= {};
  for (const field of fields) target.unknown[field] = reason;
}

/**
 * Parses a policy text for the inventory. An unparseable policy is recorded as an error and left unknown,
 * never treated as "no policy".
 */
export function readPolicy(
  ctx: CollectorContext,
  text: string | undefined,
  where: { operation: string; action: `${string}:${string}`; resourceArn: string },
): { known: true; policy: PolicyDocument | null } | { known: false; reason: string } {
  if (text === undefined || text === '') return { known: true, policy: null };
  const parsed = parsePolicy(text);
  if (parsed.ok) return { known: true, policy: parsed.policy };
  ctx.recordError({ ...where, code: 'InvalidPolicy', message: parsed.error, kind: 'invalid-response' });
  return { known: false, reason: `${where.action} returned a policy that could not be parsed: ${parsed.error}` };
}
