/**
 * `npm run bench`: scans a large synthetic account through the real collectors and SDK pipeline against
 * a realistic fake AWS (latency, per-operation rate limits, real throttling codes, real page sizes), at
 * several scales, each in a fresh process; then measures the bundled handler. Prints the measurements
 * and pass/fail against the targets. Flags: bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { AWS_DEFAULTS, ClientFactory } from '../src/aws/client-factory.js';
import type { AnyClient, ClientConstructor } from '../src/collectors/types.js';
import { buildConfig } from '../src/config.js';
import { evaluate } from '../src/engine/evaluate.js';
import { scan, selectChecks } from '../src/scan.js';
import { FakeAws } from '../test/fake-aws/fake-aws.js';
import { DEFAULT_SIZE, resourceCounts, scaled, syntheticAccount, type SyntheticSize } from '../test/fake-aws/synthetic.js';
import { MINIMUMS, type RegionView } from './minimum.js';
import { BenchTransport, Pacer } from './transport.js';
import { iamPrefixOf } from '../src/aws/services.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Flags {
  scales: number[];
  latencyMs: number;
  timeScale: number;
  size: SyntheticSize;
  child?: number;
  importRuns: number;
  /** Extra random throttling on this fraction of all calls (on top of the rate limits). */
  throttleRate: number;
  /** `adaptive`: the production client factory; `standard`: the same with the SDK's standard retry (no client-side rate limiter), for comparison. */
  retry: 'adaptive' | 'standard';
  /** V8 old-space cap for each scale run (`--max-old-space-size`), as a Lambda of a given memory size would set it. */
  heapMb?: number;
  /** Pace calls client-side at the known per-operation rates (what the runner could do), for comparison. */
  pace: boolean;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { scales: [1, 4, 16], latencyMs: 40, timeScale: 1, size: { ...DEFAULT_SIZE }, importRuns: 7, throttleRate: 0, retry: 'adaptive', pace: false };
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
    else if (flag === '--child') flags.child = num();
    else if (flag === '--heap-mb') flags.heapMb = num();
    else if (flag === '--pace') flags.pace = true;
    else if (flag === '--regions') {
      flags.size.regions = String(value).split(',');
      i += 1;
    } else if (sizeKeys[flag]) (flags.size as unknown as Record<string, number>)[sizeKeys[flag]] = num();
    else throw new Error(`unknown flag ${flag}`);
  }
  return flags;
}

/**
 * The production factory, optionally with each client's retry strategy replaced by the SDK's standard one
 * and/or calls paced client-side per operation (comparison runs only).
 */
class ComparisonFactory extends ClientFactory {
  private readonly tuned = new WeakSet<object>();

  constructor(
    options: ConstructorParameters<typeof ClientFactory>[0],
    private readonly standardRetry: boolean,
    private readonly pacer?: Pacer,
  ) {
    super(options);
  }

  override get<C extends AnyClient>(Ctor: ClientConstructor<C>, region: string): C {
    const client = super.get(Ctor, region);
    if (this.tuned.has(client)) return client;
    this.tuned.add(client);
    if (this.standardRetry) {
      const strategy = new StandardRetryStrategy(AWS_DEFAULTS.maxAttempts);
      (client.config as { retryStrategy: () => Promise<unknown> }).retryStrategy = () => Promise.resolve(strategy);
    }
    const pacer = this.pacer;
    if (pacer) {
      const service = iamPrefixOf(client);
      client.middlewareStack.add(
        (next, context) => async (args) => {
          await pacer.take(service, region, String(context.commandName ?? '').replace(/Command$/, ''));
          return next(args);
        },
        { step: 'initialize', name: 'benchPacing', priority: 'low' },
      );
    }
    return client;
  }
}

interface ServiceReport {
  resources: number;
  calls: number;
  minimum: number;
}

