/**
 * Runs collectors over regions with bounded concurrency. A collector never takes the scan down: API errors
 * become CollectionErrors, and even a collector bug is recorded as a failed scope.
 */
import type { ClientFactory } from '../aws/client-factory.js';
import { classifyError, errorCode, errorMessage } from '../aws/errors.js';
import { iamPrefixOf, operationName } from '../aws/services.js';
import { classify, type ClassificationConfig } from '../inventory/classification.js';
import type { CollectionError, Resource, ResourceKind, ResourceOf, ScopeState, ScopeStatus } from '../inventory/types.js';
import { SERVICES, type IamAction } from '../engine/vocabulary.js';
import { createLimiter } from './limit.js';
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

/** Region label used for account-level (global) services. */
export const GLOBAL_REGION = 'global';

/** Reason text for calls not made because the deadline was reached. */
export function deadlineReason(signal: AbortSignal): string {
  const why = signal.reason instanceof Error ? signal.reason.message : typeof signal.reason === 'string' ? signal.reason : 'the scan was aborted';
  return `not collected: ${why}`;
}

class Scope implements CollectorContext {
  readonly errors: CollectionError[] = [];
  readonly resources: Resource[] = [];
  enumerationFailed = false;
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

  recordError(error: Omit<CollectionError, 'service' | 'region'>, enumeration = false): void {
    this.errors.push({ service: this.service, region: this.region, ...error });
    if (enumeration) this.enumerationFailed = true;
    if (error.kind === 'aborted') this.aborted = true;
  }

  async send<O>(client: AnyClient, command: object, options: SendOptions = {}): Promise<CallResult<O>> {
    const operation = operationName(command);
    const action: IamAction = `${iamPrefixOf(client)}:${operation}`;
    if (this.signal.aborted) return this.failure(action, operation, 'ScanDeadline', deadlineReason(this.signal), options);
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
      const value = (await client.send(command as any, { abortSignal: this.signal })) as O;
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
    this.recordError(error, options.enumeration);
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
    for (let page = 0; ; page += 1) {
      const cmd = command(token);
      const result = await this.send<O>(client, cmd, options);
      if (!result.ok) {
        failure.reason = result.reason;
        return;
      }
      if (result.value === undefined) return;
      const { items, next } = read(result.value);
      yield items ?? [];
      if (!next) return;
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
        this.recordError(error, options.enumeration);
        failure.reason = `${error.action} failed: ${error.code}: ${error.message}`;
        return;
      }
      seen.add(next);
      token = next;
    }
  }

  emit<K extends ResourceKind>(resource: Emitted<K>): ResourceOf<K> {
    const stored = { ...resource, classification: classify(resource.tags, this.classification, resource.lfTags) } as unknown as ResourceOf<K>;
    this.resources.push(stored);
    return stored;
  }

  status(): ScopeStatus {
    let state: ScopeState = 'complete';
    if (this.aborted) state = 'aborted';
    else if (this.enumerationFailed) state = 'failed';
    else if (this.errors.length > 0) state = 'partial';
    return { service: this.service, region: this.region, state, resources: this.resources.length, errors: this.errors.length };
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
    resource.classification = classify(resource.tags, request.classification, resource.lfTags);
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
      scope.recordError({ operation: '*', action: `${SERVICES[collector.service]}:*`, code: 'ScanDeadline', message: deadlineReason(request.signal), kind: 'aborted' }, true);
    } else {
      request.onProgress?.(`collecting ${collector.service} in ${region}`);
      try {
        await collector.collect(scope);
      } catch (error) {
        scope.recordError({ operation: '*', action: `${SERVICES[collector.service]}:*`, code: 'CollectorFailure', message: errorMessage(error), kind: 'error' }, true);
      }
    }
    result.resources.push(...scope.resources);
    result.errors.push(...scope.errors);
    result.scopes.push(scope.status());
  };
  const firstRegion = request.regions[0] ?? 'us-east-1';
  for (const collector of globalCollectors) jobs.push(regionLimit(() => run(collector, GLOBAL_REGION, firstRegion)));
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
