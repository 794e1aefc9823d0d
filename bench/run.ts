/**
 * `npm run bench`: scans a large synthetic account through the real collectors and SDK pipeline against
 * a realistic fake AWS (latency, per-operation rate limits, real throttling codes, real page sizes), at
 * several scales, each in a fresh process; then measures the bundled handler. Prints the measurements
 * and pass/fail against the targets. Flags: bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SIZE, resourceCounts, scaled, syntheticAccount, type SyntheticSize } from '../test/fake-aws/synthetic.js';
import { MINIMUMS } from './minimum.js';
import { MARK, type ChildParams, type ChildReport } from './protocol.js';
import { limitFor } from './transport.js';
import { DEFAULT_PUBLISH_RESERVE_MS } from '../src/config/scan-config.js';

import { SECURITY_HUB_RATE as PUBLISH_RATE } from '../src/findings/asff-limits.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The scan function's Timeout, as template.yaml sets it. */
const LAMBDA_TIMEOUT_MS = Number(/^\s+Timeout:\s*(\d+)\s*$/m.exec(readFileSync(join(ROOT, 'template.yaml'), 'utf8'))?.[1] ?? 900) * 1000;

interface Flags {
  scales: number[];
  latencyMs: number;
  timeScale: number;
  size: SyntheticSize;
  importRuns: number;
  /** Extra random throttling on this fraction of all calls (on top of the rate limits). */
  throttleRate: number;
  /** `adaptive`: the production client factory; `standard`: the same with the SDK's standard retry (no client-side rate limiter), for comparison. */
  retry: 'adaptive' | 'standard';
  /** Publish to the fake Security Hub after each scan, as the function does. */
  publish: boolean;
  /** Function memory size (MB) whose V8 limits each scan runs under, as Lambda's Node.js runtime sets them; 0: V8's defaults. */
  lambdaMemoryMb: number;
  /** Pace calls client-side at the known per-operation rates (what the runner could do), for comparison. */
  pace: boolean;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { scales: [1, 4, 16], latencyMs: 40, timeScale: 1, size: { ...DEFAULT_SIZE }, importRuns: 7, throttleRate: 0, retry: 'adaptive', pace: false, publish: true, lambdaMemoryMb: 512 };
  const sizeKeys: Record<string, keyof SyntheticSize> = {
    '--tables': 'dynamodbTables', '--dax': 'daxClusters', '--kms-keys': 'kmsKeys', '--vpcs': 'vpcs',
    '--redshift': 'redshiftClusters', '--aurora': 'auroraClusters', '--glue-jobs': 'glueJobs',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const num = () => {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a non-negative number, got ${value}`);
      i += 1;
      return n;
    };
    if (flag === '--scales') {
      flags.scales = String(value).split(',').map(Number);
      i += 1;
    } else if (flag === '--latency') flags.latencyMs = num();
    else if (flag === '--time-scale') flags.timeScale = num() || 1;
    else if (flag === '--throttle-rate') flags.throttleRate = Math.min(1, num());
    else if (flag === '--retry') {
      if (value !== 'adaptive' && value !== 'standard') throw new Error(`--retry is adaptive or standard, got ${value}`);
      flags.retry = value;
      i += 1;
    } else if (flag === '--import-runs') flags.importRuns = Math.max(1, num());
    else if (flag === '--lambda-memory') flags.lambdaMemoryMb = num();
    else if (flag === '--no-publish') flags.publish = false;
    else if (flag === '--pace') flags.pace = true;
    else if (flag === '--regions') {
      flags.size.regions = String(value).split(',');
      i += 1;
    } else if (sizeKeys[flag]) (flags.size as unknown as Record<string, number>)[sizeKeys[flag]] = num();
    else throw new Error(`unknown flag ${flag}`);
  }
  return flags;
}

interface ServiceReport {
  resources: number;
  calls: number;
  minimum: number;
}

interface RunReport extends ChildReport {
  scale: number;
  boundMs: number;
  boundBy: string;
  /** Publishing's lower bound: the busiest region's Security Hub calls at the publisher's 10 per second (burst 30). */
  publishBoundMs: number;
  /** Attempts the fake AWS rate limits refused, per operation. */
  throttledBy: Record<string, number>;
  services: Record<string, ServiceReport>;
}

/**
 * V8 limits Lambda's Node.js runtime sets for a function of `memoryMb`: a tenth of the memory for the
 * young generation (half of it per semi-space), the rest for the old generation.
 */
export function lambdaHeapFlags(memoryMb: number): string[] {
  if (memoryMb <= 0) return [];
  const newSpace = Math.floor(memoryMb / 10);
  return [`--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

/** One scan at one scale, in its own process; then its lower bound and minimum calls, worked out here. */
function runScale(flags: Flags, scale: number): RunReport | { scale: number; failed: string } {
  const bundle = join(ROOT, 'dist', 'bench', 'scan-child.mjs');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run the benchmark with \`npm run bench\` (it builds the bundle first)`);
  const size = scaled(flags.size, scale);
  const params: ChildParams = { root: ROOT, scale, size, latencyMs: flags.latencyMs, timeScale: flags.timeScale, throttleRate: flags.throttleRate, retry: flags.retry, pace: flags.pace, publish: flags.publish };
  const child = spawnSync(process.execPath, ['--expose-gc', ...lambdaHeapFlags(flags.lambdaMemoryMb), bundle, JSON.stringify(params)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_NO_WARNINGS: '1', NODE_OPTIONS: '' },
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) {
    const oom = /heap out of memory|Allocation failed/.test(child.stderr);
    if (oom) return { scale, failed: `ran out of memory under the V8 limits of a ${flags.lambdaMemoryMb} MB function` };
    throw new Error(`bench child for scale ${scale} failed (exit ${child.status}):\n${child.stderr.slice(-4000)}`);
  }
  const report = JSON.parse(line.slice(MARK.length)) as ChildReport;

  // Lower bound: slowest rate-limited operation bucket, or the longest dependent chain x latency.
  const account = syntheticAccount(size);
  const counts = resourceCounts(account);
  const services: Record<string, ServiceReport> = {};
  const called = new Set(report.counts.map((c) => c.service));
  const chains = { primary: 0, dependent: 0 };
  const addMinimum = (service: string, spec: (s: string) => Record<string, unknown[] | undefined>) => {
    const min = MINIMUMS[service]!;
    const work = min.work(spec(service), { spec });
    const entry = (services[service] ??= { resources: 0, calls: 0, minimum: 0 });
    entry.minimum += work.calls;
    chains[min.phase] = Math.max(chains[min.phase], work.chain);
  };
  for (const [service, min] of Object.entries(MINIMUMS)) {
    if (!called.has(service)) continue;
    // Account-level services are worked out once, from the `global` spec.
    const regions = min.global ? ['global'] : size.regions;
    for (const region of regions) addMinimum(service, (s) => (account.regions[region]?.[s] ?? {}) as Record<string, unknown[] | undefined>);
  }
  let rateBound = 0;
  let rateBoundBy = '';
  const throttledBy: Record<string, number> = {};
  // Security Hub is the publish phase, after the scan: bounded on its own, by the publisher's own limiter.
  const hubCalls = new Map<string, number>();
  for (const c of report.counts) if (c.service === 'securityhub') hubCalls.set(c.region, (hubCalls.get(c.region) ?? 0) + c.calls);
  const publishBoundMs = Math.max(0, ...[...hubCalls.values()].map((n) => (Math.max(0, n - PUBLISH_RATE.burst) / PUBLISH_RATE.perSecond) * 1000));
  for (const c of report.counts) {
    if (c.service === 'securityhub') continue;
    const entry = (services[c.service] ??= { resources: 0, calls: 0, minimum: 0 });
    entry.calls += c.calls;
    if (c.throttled) throttledBy[`${c.service}:${c.operation}`] = (throttledBy[`${c.service}:${c.operation}`] ?? 0) + c.throttled;
    const limit = limitFor(c.service, c.operation, flags.timeScale);
    const t = (Math.max(0, c.calls - limit.burst) / limit.rps) * 1000;
    if (t > rateBound) {
      rateBound = t;
      rateBoundBy = `${c.service}:${c.operation} in ${c.region}: ${c.calls} calls at ${limit.rps} rps (burst ${limit.burst})`;
    }
  }
  for (const [service, entry] of Object.entries(services)) entry.resources = counts[service] ?? 0;
  const latencyMs = flags.latencyMs / flags.timeScale;
  const chainMs = (chains.primary + chains.dependent) * latencyMs;
  const boundMs = Math.max(rateBound, chainMs);
  const boundBy = rateBound >= chainMs ? rateBoundBy : `dependent chain of ${chains.primary + chains.dependent} calls x ${latencyMs} ms`;
  return { ...report, scale, boundMs, boundBy, publishBoundMs, throttledBy, services };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function handlerMetrics(runs: number): { bytes: number; importMs: number[] } {
  const bundle = join(ROOT, 'dist', 'handler.mjs');
  const bytes = statSync(bundle).size;
  const script = `const t=performance.now(); await import(${JSON.stringify(bundle)}); process.stdout.write(String(performance.now()-t));`;
  const importMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1', AWS_REGION: 'eu-west-1' } });
    const ms = Number(child.stdout.trim());
    if (!Number.isFinite(ms)) throw new Error(`importing dist/handler.mjs failed: ${child.stderr.slice(-2000)}`);
    importMs.push(ms);
  }
  return { bytes, importMs };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function printRun(r: RunReport): void {
  console.log(`\n== ${r.scale}x: ${r.resources} resources collected, ${r.findings} findings (${r.notEvaluated} NOT_EVALUATED${r.partial ? ', PARTIAL' : ''})`);
  console.log(`wall ${fmt(r.wallMs / 1000, 2)} s; lower bound ${fmt(r.boundMs / 1000, 2)} s (${r.boundBy}); wall/bound ${fmt(r.wallMs / Math.max(1, r.boundMs), 2)}`);
  console.log(`API: ${r.calls} calls, ${r.attempts} attempts, ${r.throttles} throttled and retried, ${r.failures} answered with an error (absent resources included); collection errors: ${JSON.stringify(r.errors)}; rate-limit throttles by operation: ${JSON.stringify(r.throttledBy)}`);
  for (const [service, s] of Object.entries(r.services)) {
    const per = s.resources ? `${fmt(s.calls / s.resources, 2)} calls/resource (minimum ${fmt(s.minimum / s.resources, 2)})` : '';
    console.log(`  ${service.padEnd(10)} ${String(s.resources).padStart(7)} resources ${String(s.calls).padStart(7)} answered calls, minimum ${s.minimum}  ${per}`);
  }
  if (r.publish) {
    const p = r.publish;
    console.log(`publish (first, every failure created): ${p.created} findings in ${p.batches} batches, ${p.calls} Security Hub calls, ${p.throttles} throttled; wall ${fmt(p.wallMs / 1000, 2)} s; lower bound ${fmt(r.publishBoundMs / 1000, 2)} s (busiest region at ${PUBLISH_RATE.perSecond}/s); ${p.ok ? 'complete' : 'INCOMPLETE'}`);
  }
  console.log(`peak RSS ${fmt(r.scanPeakRssMb)} MB when the scan returned${r.publish ? `, ${fmt(r.peakRssMb)} MB after the publish` : ''}; heap held after the scan ${fmt(r.heapAfterMb)} MB; evaluation ${fmt(r.evalPerSecond, 0)} (resource x check)/s over ${r.evaluations} evaluations`);
  if (r.duplicates.length > 0) {
    console.log(`duplicate calls (same service, region, operation, input): ${r.duplicates.length}`);
    for (const d of r.duplicates.slice(0, 20)) console.log(`  ${d.times}x ${d.call.slice(0, 200)}`);
  } else console.log('duplicate calls: none');
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2));
  const memory = flags.lambdaMemoryMb > 0 ? `V8 limits of a ${flags.lambdaMemoryMb} MB Lambda function (${lambdaHeapFlags(flags.lambdaMemoryMb).join(' ')})` : "V8's default limits";
  console.log(`data-posture benchmark: latency ${flags.latencyMs} ms, time scale ${flags.timeScale}, random throttling ${flags.throttleRate}, ${flags.retry} retry, ${flags.pace ? 'paced per operation' : 'unpaced'}, ${memory}, scales ${flags.scales.join(', ')}; 1x = ${JSON.stringify({ ...flags.size, regions: flags.size.regions.length })}`);
  const runs: RunReport[] = [];
  const failed: { scale: number; failed: string }[] = [];
  for (const scale of flags.scales) {
    const r = runScale(flags, scale);
    if ('failed' in r) {
      failed.push(r);
      console.log(`\n== ${scale}x: ${r.failed}`);
      continue;
    }
    runs.push(r);
    printRun(r);
  }
  console.log('\n== growth');
  console.log('scale  resources    wall s   bound s  wall/bound   calls  throttles  peak RSS MB (scan / with publish)  heap after MB  RSS MB per 1k resources');
  for (const r of runs) {
    console.log(
      `${String(r.scale).padStart(4)}x ${String(r.resources).padStart(10)} ${fmt(r.wallMs / 1000, 2).padStart(9)} ${fmt(r.boundMs / 1000, 2).padStart(9)} ${fmt(r.wallMs / Math.max(1, r.boundMs), 2).padStart(11)} ${String(r.calls).padStart(7)} ${String(r.throttles).padStart(10)} ${`${fmt(r.scanPeakRssMb)} / ${r.publish ? fmt(r.peakRssMb) : '-'}`.padStart(34)} ${fmt(r.heapAfterMb).padStart(14)} ${fmt((r.scanPeakRssMb / Math.max(1, r.resources)) * 1000, 2).padStart(20)}`,
    );
  }
  for (const f of failed) console.log(`${String(f.scale).padStart(4)}x  ${f.failed}`);
  const handler = handlerMetrics(flags.importRuns);
  const importMedian = median(handler.importMs);
  console.log(`\n== handler: dist/handler.mjs ${fmt(handler.bytes / 1024 / 1024, 2)} MB; import ${handler.importMs.map((m) => fmt(m, 0)).join(', ')} ms (median ${fmt(importMedian, 0)} ms)`);

  console.log('\n== targets');
  for (const f of failed) console.log(`FAIL  ${f.scale}x completes (${f.failed})`);
  for (const r of runs) console.log(`${verdict(r.wallMs / Math.max(1, r.boundMs) <= 1.3)}  wall/bound <= 1.3 at ${r.scale}x (${fmt(r.wallMs / Math.max(1, r.boundMs), 2)})`);
  if (runs.length > 0) {
    const biggest = runs.reduce((a, b) => (b.scale > a.scale ? b : a), runs[0]!);
    const largest = Math.max(...flags.scales);
    const done = biggest.scale === largest;
    console.log(`${verdict(done && biggest.scanPeakRssMb < 512)}  peak RSS < 512 MB at ${largest}x, scan (${done ? `${fmt(biggest.scanPeakRssMb)} MB` : 'did not complete'})`);
    if (biggest.publish) console.log(`${verdict(done && biggest.peakRssMb < 512)}  peak RSS < 512 MB at ${largest}x, scan and first publish (${done ? `${fmt(biggest.peakRssMb)} MB` : 'did not complete'})`);
    // Linear memory: peak RSS per added resource does not grow from one scale step to the next (within 1.5x).
    const ordered = [...runs].sort((a, b) => a.scale - b.scale);
    const slopes = ordered.slice(1).map((r, i) => (r.scanPeakRssMb - ordered[i]!.scanPeakRssMb) / Math.max(1, r.resources - ordered[i]!.resources));
    if (slopes.length > 0) {
      const linear = slopes.every((sl) => sl <= Math.max(0, slopes[0]!) * 1.5 + 0.001);
      console.log(`${verdict(linear)}  memory grows linearly (peak RSS MB per 1k added resources, step by step: ${slopes.map((sl) => fmt(sl * 1000, 2)).join(', ')})`);
    }
  }
  console.log(`${verdict(handler.bytes < 1.5 * 1024 * 1024)}  handler bundle < 1.5 MB (${fmt(handler.bytes / 1024 / 1024, 2)} MB)`);
  console.log(`${verdict(importMedian < 300)}  handler import < 300 ms (median ${fmt(importMedian, 0)} ms)`);
  // Not a target of the benchmark, but what decides whether the scheduled function sees the whole account.
  if (flags.timeScale === 1) {
    const collectS = (LAMBDA_TIMEOUT_MS - DEFAULT_PUBLISH_RESERVE_MS) / 1000;
    for (const r of runs) {
      const fits = r.wallMs / 1000 <= collectS;
      console.log(`${fits ? 'INFO' : 'NOTE'}  ${r.scale}x: the scan ${fits ? 'fits' : 'does not fit'} the function's ${collectS} s for collection (template Timeout ${LAMBDA_TIMEOUT_MS / 1000} s less the ${DEFAULT_PUBLISH_RESERVE_MS / 1000} s publish reserve): ${fmt(r.wallMs / 1000)} s${fits ? '' : '; a scheduled run would be partial (the deadline makes the rest NOT_EVALUATED)'}`);
    }
  }
  const dupes = runs.reduce((n, r) => n + r.duplicates.length, 0);
  console.log(`${verdict(dupes === 0)}  no API call made twice for the same input within a scan (${dupes} duplicated)`);
  const published = runs.filter((r) => r.publish);
  if (published.length > 0) {
    const incomplete = published.filter((r) => !r.publish!.ok).map((r) => `${r.scale}x`);
    console.log(`${verdict(incomplete.length === 0)}  every first publish complete${incomplete.length ? ` (incomplete at ${incomplete.join(', ')})` : ''}`);
  }
  const lost = runs.reduce((n, r) => n + Object.values(r.errors).reduce((a, b) => a + b, 0), 0);
  console.log(`${verdict(lost === 0)}  no collection error: every throttled call eventually answered (${lost} errors)`);
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
}
