/**
 * Runs collectors over regions with bounded concurrency. A collector never takes the scan down: API errors
 * become CollectionErrors, and even a collector bug is recorded as a failed scope.
 */
import type { ClientFactory } from '../aws/client-factory.js';
import { classifyError, errorCode, errorMessage } from '../aws/errors.js';
import { iamPrefixOf, operationName } from '../aws/services.js';
import { classificationOf, type ClassificationConfig } from '../inventory/classification.js';
import { arnOf, GLOBAL_REGION, KINDS } from '../inventory/kinds/index.js';
import type { CollectionError, ListingProof, Resource, ResourceKind, ResourceOf, ScopeState, ScopeStatus } from '../inventory/types.js';
import { homeRegion, SERVICES, type IamAction } from '../vocabulary.js';
import { createLimiter } from '../limit.js';
import { COLLECTION_LIMITS, type AnyClient, type CallResult, type Collector, type CollectorContext, type Emitted, type SendOptions } from './types.js';

export interface CollectionRequest {
  collectors: readonly Collector[];
  regions: readonly string[];
  accountId: string;
  partition: string;
  factory: ClientFactory;
  classification: ClassificationConfig;
  signal: AbortSignal;
  /** Progress messages (stderr in the CLI, the logger in Lambda). */
  onProgress?: (message: string) => void;
}

export interface CollectionResult {
  resources: Resource[];
  errors: CollectionError[];
  scopes: ScopeStatus[];
}

export { GLOBAL_REGION } from '../inventory/kinds/index.js';

/** Reason text for calls not made because the deadline was reached. */
export function deadlineReason(signal: AbortSignal): string {
  const why = signal.reason instanceof Error ? signal.reason.message : typeof signal.reason === 'string' ? signal.reason : 'the scan was aborted';
  return `not collected: ${why}`;
}

/** What one scope saw of one kind's listing. */
interface ListingRecord {
  /** A listing of the kind was read to its last page. */
  read: boolean;
  /** Why a listing of the kind failed, when one did. */
  broken?: string;
}

class Scope implements CollectorContext {
  readonly errors: CollectionError[] = [];
  readonly resources: Resource[] = [];
  private readonly listings = new Map<ResourceKind, ListingRecord>();
  crashed = false;
  aborted = false;

  constructor(
    readonly collector: Collector,
    readonly region: string,
    readonly clientRegion: string,
    private readonly request: CollectionRequest,
    private readonly collectedSoFar: readonly Resource[],
  ) {}

  get service() { return this.collector.service; }
  get accountId() { return this.request.accountId; }
  get partition() { return this.request.partition; }
  get signal() { return this.request.signal; }
  get classification() { return this.request.classification; }

  client<C extends AnyClient>(Ctor: new (config: Record<string, unknown>) => C): C {
    return this.request.factory.get(Ctor, this.clientRegion);
  }

  abortReason(): string | undefined {
    return this.signal.aborted ? deadlineReason(this.signal) : undefined;
  }

  existing(): readonly Resource[] {
    return this.collectedSoFar;
  }

  arn(kind: ResourceKind, parts: Readonly<Record<string, string>>, related?: string): string {
    return arnOf(kind, { partition: this.partition, region: this.region, accountId: this.accountId }, parts, related);
  }

  recordError(error: Omit<CollectionError, 'service' | 'region'>, lists?: ResourceKind): void {
    this.errors.push({ service: this.service, region: this.region, ...error });
    if (lists) this.listing(lists).broken ??= `${error.action} failed: ${error.code}: ${error.message}`;
    if (error.kind === 'aborted') this.aborted = true;
  }

  /** Marks crashes: a collector that threw proves nothing about any kind it lists. */
  recordCrash(error: Omit<CollectionError, 'service' | 'region'>): void {
    this.crashed = true;
    this.recordError(error);
  }

  private listing(kind: ResourceKind): ListingRecord {
    let record = this.listings.get(kind);
    if (!record) this.listings.set(kind, (record = { read: false }));
    return record;
  }

