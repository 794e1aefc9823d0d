import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot, saveSnapshot, SnapshotError } from '../../src/inventory/snapshot.js';
import { scanWith } from './scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'dp-snap-'));

async function savedInventory(): Promise<Record<string, unknown>> {
  const { result } = await scanWith();
  const path = join(dir, 'good.json');
  saveSnapshot(path, result.inventory);
  return JSON.parse(JSON.stringify(result.inventory)) as Record<string, unknown>;
}

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loading a snapshot saved before listing proofs were recorded', () => {
  it('upgrades version 1: each scope proves its kinds whole exactly when it was enumerated', async () => {
    // Prepare
    const inventory = await savedInventory();
    const v1 = { ...inventory, schemaVersion: 1, scopes: (inventory.scopes as Record<string, unknown>[]).map(({ accountId: _a, listings: _l, ...rest }) => rest) };
    v1.scopes[0] = { ...v1.scopes[0], state: 'failed' };
    // Act
    const loaded = loadSnapshot(write('v1.json', JSON.stringify(v1)));
    // Assess
    expect(loaded.schemaVersion).toBe(2);
    const [failed, ...rest] = loaded.scopes;
    expect(Object.values(failed!.listings).every((l) => l.state === 'none')).toBe(true);
    expect(rest.filter((s) => s.state !== 'failed' && s.state !== 'aborted').every((s) => s.accountId === loaded.accountId && Object.values(s.listings).every((l) => l.state === 'whole'))).toBe(true);
  });
});

describe('loading a malformed snapshot', () => {
  it('loads a snapshot the scan saved', async () => {
    // Prepare
    const inventory = await savedInventory();
    // Act
    const loaded = loadSnapshot(write('ok.json', JSON.stringify(inventory)));
    // Assess
    expect(loaded.resources.length).toBe((inventory.resources as unknown[]).length);
  });

  it('a file that is not JSON: one error saying so', () => {
    // Act / Assess
    expect(() => loadSnapshot(write('bad.json', '{"schemaVersion": 1, '))).toThrow(SnapshotError);
    expect(() => loadSnapshot(write('bad.json', '{"schemaVersion": 1, '))).toThrow(/could not be read as JSON/);
  });

  it.each([
    ['schemaVersion', (inv: Record<string, unknown>) => { inv.schemaVersion = 999; }],
    ['accountId', (inv: Record<string, unknown>) => { inv.accountId = 'not-an-account'; }],
    ['collectedAt', (inv: Record<string, unknown>) => { inv.collectedAt = 'yesterday'; }],
    ['resources', (inv: Record<string, unknown>) => { inv.resources = {}; }],
    ['resources[0].arn', (inv: Record<string, unknown>) => { delete (inv.resources as Record<string, unknown>[])[0]!.arn; }],
    ['resources[1].classification', (inv: Record<string, unknown>) => { delete (inv.resources as Record<string, unknown>[])[1]!.classification; }],
    ['scopes[0].state', (inv: Record<string, unknown>) => { (inv.scopes as Record<string, unknown>[])[0]!.state = 'mostly-done'; }],
  ])('a bad %s: one clear error naming the field', async (field, spoil) => {
    // Prepare
    const inventory = await savedInventory();
    spoil(inventory);
    const path = write(`bad-${field}.json`, JSON.stringify(inventory));
    // Act / Assess
    expect(() => loadSnapshot(path)).toThrow(SnapshotError);
    expect(() => loadSnapshot(path)).toThrow(`field "${field}"`);
  });
});
