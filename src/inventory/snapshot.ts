/** Saves and loads inventories, so a scan can be evaluated again later or elsewhere without AWS access. */
import { readFileSync, writeFileSync } from 'node:fs';
import { impliedListings } from './scopes.js';
import { SCOPE_STATES, INVENTORY_SCHEMA_VERSION, type Inventory, type ScopeStatus } from './types.js';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export function saveSnapshot(path: string, inventory: Inventory): void {
  writeFileSync(path, `${JSON.stringify(inventory, null, 1)}\n`);
}

/** Loads a snapshot, with one clear error naming the field when it is malformed. */
export function loadSnapshot(path: string): Inventory {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SnapshotError(`snapshot ${path} could not be read as JSON (${(error as Error).message}); pass a file written by --save-snapshot`);
  }
  return validateSnapshot(raw, path);
}

export function validateSnapshot(raw: unknown, path = 'snapshot'): Inventory {
  const bad = (field: string, fix: string): never => {
    throw new SnapshotError(`${path}: field "${field}" ${fix}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('(root)', 'must be a JSON object written by --save-snapshot');
  const inv = raw as Record<string, unknown>;
  const upgrade = inv.schemaVersion === 1;
  if (inv.schemaVersion !== INVENTORY_SCHEMA_VERSION && !upgrade) bad('schemaVersion', `must be ${INVENTORY_SCHEMA_VERSION} (or 1, upgraded on load); re-create the snapshot with this version`);
  if (typeof inv.accountId !== 'string' || !/^\d{12}$/.test(inv.accountId)) bad('accountId', 'must be a 12-digit AWS account id');
  if (typeof inv.collectedAt !== 'string' || Number.isNaN(Date.parse(inv.collectedAt))) bad('collectedAt', 'must be an ISO 8601 time');
  if (typeof inv.partition !== 'string') bad('partition', 'must be a string such as "aws"');
  for (const list of ['regions', 'services', 'resources', 'errors', 'scopes'] as const) {
    if (!Array.isArray(inv[list])) bad(list, 'must be an array');
  }
  (inv.resources as unknown[]).forEach((r, i) => {
    const res = r as Record<string, unknown> | null;
    if (!res || typeof res !== 'object') bad(`resources[${i}]`, 'must be an object');
    for (const f of ['kind', 'arn', 'region', 'accountId', 'name'] as const) {
      if (typeof res![f] !== 'string') bad(`resources[${i}].${f}`, 'must be a string');
    }
    const c = res!.classification as Record<string, unknown> | undefined;
    if (!c || typeof c.effectiveTier !== 'string' || typeof c.tier !== 'string') bad(`resources[${i}].classification`, 'must have tier and effectiveTier');
  });
  (inv.scopes as unknown[]).forEach((s, i) => {
    const scope = s as Record<string, unknown> | null;
    if (!scope || !SCOPE_STATES.includes(scope.state as never)) bad(`scopes[${i}].state`, `must be one of ${SCOPE_STATES.join(', ')}`);
    if (!upgrade && (typeof scope!.listings !== 'object' || scope!.listings === null)) bad(`scopes[${i}].listings`, 'must be an object of listing proofs by kind');
  });
  if (upgrade) {
    // Version 1 recorded a state per scope only: its kinds were proven whole exactly when the scope was enumerated.
    for (const scope of inv.scopes as ScopeStatus[]) {
      scope.accountId ??= inv.accountId as string;
      scope.listings ??= impliedListings(scope.service, scope.state);
    }
    inv.schemaVersion = INVENTORY_SCHEMA_VERSION;
  }
  return raw as Inventory;
}
