/**
 * Re-records the bundled demo account (`events/demo-account/`, what `npm run demo` replays) from the
 * fixtures in `test/fixtures/demo/`: the real scan, through the real SDK pipeline, answered by the fake
 * account. Run after changing a fixture: `npx tsx scripts/record-demo.ts`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildConfig } from '../src/config/scan-config.js';
import { scan, type ScanResult } from '../src/scan.js';
import { FakeAws } from '../test/fake-aws/fake-aws.js';
import { DEMO_RECORDED_AT, loadDemoAccount } from '../test/fake-aws/demo.js';

export const DEMO_RECORDING = fileURLToPath(new URL('../events/demo-account', import.meta.url));

/** Records the demo account into `dir` (emptied first) and returns the scan that produced it. */
export async function recordDemo(dir: string): Promise<ScanResult> {
  const demo = loadDemoAccount();
  const fake = new FakeAws(demo.spec, { faults: demo.faults });
  rmSync(dir, { recursive: true, force: true });
  return scan(buildConfig({ regions: demo.regions, record: dir }), { transport: fake.transport(), now: () => new Date(DEMO_RECORDED_AT) });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await recordDemo(DEMO_RECORDING);
  const c = result.counts;
  process.stderr.write(
    `recorded ${result.inventory.resources.length} resources, ${result.api.calls} calls into ${join('events', 'demo-account')}: ` +
      `${c.FAIL} FAIL, ${c.PASS} PASS, ${c.NOT_EVALUATED} NOT_EVALUATED, ${c.NOT_APPLICABLE} NOT_APPLICABLE\n`,
  );
}