interface RunReport {
  scale: number;
  resources: number;
  findings: number;
  wallMs: number;
  boundMs: number;
  boundBy: string;
  calls: number;
  attempts: number;
  throttles: number;
  failures: number;
  /** Collection errors recorded (calls that failed for good, after the SDK's retries). */
  errors: Record<string, number>;
  /** Attempts the fake AWS rate limits refused, per operation. */
  throttledBy: Record<string, number>;
  notEvaluated: number;
  partial: boolean;
  services: Record<string, ServiceReport>;
  duplicates: { call: string; times: number }[];
  peakRssMb: number;
  heapAfterMb: number;
  evalPerSecond: number;
  evaluations: number;
}

/** One scan at one scale (child process). */
async function runOnce(flags: Flags, scale: number): Promise<RunReport> {
  const size = scaled(flags.size, scale);
  const account = syntheticAccount(size);
  const fake = new FakeAws(account, flags.throttleRate > 0 ? { faults: [{ service: '*', error: 'ThrottlingException', rate: flags.throttleRate }] } : {});
  // The fake's own call log would grow with the scan and count in the peak RSS: the bench keeps its own.
  const answer = fake.transport();
  const inner: typeof answer = (call) => {
    const pending = answer(call);
    fake.calls.length = 0;
    return pending;
  };
  const bench = new BenchTransport(inner, { latencyMs: flags.latencyMs, timeScale: flags.timeScale });
  const pacer = flags.pace ? new Pacer((service, operation) => bench.limitFor(service, operation)) : undefined;
  const factory = flags.retry === 'standard' || pacer ? new ComparisonFactory({ transport: bench.transport() }, flags.retry === 'standard', pacer) : new ClientFactory({ transport: bench.transport() });
  const config = buildConfig({ regions: size.regions, accountId: account.accountId });
  const started = performance.now();
  const result = await scan(config, { factory });
  const wallMs = performance.now() - started;
  factory.destroy();
  // Heap still held once the scan is over (inventory, findings, the fake account, the call log).
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterMb = process.memoryUsage().heapUsed / 1024 / 1024;

  // Lower bound: slowest rate-limited operation bucket, or the longest dependent chain x latency.
  const answered = bench.answeredBy();
  const counts = resourceCounts(account);
  const services: Record<string, ServiceReport> = {};
  let rateBound = 0;
  let rateBoundBy = '';
  const chains = { primary: 0, dependent: 0 };
  for (const region of size.regions) {
    const view: RegionView = { spec: (s) => (account.regions[region]?.[s] ?? {}) as Record<string, unknown[] | undefined> };
    for (const [service, min] of Object.entries(MINIMUMS)) {
      if (min.global) continue;
      if (!answered.size || ![...answered.values()].some((a) => a.service === service)) continue;
      const work = min.work(view.spec(service), view);
      const entry = (services[service] ??= { resources: 0, calls: 0, minimum: 0 });
      entry.minimum += work.calls;
      chains[min.phase] = Math.max(chains[min.phase], work.chain);
    }
  }
  // Account-level services are worked out once, from the `global` spec.
  for (const [service, min] of Object.entries(MINIMUMS)) {
    if (!min.global || ![...answered.values()].some((a) => a.service === service)) continue;
    const view: RegionView = { spec: (s) => (account.regions.global?.[s] ?? {}) as Record<string, unknown[] | undefined> };
    const work = min.work(view.spec(service), view);
    const entry = (services[service] ??= { resources: 0, calls: 0, minimum: 0 });
    entry.minimum += work.calls;
    chains[min.phase] = Math.max(chains[min.phase], work.chain);
  }
  for (const a of answered.values()) {
    const entry = (services[a.service] ??= { resources: 0, calls: 0, minimum: 0 });
    entry.calls += a.calls;
    const limit = bench.limitFor(a.service, a.operation);
    const t = (Math.max(0, a.calls - limit.burst) / limit.rps) * 1000;
    if (t > rateBound) {
      rateBound = t;
      rateBoundBy = `${a.service}:${a.operation} in ${a.region}: ${a.calls} calls at ${limit.rps} rps (burst ${limit.burst})`;
    }
  }
  for (const [service, entry] of Object.entries(services)) entry.resources = counts[service] ?? 0;
  const chainMs = (chains.primary + chains.dependent) * bench.latencyMs;
  const boundMs = Math.max(rateBound, chainMs);
  const boundBy = rateBound >= chainMs ? rateBoundBy : `dependent chain of ${chains.primary + chains.dependent} calls x ${bench.latencyMs} ms`;

  // Engine alone over the collected inventory.
  const checks = selectChecks(config);
  let evaluations = 0;
  let evalMs = 0;
  let reps = 0;
  while (evalMs < 1000 && reps < 50) {
    const t0 = performance.now();
    evaluations = evaluate(result.inventory, checks, config.settings).length;
    evalMs += performance.now() - t0;
    reps += 1;
  }
  return {
    scale,
    resources: result.inventory.resources.length,
    findings: result.findings.length,
    wallMs,
    boundMs,
    boundBy,
    calls: result.api.calls,
    attempts: result.api.attempts,
    throttles: result.api.throttles,
    failures: result.api.failures,
    errors: result.inventory.errors.reduce<Record<string, number>>((acc, e) => ({ ...acc, [`${e.action} ${e.code}`]: (acc[`${e.action} ${e.code}`] ?? 0) + 1 }), {}),
    notEvaluated: result.counts.NOT_EVALUATED,
    partial: result.partial,
    services,
    duplicates: bench.duplicates(),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapAfterMb,
    throttledBy: bench.throttledBy(),
    evalPerSecond: (evaluations * reps) / (evalMs / 1000),
    evaluations,
  };
}

