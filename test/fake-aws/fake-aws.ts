/**
 * A fake AWS account that answers SDK commands from a data description. It plugs in two ways:
 * - `install()`: through aws-sdk-client-mock (replaces `send`; used by most tests);
 * - `transport()`: inside the real SDK pipeline, below the retry layer, so adaptive retry and the
 *   recorder run for real (demo recording, retry tests, benchmark).
 */
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import type { Transport } from '../../src/aws/client-factory.js';
import { awsError } from './errors.js';
import { SERVICE_FAKES } from './services/index.js';
import type { FakeAccountSpec, FakeCall, FaultSpec, ServiceFake } from './types.js';

export interface FakeOptions {
  faults?: FaultSpec[];
  /** Delay every answer by this many milliseconds. */
  latencyMs?: number;
  /** Seed for rate-based faults. */
  seed?: number;
  services?: readonly ServiceFake[];
}

/** Deterministic PRNG (mulberry32) so rate-based faults repeat run to run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, for per-call seeds. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class FakeAws {
  /** Every call answered (or failed), in order. */
  readonly calls: FakeCall[] = [];
  private readonly faults: (FaultSpec & { hits: number })[];
  private readonly byService: Map<string, ServiceFake>;
  /** Attempts seen per call identity, so each retry of one call draws its own number. */
  private readonly attempts = new Map<string, number>();

  constructor(
    readonly account: FakeAccountSpec,
    private readonly options: FakeOptions = {},
  ) {
    this.faults = (options.faults ?? []).map((f) => ({ ...f, hits: 0 }));
    this.byService = new Map((options.services ?? SERVICE_FAKES).map((s) => [s.service, s]));
  }

  addFault(fault: FaultSpec): void {
    this.faults.push({ ...fault, hits: 0 });
  }

  /** Calls made for one IAM action, e.g. `dynamodb:DescribeTable`. */
  callsTo(action: string): FakeCall[] {
    return this.calls.filter((c) => `${c.service}:${c.operation}` === action);
  }

  async handle(call: FakeCall): Promise<unknown> {
    this.calls.push(call);
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const fault = this.faults.find((f) => this.matches(f, call));
    if (fault) {
      fault.hits += 1;
      throw awsError(fault.error, fault.message ?? `${fault.error}: injected for ${call.service}:${call.operation}`);
    }
    const fake = this.byService.get(call.service);
    const handler = fake?.handlers[call.operation];
    if (!handler) throw awsError('InvalidAction', `the fake account does not implement ${call.service}:${call.operation}`);
    const regionKey = call.service === 'iam' ? 'global' : call.region;
    const ctx = {
      accountId: this.account.accountId,
      partition: this.account.partition ?? 'aws',
      region: call.region,
      spec: this.account.regions[regionKey]?.[call.service],
      account: this.account,
    };
    return structuredClone(handler(call.input, ctx));
  }

  private matches(f: FaultSpec & { hits: number }, call: FakeCall): boolean {
    if (f.service !== '*' && f.service !== call.service) return false;
    if (f.operation && f.operation !== call.operation) return false;
    if (f.region && f.region !== call.region) return false;
    if (f.input && !Object.entries(f.input).every(([k, v]) => call.input[k] === v)) return false;
    if (f.times !== undefined && f.hits >= f.times) return false;
    if (f.rate !== undefined && this.draw(call) >= f.rate) return false;
    return true;
  }

  /**
   * A number in [0, 1) for this attempt of this call: derived from the seed, the call (service, region,
   * operation, input) and how many times it was tried, never from the order of concurrent calls. So a
   * rate fault throttles the same attempts of the same calls in every run, whatever else the scan does.
   */
  private draw(call: FakeCall): number {
    const key = `${call.service} ${call.region} ${call.operation} ${JSON.stringify(call.input)}`;
    const attempt = this.attempts.get(key) ?? 0;
    this.attempts.set(key, attempt + 1);
    return prng(((this.options.seed ?? 42) ^ fnv(key)) + attempt * 0x9e3779b9)();
  }

  /** For `ClientFactory({ transport })`: answers inside the SDK pipeline. */
  transport(): Transport {
    return (call) => this.handle(call);
  }

  /** Routes every SDK client of the known services to this fake via aws-sdk-client-mock. Returns restore. */
  install(): () => void {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const stubs: AwsStub<any, any, any>[] = [];
    for (const fake of this.byService.values()) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const stub = mockClient(fake.client) as unknown as AwsStub<any, any, any>;
      for (const [name, Command] of Object.entries(fake.commands)) {
        const operation = name.replace(/Command$/, '');
         
        stub.on(Command).callsFake(async (input: Record<string, unknown>, getClient: () => unknown) => {
          const region = await (getClient() as { config: { region: () => Promise<string> } }).config.region();
          return this.handle({ service: fake.service, region, operation, input: input ?? {} });
        });
      }
      stubs.push(stub);
    }
    return () => {
      for (const s of stubs) s.restore();
    };
  }
}
