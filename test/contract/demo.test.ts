import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { DEMO_RECORDING, recordDemo } from '../../scripts/record-demo.js';
import { buildConfig } from '../../src/config.js';
import { CONTROL_AREAS } from '../../src/engine/vocabulary.js';
import { scan } from '../../src/scan.js';
import { loadDemoAccount } from '../fake-aws/demo.js';

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('the bundled demo account', () => {
  it('is recorded from the current fixtures and collectors (run `npm run record-demo`)', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'dp-demo-'));
    // Act
    await recordDemo(dir);
    // Assess
    const fresh = files(dir);
    const bundled = files(DEMO_RECORDING);
    expect([...bundled.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) expect(bundled.get(name), name).toBe(text);
  });

  it('replays to every check with a verdict, across all seven control areas, with failures and passes', async () => {
    // Prepare
    const demo = loadDemoAccount();
    // Act
    const result = await scan(buildConfig({ regions: demo.regions, replay: DEMO_RECORDING }));
    // Assess
    const judged = new Set(result.findings.map((f) => f.checkId));
    expect(CHECKS.map((c) => c.id).filter((id) => !judged.has(id))).toEqual([]);
    for (const area of Object.keys(CONTROL_AREAS)) {
      expect(result.findings.some((f) => f.control === area && f.status === 'FAIL'), `a failure in ${area}`).toBe(true);
    }
    expect(result.counts.PASS).toBeGreaterThan(0);
    expect(result.counts.NOT_EVALUATED).toBeGreaterThan(0);
  });
});
