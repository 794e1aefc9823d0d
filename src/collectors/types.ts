/** The collector contract: one per service, read-only calls, every error recorded as data. */
import type { Client } from '@smithy/types';
import type { ClassificationConfig } from '../inventory/classification.js';
import type { CollectionError, Resource, ResourceKind, ResourceOf } from '../inventory/types.js';
import type { IamAction, ServiceName } from '../vocabulary.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClient = Client<any, any, any>;
export type ClientConstructor<C> = new (config: Record<string, unknown>) => C;

/** Concurrency limits per fan-out level. */
export const COLLECTION_LIMITS = {
  /** Regions scanned at once. */
  regions: 4,
  /** Collectors running at once within one region. */
  servicesPerRegion: 6,
  /** Per-resource sub-calls in flight within one collector. */
  perResource: 8,
  /** Pages read from one paginated operation before it is treated as runaway. */
  maxPages: 10_000,
} as const;

/** The result of one API call: the output, or why it is missing. */
export type CallResult<T> =
  | { ok: true; value: T }
  | { ok: true; value: undefined; absent: true }
  | { ok: false; error: CollectionError; reason: string };

export interface SendOptions {
  /** The resource the call is about; recorded with the error so only its checks degrade. */
  resourceArn?: string;
  /** Error codes that mean "nothing there" rather than failure (e.g. `PolicyNotFoundException`). */
  absentOn?: readonly string[];
  /**
   * This call lists `kind` (every page of it, for a paginated call): read whole, it proves the kind
   * complete in the scope; failed, it proves nothing and the scope is `failed`.
   */
  lists?: ResourceKind;
}

/** What a raw resource looks like before classification is applied by the runner. */
export type Emitted<K extends ResourceKind> = Omit<ResourceOf<K>, 'classification'> & { classification?: ResourceOf<K>['classification'] };

export interface CollectorContext {
  readonly service: ServiceName;
  /** Region label of the scope (`global` for account-level services). */
  readonly region: string;
  /** Region SDK clients are built for. */
  readonly clientRegion: string;
  readonly accountId: string;
  readonly partition: string;
  readonly signal: AbortSignal;
  readonly classification: ClassificationConfig;
  /** Client of `Ctor` for this scope's region. */
  client<C extends AnyClient>(Ctor: ClientConstructor<C>): C;
  /** Sends one command; never throws for API errors. */
  send<O>(client: AnyClient, command: object, options?: SendOptions): Promise<CallResult<O>>;
  /**
   * Reads every page of a paginated operation, yielding each page's items. Stops (recording an error) on a
   * failed page, a repeated token or a runaway page count; the collector sees only the items read.
   */
  pages<O, T>(
    client: AnyClient,
    command: (token: string | undefined) => object,
    read: (output: O) => { items: T[] | undefined; next: string | undefined },
    options?: SendOptions,
  ): AsyncGenerator<T[], void, undefined>;
  /**
   * Reads every page and returns all items, or why it could not (items read before the failure included).
   */
  all<O, T>(
    client: AnyClient,
    command: (token: string | undefined) => object,
    read: (output: O) => { items: T[] | undefined; next: string | undefined },
    options?: SendOptions,
  ): Promise<{ ok: true; items: T[] } | { ok: false; items: T[]; reason: string }>;
  /**
   * The ARN of a resource of `kind` in this scope, from its own parts (the kind's descriptor names them),
   * or of a thing `related` to it that its descriptor names (a cluster's parameter group).
   */
  arn(kind: ResourceKind, parts: Readonly<Record<string, string>>, related?: string): string;
  /** Adds a resource to the inventory; the runner resolves its classification. Returns the stored object. */
  emit<K extends ResourceKind>(resource: Emitted<K>): ResourceOf<K>;
  /** Records an error that did not come from `send` (e.g. an unparseable policy document); `lists` when it breaks a listing. */
  recordError(error: Omit<CollectionError, 'service' | 'region'>, lists?: ResourceKind): void;
  /** Resources collected so far (the primary phase's, for dependent collectors). */
  existing(): readonly Resource[];
  /** The deadline's reason text when the scan is aborted. */
  abortReason(): string | undefined;
}

export interface Collector {
  service: ServiceName;
  /** Every IAM action this collector may call; the template's policy is derived from and tested against these. */
  actions: readonly IamAction[];
  /** Resource kinds it produces; the scope records a listing proof for each that its descriptor lists. */
  produces: readonly ResourceKind[];
  /** `dependent` collectors run after the `primary` ones and can read what those collected. */
  phase: 'primary' | 'dependent';
  /** Account-level services (IAM) are collected once, not per region. */
  global?: boolean;
  collect(ctx: CollectorContext): Promise<void>;
}