const MARK = '@@bench@@';

function runChild(scale: number, argv: string[], heapMb?: number): RunReport {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const args = [join(ROOT, 'bench', 'run.ts'), ...argv.filter((a, i) => a !== '--scales' && argv[i - 1] !== '--scales'), '--child', String(scale)];
  const child = spawnSync(tsx, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_NO_WARNINGS: '1', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc${heapMb ? ` --max-old-space-size=${heapMb}` : ''}`.trim() } });
  const line = child.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`bench child for scale ${scale} failed (exit ${child.status}):\n${child.stderr.slice(-4000)}`);
  return JSON.parse(line.slice(MARK.length)) as RunReport;
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
  console.log(`API: ${r.calls} calls, ${r.attempts} attempts, ${r.throttles} throttled and retried, ${r.failures} answered with an error (absent resources included); collection errors: ${JSON.stringify(r.errors)}; rate-limit throttles by operation: ${JSON.stringify(r.throttledBy ?? {})}`);
  for (const [service, s] of Object.entries(r.services)) {
    const per = s.resources ? `${fmt(s.calls / s.resources, 2)} calls/resource (minimum ${fmt(s.minimum / s.resources, 2)})` : '';
    console.log(`  ${service.padEnd(10)} ${String(s.resources).padStart(7)} resources ${String(s.calls).padStart(7)} answered calls, minimum ${s.minimum}  ${per}`);
  }
  console.log(`peak RSS ${fmt(r.peakRssMb)} MB, heap held after the scan ${fmt(r.heapAfterMb)} MB; evaluation ${fmt(r.evalPerSecond, 0)} (resource x check)/s over ${r.evaluations} evaluations`);
  if (r.duplicates.length > 0) {
    console.log(`duplicate calls (same service, region, operation, input): ${r.duplicates.length}`);
    for (const d of r.duplicates.slice(0, 20)) console.log(`  ${d.times}x ${d.call.slice(0, 200)}`);
  } else console.log('duplicate calls: none');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flags = parseFlags(argv);
  if (flags.child !== undefined) {
    const report = await runOnce(flags, flags.child);
    process.stdout.write(`${MARK}${JSON.stringify(report)}\n`);
    return;
  }
  console.log(`data-posture benchmark: latency ${flags.latencyMs} ms, time scale ${flags.timeScale}, random throttling ${flags.throttleRate}, ${flags.retry} retry, heap cap ${flags.heapMb ? `${flags.heapMb} MB` : 'none'}, ${flags.pace ? 'paced per operation' : 'unpaced'}, scales ${flags.scales.join(', ')}; 1x = ${JSON.stringify({ ...flags.size, regions: flags.size.regions.length })}`);
  const runs: RunReport[] = [];
  for (const scale of flags.scales) {
    const r = runChild(scale, argv, flags.heapMb);
    runs.push(r);
    printRun(r);
  }
  console.log('\n== growth');
  console.log('scale  resources    wall s   bound s  wall/bound   calls  throttles  peak RSS MB  heap after MB  RSS MB per 1k resources');
  for (const r of runs) {
    console.log(
      `${String(r.scale).padStart(4)}x ${String(r.resources).padStart(10)} ${fmt(r.wallMs / 1000, 2).padStart(9)} ${fmt(r.boundMs / 1000, 2).padStart(9)} ${fmt(r.wallMs / Math.max(1, r.boundMs), 2).padStart(11)} ${String(r.calls).padStart(7)} ${String(r.throttles).padStart(10)} ${fmt(r.peakRssMb).padStart(12)} ${fmt(r.heapAfterMb).padStart(14)} ${fmt((r.peakRssMb / Math.max(1, r.resources)) * 1000, 2).padStart(20)}`,
    );
  }
  const handler = handlerMetrics(flags.importRuns);
  const importMedian = median(handler.importMs);
  console.log(`\n== handler: dist/handler.mjs ${fmt(handler.bytes / 1024 / 1024, 2)} MB; import ${handler.importMs.map((m) => fmt(m, 0)).join(', ')} ms (median ${fmt(importMedian, 0)} ms)`);

  console.log('\n== targets');
  const biggest = runs.reduce((a, b) => (b.scale > a.scale ? b : a), runs[0]!);
  for (const r of runs) console.log(`${verdict(r.wallMs / Math.max(1, r.boundMs) <= 1.3)}  wall/bound <= 1.3 at ${r.scale}x (${fmt(r.wallMs / Math.max(1, r.boundMs), 2)})`);
  // Linear memory: peak RSS per added resource does not grow from one scale step to the next (within 1.5x).
  const ordered = [...runs].sort((a, b) => a.scale - b.scale);
  const slopes = ordered.slice(1).map((r, i) => (r.peakRssMb - ordered[i]!.peakRssMb) / Math.max(1, r.resources - ordered[i]!.resources));
  console.log(`${verdict(biggest.peakRssMb < 512)}  peak RSS < 512 MB at ${biggest.scale}x (${fmt(biggest.peakRssMb)} MB)`);
  if (slopes.length > 0) {
    const linear = slopes.every((sl) => sl <= Math.max(0, slopes[0]!) * 1.5 + 0.001);
    console.log(`${verdict(linear)}  memory grows linearly (peak RSS MB per 1k added resources, step by step: ${slopes.map((sl) => fmt(sl * 1000, 2)).join(', ')})`);
  }
  console.log(`${verdict(handler.bytes < 1.5 * 1024 * 1024)}  handler bundle < 1.5 MB (${fmt(handler.bytes / 1024 / 1024, 2)} MB)`);
  console.log(`${verdict(importMedian < 300)}  handler import < 300 ms (median ${fmt(importMedian, 0)} ms)`);
  const dupes = runs.reduce((n, r) => n + r.duplicates.length, 0);
  console.log(`${verdict(dupes === 0)}  no API call made twice for the same input within a scan (${dupes} duplicated)`);
  const lost = runs.reduce((n, r) => n + Object.values(r.errors).reduce((a, b) => a + b, 0), 0);
  console.log(`${verdict(lost === 0)}  no collection error: every throttled call eventually answered (${lost} errors)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
