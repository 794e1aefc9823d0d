/**
 * The canonical order of an inventory: resources by kind and ARN, errors by where they happened, and every
 * list inside a resource sorted. APIs return lists in whatever order (pages, concurrent calls); sorting
 * once here makes every reason, evidence and resource field built from them the same run to run, so an
 * unchanged finding is never re-sent to Security Hub because collection order changed.
 */
import type { CollectionError, Inventory, Resource } from './types.js';

/**
 * Documents whose order is their content (policy statements are reported by position, event selectors
 * are stored as written) are kept as the API returned them: any object with a `Statement` list, and these
 * fields.
 */
const DOCUMENT_FIELDS = new Set(['selectors']);
const isPolicyDocument = (value: object): boolean => Array.isArray((value as { Statement?: unknown }).Statement);

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A stable text of a value for ordering (keys in their insertion order, which collectors keep fixed). */
const keyOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

/** Sorts every array in `value`, depth first, except under document fields. Mutates and returns it. */
function canonical<T>(value: T, field?: string): T {
  if (field !== undefined && DOCUMENT_FIELDS.has(field)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = canonical(value[i] as unknown);
    value.sort((a: unknown, b: unknown) => compare(keyOf(a), keyOf(b)));
    return value;
  }
  if (value !== null && typeof value === 'object') {
    if (isPolicyDocument(value)) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = canonical(record[key], key);
  }
  return value;
}

const errorKey = (e: CollectionError): string => [e.service, e.region, e.action, e.resourceArn ?? '', e.code, e.message].join('\u0000');
const resourceKey = (r: Resource): string => `${r.kind}\u0000${r.arn}`;

/** Puts `inventory` in canonical order, in place, and returns it. */
export function canonicalize(inventory: Inventory): Inventory {
  for (const resource of inventory.resources) {
    for (const key of Object.keys(resource)) (resource as unknown as Record<string, unknown>)[key] = canonical((resource as unknown as Record<string, unknown>)[key], key);
  }
  inventory.resources.sort((a, b) => compare(resourceKey(a), resourceKey(b)));
  inventory.errors.sort((a, b) => compare(errorKey(a), errorKey(b)));
  inventory.scopes.sort((a, b) => compare(`${a.accountId}/${a.region}/${a.service}`, `${b.accountId}/${b.region}/${b.service}`));
  return inventory;
}