  /** `paged` is set by `pages()`, which marks a listing read only after its last page. */
  async send<O>(client: AnyClient, command: object, options: SendOptions & { paged?: boolean } = {}): Promise<CallResult<O>> {
    const operation = operationName(command);
    const action: IamAction = `${iamPrefixOf(client)}:${operation}`;
    if (this.signal.aborted) return this.failure(action, operation, 'ScanDeadline', deadlineReason(this.signal), options);
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
      const value = (await client.send(command as any, { abortSignal: this.signal })) as O;
      if (options.lists && !options.paged) this.listing(options.lists).read = true;
      return { ok: true, value };
    } catch (error) {
      const code = errorCode(error);
      if (options.absentOn?.includes(code)) return { ok: true, value: undefined, absent: true };
      if (this.signal.aborted) return this.failure(action, operation, 'ScanDeadline', deadlineReason(this.signal), options);
      return this.failure(action, operation, code, errorMessage(error), options);
    }
  }

  private failure(action: IamAction, operation: string, code: string, message: string, options: SendOptions): CallResult<never> {
    const kind = code === 'ScanDeadline' ? 'aborted' : classifyError({ name: code });
    const error: CollectionError = { service: this.service, region: this.region, operation, action, code, message, kind };
    if (options.resourceArn) error.resourceArn = options.resourceArn;
    this.recordError(error, options.lists);
    return { ok: false, error, reason: `${action} failed: ${code}: ${message}` };
  }

  async all<O, T>(
    client: AnyClient,
    command: (token: string | undefined) => object,
    read: (output: O) => { items: T[] | undefined; next: string | undefined },
    options: SendOptions = {},
  ): Promise<{ ok: true; items: T[] } | { ok: false; items: T[]; reason: string }> {
    const items: T[] = [];
    const failure: { reason?: string } = {};
    for await (const page of this.pages(client, command, read, options, failure)) items.push(...page);
    return failure.reason === undefined ? { ok: true, items } : { ok: false, items, reason: failure.reason };
  }

  async *pages<O, T>(
    client: AnyClient,
    command: (token: string | undefined) => object,
    read: (output: O) => { items: T[] | undefined; next: string | undefined },
    options: SendOptions = {},
    failure: { reason?: string } = {},
  ): AsyncGenerator<T[], void, undefined> {
    const seen = new Set<string>();
    let token: string | undefined;
    const paged = { ...options, paged: true };
    for (let page = 0; ; page += 1) {
      const cmd = command(token);
      const result = await this.send<O>(client, cmd, paged);
      if (!result.ok) {
        failure.reason = result.reason;
        return;
      }
      if (result.value === undefined) {
        if (options.lists) this.listing(options.lists).read = true;
        return;
      }
      const { items, next } = read(result.value);
      yield items ?? [];
      if (!next) {
        // Read to its last page: the listing is whole once the consumer has taken every item.
        if (options.lists) this.listing(options.lists).read = true;
        return;
      }
      if (seen.has(next) || page + 1 >= COLLECTION_LIMITS.maxPages) {
        const operation = operationName(cmd);
        const error: Omit<CollectionError, 'service' | 'region'> = {
          operation,
          action: `${iamPrefixOf(client)}:${operation}` satisfies IamAction,
          code: 'InvalidResponse',
          message: seen.has(next) ? `pagination token repeated after page ${page + 1}; stopped reading` : `more than ${COLLECTION_LIMITS.maxPages} pages; stopped reading`,
          kind: 'invalid-response',
        };
        if (options.resourceArn) error.resourceArn = options.resourceArn;
        this.recordError(error, options.lists);
        failure.reason = `${error.action} failed: ${error.code}: ${error.message}`;
        return;
      }
      seen.add(next);
      token = next;
    }
  }

  emit<K extends ResourceKind>(resource: Emitted<K>): ResourceOf<K> {
    const stored = { ...resource, classification: classificationOf(resource, this.classification) } as unknown as ResourceOf<K>;
    this.resources.push(stored);
    return stored;
  }

  /** The proof of each kind this scope lists, from what its listings did. */
  private proofs(): ScopeStatus['listings'] {
    const out: ScopeStatus['listings'] = {};
    const held = (kind: ResourceKind) => this.resources.some((r) => r.kind === kind);
    const prove = (kind: ResourceKind): ListingProof => {
      const spec = KINDS[kind].listing;
      if (this.crashed) return { state: 'none', reason: this.errors.find((e) => e.code === 'CollectorFailure')?.message ?? 'the collector failed' };
      if (spec.by === 'singleton') return { state: 'whole' };
      const record = this.listings.get(kind);
      if (record?.broken) return { state: held(kind) ? 'partial' : 'none', reason: record.broken };
      if (spec.by !== 'list') return { state: 'none' };
      const deadline = this.aborted ? `the scan deadline was reached before ${spec.action} was read whole` : undefined;
      // A kind listed inside a parent (tables in each database) is whole when its parent is and no inner listing failed.
      if (spec.within) {
        const parent = out[spec.within] ?? prove(spec.within);
        if (parent.state !== 'whole') return { state: held(kind) ? 'partial' : 'none', reason: parent.reason ?? `${spec.within} was not listed whole` };
        return deadline ? { state: held(kind) ? 'partial' : 'none', reason: deadline } : { state: 'whole' };
      }
      if (record?.read) return { state: 'whole' };
      return { state: held(kind) ? 'partial' : 'none', reason: deadline ?? `${spec.action} was not read` };
    };
    for (const kind of this.collector.produces) if (KINDS[kind].listing.by !== 'referenced') out[kind] = prove(kind);
    return out;
  }

  status(): ScopeStatus {
    const listings = this.proofs();
    let state: ScopeState = 'complete';
    if (this.aborted) state = 'aborted';
    else if (this.crashed || [...this.listings.values()].some((l) => l.broken !== undefined)) state = 'failed';
    else if (this.errors.length > 0) state = 'partial';
    return { accountId: this.accountId, service: this.service, region: this.region, state, resources: this.resources.length, errors: this.errors.length, listings };
  }
}

