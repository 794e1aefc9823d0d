/**
 * The one place SDK clients are built (style rule 11): region, credentials, adaptive retry, timeouts,
 * call accounting, and record/replay. Clients are cached per (class, region) so each shares one
 * adaptive rate limiter.
 */
import type { Client } from '@smithy/types';
import type { AwsCredentialIdentity, DeserializeMiddleware, InitializeMiddleware, MetadataBearer } from '@smithy/types';
import { classifyError } from './errors.js';
import { readRecording, recordingPath, writeRecording, type RecordedCall } from './recording.js';
import { CLIENT_IAM_PREFIX, iamPrefixOf, operationName } from './services.js';
import { CallStats } from './stats.js';

/** Retry and timeout defaults; adaptive mode adds client-side rate limiting on throttling. */
export const AWS_DEFAULTS = {
  maxAttempts: 8,
  retryMode: 'adaptive',
  connectionTimeoutMs: 5_000,
  requestTimeoutMs: 30_000,
} as const;

/** Answers a command inside the SDK pipeline, below the retry layer (fake accounts for tests and the benchmark). */
export type Transport = (call: { service: string; region: string; operation: string; input: Record<string, unknown> }) => Promise<unknown>;

export interface ClientFactoryOptions {
  profile?: string;
  credentials?: AwsCredentialIdentity | (() => Promise<AwsCredentialIdentity>);
  maxAttempts?: number;
  /** Save every call's input and output (secrets redacted) under this directory. */
  record?: string;
  /** Answer every call from recordings under this directory; no network. */
  replay?: string;
  transport?: Transport;
}

type ClientConstructor<C> = new (config: Record<string, unknown>) => C;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = Client<any, any, any>;

/** Error raised in replay mode for a call the recording does not hold. */
export class MissingRecordingError extends Error {
  override name = 'MissingRecording';
}

/** Replay credentials: never used to reach AWS, only to satisfy the SDK pipeline. */
const OFFLINE_CREDENTIALS: AwsCredentialIdentity = { accessKeyId: 'AKIAOFFLINEREPLAY000', secretAccessKey: 'offline' };

export class ClientFactory {
  readonly stats = new CallStats();
  private readonly cache = new Map<string, AnyClient>();

  constructor(private readonly options: ClientFactoryOptions = {}) {}

  /** A client of `Ctor` for `region`, built once per factory. */
  get<C extends AnyClient>(Ctor: ClientConstructor<C>, region: string): C {
    const key = `${Ctor.name}@${region}`;
    const cached = this.cache.get(key);
    if (cached) return cached as C;
    const client = this.build(Ctor, region);
    this.cache.set(key, client);
    return client;
  }

  /** Close every client's connections. */
  destroy(): void {
    for (const client of this.cache.values()) client.destroy();
    this.cache.clear();
  }

  private build<C extends AnyClient>(Ctor: ClientConstructor<C>, region: string): C {
    if (!CLIENT_IAM_PREFIX[Ctor.name]) throw new Error(`Unknown SDK client ${Ctor.name}: add it to CLIENT_IAM_PREFIX`);
    const offline = Boolean(this.options.replay ?? this.options.transport);
    const config: Record<string, unknown> = {
      region,
      maxAttempts: this.options.maxAttempts ?? AWS_DEFAULTS.maxAttempts,
      retryMode: AWS_DEFAULTS.retryMode,
      requestHandler: { connectionTimeout: AWS_DEFAULTS.connectionTimeoutMs, requestTimeout: AWS_DEFAULTS.requestTimeoutMs },
    };
    if (offline) config.credentials = OFFLINE_CREDENTIALS;
    else if (this.options.credentials) config.credentials = this.options.credentials;
    if (this.options.profile && !offline) config.profile = this.options.profile;
    const client = new Ctor(config);
    const prefix = iamPrefixOf(client);
    this.account(client, prefix);
    if (this.options.replay) client.middlewareStack.add(replayMiddleware(this.options.replay, region, prefix), { step: 'initialize', name: 'dataPostureReplay', priority: 'high' });
    if (this.options.record) client.middlewareStack.add(recordMiddleware(this.options.record, region, prefix), { step: 'initialize', name: 'dataPostureRecord', priority: 'high' });
    client.middlewareStack.add(this.attemptMiddleware(region, prefix), { step: 'deserialize', name: 'dataPostureAttempts', priority: 'high' });
    return client;
  }

