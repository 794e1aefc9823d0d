/** Fake accounts described as data: what exists in each region, per service, plus injected faults. */

/** One region's contents; each service's fake reads its own key (see services/*.ts for the shapes). */
export type RegionSpec = Record<string, unknown>;

export interface FakeAccountSpec {
  accountId: string;
  partition?: string;
  /** Region name -> that region's services. Account-level services (IAM) live under `global`. */
  regions: Record<string, RegionSpec>;
}

export interface FaultSpec {
  /** IAM prefix, e.g. `dynamodb`; `*` for any. */
  service: string;
  operation?: string;
  region?: string;
  /** Matches when every listed input field equals the call's (shallow). */
  input?: Record<string, unknown>;
  /** AWS error code to raise, e.g. `AccessDeniedException`. */
  error: string;
  message?: string;
  /** Raise only the first N matching calls, then answer normally. */
  times?: number;
  /** Raise on this fraction of matching calls (deterministic, seeded). */
  rate?: number;
}

export interface FakeCall {
  service: string;
  region: string;
  operation: string;
  input: Record<string, unknown>;
}

/** What a service fake needs to answer a call. */
export interface FakeContext {
  accountId: string;
  partition: string;
  region: string;
  /** This region's spec for the service (the value under `regions[region][service]`). */
  spec: unknown;
  /** The whole account, for calls that look across regions (CloudTrail shadow trails, global tables). */
  account: FakeAccountSpec;
}

export type FakeHandler = (input: Record<string, unknown>, ctx: FakeContext) => unknown;

/** A service fake: IAM prefix, the SDK client module's command classes, and handlers by operation. */
export interface ServiceFake {
  /** IAM prefix and key in the region spec, e.g. `dynamodb`, `redshift-serverless`. */
  service: string;
  /** The SDK client class this fake answers for. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: new (...args: any[]) => any;
  /** `{ ListTablesCommand, ... }`: the command classes handled. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  commands: Record<string, new (...args: any[]) => any>;
  handlers: Record<string, FakeHandler>;
}
