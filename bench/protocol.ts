/** What `bench/run.ts` and the scanning process (`bench/scan-child.ts`) exchange. */
import type { SyntheticSize } from '../test/fake-aws/synthetic.js';
import type { CallCount } from './transport.js';

export interface ChildParams {
  root: string;
  scale: number;
  size: SyntheticSize;
  latencyMs: number;
  timeScale: number;
  throttleRate: number;
  retry: 'adaptive' | 'standard';
  pace: boolean;
  /** Publish the findings to the fake Security Hub after the scan, as the function does. */
  publish: boolean;
}

export interface ChildReport {
  resources: number;
  findings: number;
  wallMs: number;
  calls: number;
  attempts: number;
  throttles: number;
  failures: number;
  /** Collection errors recorded (calls that failed for good, after the SDK's retries). */
  errors: Record<string, number>;
  notEvaluated: number;
  partial: boolean;
  counts: CallCount[];
  duplicates: { call: string; times: number }[];
  /** The first publish of the account to Security Hub, when asked. */
  publish?: { wallMs: number; created: number; batches: number; calls: number; throttles: number; ok: boolean };
  /** Peak RSS of this process once the scan (and the publish) returned, before the engine-alone measurement. */
  peakRssMb: number;
  /** Peak RSS when the scan returned, before the publish. */
  scanPeakRssMb: number;
  /** Heap still held once the scan is over (inventory and findings), after a full collection. */
  heapAfterMb: number;
  evalPerSecond: number;
  evaluations: number;
}

export const MARK = '@@bench@@';