/** Runs the primary collectors, then the dependent ones over what the primaries found. */
export async function runCollectors(request: CollectionRequest): Promise<CollectionResult> {
  const result: CollectionResult = { resources: [], errors: [], scopes: [] };
  for (const phase of ['primary', 'dependent'] as const) {
    const collectors = request.collectors.filter((c) => c.phase === phase);
    if (collectors.length === 0) continue;
    await runPhase(collectors, request, result);
  }
  // Final pass: dependent collectors may have added LF-tags to resources collected earlier.
  for (const resource of result.resources) {
    resource.classification = classificationOf(resource, request.classification);
  }
  return result;
}

async function runPhase(collectors: readonly Collector[], request: CollectionRequest, result: CollectionResult): Promise<void> {
  const snapshot = [...result.resources];
  const regionLimit = createLimiter(COLLECTION_LIMITS.regions);
  const jobs: Promise<void>[] = [];
  const globalCollectors = collectors.filter((c) => c.global);
  const regional = collectors.filter((c) => !c.global);
  const run = async (collector: Collector, region: string, clientRegion: string): Promise<void> => {
    const scope = new Scope(collector, region, clientRegion, request, snapshot);
    if (request.signal.aborted) {
      scope.recordError({ operation: '*', action: `${SERVICES[collector.service]}:*`, code: 'ScanDeadline', message: deadlineReason(request.signal), kind: 'aborted' });
    } else {
      request.onProgress?.(`collecting ${collector.service} in ${region}`);
      try {
        await collector.collect(scope);
      } catch (error) {
        scope.recordCrash({ operation: '*', action: `${SERVICES[collector.service]}:*`, code: 'CollectorFailure', message: errorMessage(error), kind: 'error' });
      }
    }
    result.resources.push(...scope.resources);
    result.errors.push(...scope.errors);
    result.scopes.push(scope.status());
  };
  for (const collector of globalCollectors) jobs.push(regionLimit(() => run(collector, GLOBAL_REGION, homeRegion(request.regions))));
  for (const region of request.regions) {
    jobs.push(
      regionLimit(async () => {
        const serviceLimit = createLimiter(COLLECTION_LIMITS.servicesPerRegion);
        await Promise.all(regional.map((collector) => serviceLimit(() => run(collector, region, region))));
      }),
    );
  }
  await Promise.all(jobs);
}