  /**
   * Counts each logical call by IAM action at `send`, so accounting also holds under test doubles that
   * replace `send`. The prototype is looked up at call time so a mock installed later is honoured.
   */
  private account(client: AnyClient, prefix: string): void {
    const stats = this.stats;
    const proto = Object.getPrototypeOf(client) as { send: (this: AnyClient, ...args: unknown[]) => Promise<unknown> };
    const send = async (command: object, ...rest: unknown[]): Promise<unknown> => {
      stats.countCall(`${prefix}:${operationName(command)}`);
      try {
        return await proto.send.call(client, command, ...rest);
      } catch (error) {
        stats.failures += 1;
        throw error;
      }
    };
    Object.defineProperty(client, 'send', { value: send, configurable: true, writable: true });
  }

  /** Counts attempts and throttles below the retry layer, and hands calls to a fake transport when one is set. */
  private attemptMiddleware(region: string, service: string): DeserializeMiddleware<object, MetadataBearer> {
    const stats = this.stats;
    const transport = this.options.transport;
    return (next, context) => async (args) => {
      stats.attempts += 1;
      try {
        if (!transport) return await next(args);
        const operation = String(context.commandName ?? '').replace(/Command$/, '');
        const output = (await transport({ service, region, operation, input: args.input as Record<string, unknown> })) as Record<string, unknown>;
        return { output: { $metadata: {}, ...output }, response: { statusCode: 200, headers: {} } };
      } catch (error) {
        if (classifyError(error) === 'throttled') stats.throttles += 1;
        throw error;
      }
    };
  }
}

function replayMiddleware(dir: string, region: string, service: string): InitializeMiddleware<object, MetadataBearer> {
  return (_next, context) => (args) => {
    const operation = String(context.commandName ?? '').replace(/Command$/, '');
    const call = readRecording(recordingPath(dir, region, service, operation, args.input));
    if (!call) {
      return Promise.reject(new MissingRecordingError(`No recording of ${service}:${operation} in ${region} for this input under ${dir}`));
    }
    if (call.error) return Promise.reject(recordedError(call.error));
    return Promise.resolve({ output: { $metadata: {}, ...(call.output as object) }, response: { statusCode: 200, headers: {} } });
  };
}

function recordMiddleware(dir: string, region: string, service: string): InitializeMiddleware<object, MetadataBearer> {
  return (next, context) => async (args) => {
    const operation = String(context.commandName ?? '').replace(/Command$/, '');
    const path = recordingPath(dir, region, service, operation, args.input);
    try {
      const result = await next(args);
      writeRecording(path, { operation, input: args.input, output: result.output });
      return result;
    } catch (error) {
      const e = error as { name?: string; message?: string; $fault?: string; $metadata?: { httpStatusCode?: number } };
      const saved: RecordedCall['error'] = { name: e.name ?? 'Error', message: e.message ?? String(error) };
      if (e.$metadata?.httpStatusCode) saved.httpStatusCode = e.$metadata.httpStatusCode;
      if (e.$fault) saved.fault = e.$fault;
      writeRecording(path, { operation, input: args.input, error: saved });
      throw error;
    }
  };
}

/** Rebuilds an SDK-like service exception from a recording. */
export function recordedError(saved: NonNullable<RecordedCall['error']>): Error {
  const error = new Error(saved.message) as Error & { $fault: string; $metadata: { httpStatusCode?: number } };
  error.name = saved.name;
  error.$fault = saved.fault ?? 'client';
  error.$metadata = saved.httpStatusCode ? { httpStatusCode: saved.httpStatusCode } : {};
  return error;
}
