/** Shared by the account-wide mappers: Details carry only what was collected. */

/** Drops keys whose value is undefined. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `Details.Other`: string pairs, undefined and empty values dropped. */
export function otherPairs(facts: Record<string, string | number | boolean | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)]));
}
