/**
 * One benchmark scan, in a process that holds what a Lambda would: the scanner, bundled the way the handler
 * is (`node scripts/build.mjs --bench` writes dist/bench/scan-child.mjs), started by `bench/run.ts` with the
 * V8 limits of the function size under test. The fake account answers from its own process
 * (`bench/fake-server.ts`), behind the latency and rate limits of `BenchTransport`.
 * Input: one JSON argument (`ChildParams`); output: one line, `MARK` then the JSON `ChildReport` (bench/protocol.ts).
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { AWS_DEFAULTS, ClientFactory, type Transport } from '../src/aws/client-factory.js';
import { iamPrefixOf } from '../src/aws/services.js';
import type { AnyClient, ClientConstructor } from '../src/collectors/types.js';
import { buildConfig, DEFAULT_PUBLISH } from '../src/config/scan-config.js';
import { evaluations } from '../src/engine/evaluate.js';
import { publishToSecurityHub } from '../src/publish/securityhub.js';
import { scan, selectChecks } from '../src/scan.js';
import type { ServerReply, ServerRequest } from './fake-server.js';
import { MARK, type ChildParams, type ChildReport } from './protocol.js';
import { BenchTransport, Pacer } from './transport.js';

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

/** The fake account's process, and a transport that asks it. */
function startFakeAws(root: string) {
  const server = fork(join(root, 'bench', 'fake-server.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: '', NODE_NO_WARNINGS: '1' },
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const waiting: { resolve: (reply: ServerReply) => void; reject: (e: Error) => void }[] = [];
  let next = 0;
  server.on('message', (reply: ServerReply) => {
    if (reply.type === 'answer') {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (!p) return;
      if (reply.error) p.reject(Object.assign(new Error(reply.error.message), reply.error));
      else p.resolve(reply.output);
    } else waiting.shift()?.resolve(reply);
  });
  let exited: Error | undefined;
  server.on('exit', (code) => {
    exited = new Error(`the fake AWS process exited (${code})`);
    for (const p of [...pending.values(), ...waiting]) p.reject(exited);
    pending.clear();
    waiting.length = 0;
  });
  const request = (message: ServerRequest) =>
    new Promise<ServerReply>((resolve, reject) => {
      if (exited) return reject(exited);
      waiting.push({ resolve, reject });
      server.send(message);
    });
  const transport: Transport = (call) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      server.send({ type: 'call', id, call } satisfies ServerRequest);
    });
  return { server, request, transport };
}

async function main(): Promise<void> {
  const params = JSON.parse(process.argv[2] ?? '') as ChildParams;
  const fakeAws = startFakeAws(params.root);
  const ready = await fakeAws.request({ type: 'init', size: params.size, throttleRate: params.throttleRate });
  if (ready.type !== 'ready') throw new Error('the fake AWS process did not start');

  const bench = new BenchTransport(fakeAws.transport, { latencyMs: params.latencyMs, timeScale: params.timeScale });
  const pacer = params.pace ? new Pacer((service, operation) => bench.limitFor(service, operation)) : undefined;
  const factory = params.retry === 'standard' || pacer ? new ComparisonFactory({ transport: bench.transport() }, params.retry === 'standard', pacer) : new ClientFactory({ transport: bench.transport() });
  const config = buildConfig({ regions: params.size.regions, accountId: ready.accountId });
  const started = performance.now();
  const result = await scan(config, { factory });
  const wallMs = performance.now() - started;
  const scanPeakRssMb = process.resourceUsage().maxRSS / 1024;
  (globalThis as { gc?: () => void }).gc?.();
  const heapAfterMb = process.memoryUsage().heapUsed / 1024 / 1024;
  // Then what the scheduled function does next: the first publish of this account (every failure created).
  let publish: ChildReport['publish'];
  if (params.publish) {
    const t0 = performance.now();
    const sent = await publishToSecurityHub(result.findings, result.inventory, { factory, config: { ...DEFAULT_PUBLISH, securityHub: true }, now: () => new Date() });
    publish = { wallMs: performance.now() - t0, created: sent.created, batches: sent.batches, calls: sent.calls, throttles: sent.throttles, ok: sent.ok };
  }
  factory.destroy();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const report = await fakeAws.request({ type: 'report' });
  fakeAws.server.disconnect();
  // Without the fake's record there is no duplicate count to report: never read that as "none".
  if (report.type !== 'report') throw new Error(`the fake AWS process answered ${report.type} when asked for its record of calls`);

  // Engine alone over the collected inventory, holding no evaluation.
  const checks = selectChecks(config);
  let count = 0;
  let evalMs = 0;
  let reps = 0;
  while (evalMs < 1000 && reps < 50) {
    const t0 = performance.now();
    count = 0;
    for (const e of evaluations(result.inventory, checks, config.settings)) if (e) count += 1;
    evalMs += performance.now() - t0;
    reps += 1;
  }
  const out: ChildReport = {
    resources: result.inventory.resources.length,
    findings: result.findings.length,
    wallMs,
    calls: result.api.calls,
    attempts: result.api.attempts,
    throttles: result.api.throttles,
    failures: result.api.failures,
    errors: result.inventory.errors.reduce<Record<string, number>>((acc, e) => ({ ...acc, [`${e.action} ${e.code}`]: (acc[`${e.action} ${e.code}`] ?? 0) + 1 }), {}),
    notEvaluated: result.counts.NOT_EVALUATED,
    partial: result.partial,
    counts: bench.callCounts(),
    duplicates: report.duplicates,
    peakRssMb,
    scanPeakRssMb,
    heapAfterMb,
    ...(publish ? { publish } : {}),
    evalPerSecond: (count * reps) / (evalMs / 1000),
    evaluations: count,
  };
  process.stdout.write(`${MARK}${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
