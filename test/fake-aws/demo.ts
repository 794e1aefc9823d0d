/**
 * The demo account, described as data in `test/fixtures/demo/`: one file per service and contributor
 * (`<iam-prefix>.json` or `<iam-prefix>.<contributor>.json`, shaped `{ "<region>" | "global": spec }`) and
 * fault lists (`faults.<contributor>.json`). Files of one service deep-merge: objects by key, arrays
 * concatenated in file-name order, so each area adds its own VPCs, keys and faults without editing another's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeAccountSpec, FaultSpec, RegionSpec } from './types.js';

export const DEMO_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo');
export const DEMO_ACCOUNT_ID = '111122223333';
/** The demo's data is as of this instant; the recording pins it so verdicts never drift with the calendar. */
export const DEMO_RECORDED_AT = '2026-11-20T09:00:00.000Z';

export interface DemoAccount {
  spec: FakeAccountSpec;
  faults: FaultSpec[];
  /** Scanned regions (every key but `global`). */
  regions: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/** Objects merge by key, arrays concatenate, anything else: the later file wins only if the earlier was absent. */
export function deepMerge(into: unknown, from: unknown, where: string): unknown {
  if (into === undefined) return structuredClone(from);
  if (Array.isArray(into) && Array.isArray(from)) return [...into, ...structuredClone(from)];
  if (isObject(into) && isObject(from)) {
    const out: Record<string, unknown> = { ...into };
    for (const [key, value] of Object.entries(from)) out[key] = deepMerge(out[key], value, `${where}.${key}`);
    return out;
  }
  if (JSON.stringify(into) === JSON.stringify(from)) return into;
  throw new Error(`demo fixtures disagree at ${where}: ${JSON.stringify(into)} vs ${JSON.stringify(from)}; give one file the value`);
}

export function loadDemoAccount(dir = DEMO_FIXTURES): DemoAccount {
  const regions: Record<string, RegionSpec> = {};
  const faults: FaultSpec[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const [service] = file.slice(0, -'.json'.length).split('.');
    if (!service) continue;
    if (service === 'faults') {
      if (!Array.isArray(raw)) throw new Error(`${file}: must be an array of faults`);
      faults.push(...(raw as FaultSpec[]));
      continue;
    }
    if (!isObject(raw)) throw new Error(`${file}: must be an object keyed by region (or "global")`);
    for (const [region, spec] of Object.entries(raw)) {
      const current = regions[region] ?? {};
      current[service] = deepMerge(current[service], spec, `${file}:${region}.${service}`);
      regions[region] = current;
    }
  }
  return {
    spec: { accountId: DEMO_ACCOUNT_ID, regions },
    faults,
    regions: Object.keys(regions).filter((r) => r !== 'global').sort(),
  };
}
