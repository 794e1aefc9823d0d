/** Test harness for the Lambda door: runScan over the demo account (FakeAws) with a recording metrics sink. */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import type { Transport } from '../../src/aws/client-factory.js';
import { runScan, type ScanSummary } from '../../src/handler.js';
import type { MetricsSink, MetricUnitName } from '../../src/publish/metrics.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { DEMO_ACCOUNT_ID, loadDemoAccount } from '../fake-aws/demo.js';
import { securityHubStore, type SecurityHubSpec } from '../fake-aws/services/securityhub.js';

export const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${DEMO_ACCOUNT_ID}:function:data-posture-scan`;
/** A day after the demo's data was recorded. */
export const LAMBDA_NOW = new Date('2026-11-21T05:00:00.000Z');

export interface RecordedMetric {
  name: string;
  unit: MetricUnitName;
  value: number;
  dimensions: Record<string, string>;
}

/** A MetricsSink that keeps every metric with the dimensions it was emitted under. */
export class RecordingMetrics implements MetricsSink {
  constructor(
    readonly recorded: RecordedMetric[] = [],
    private readonly dimensions: Record<string, string> = {},
  ) {}

  addMetric(name: string, unit: MetricUnitName, value: number): void {
    this.recorded.push({ name, unit, value, dimensions: { ...this.dimensions } });
  }

  singleMetric(): RecordingMetrics {
    return new RecordingMetrics(this.recorded, {});
  }

  addDimension(name: string, value: string): void {
    this.dimensions[name] = value;
  }

  /** The value of the metric `name` emitted with exactly these dimensions (none: a total). */
  value(name: string, dimensions: Record<string, string> = {}): number | undefined {
    const found = this.recorded.filter((m) => m.name === name && JSON.stringify(m.dimensions) === JSON.stringify(dimensions));
    if (found.length > 1) throw new Error(`${name} ${JSON.stringify(dimensions)} emitted ${found.length} times`);
    return found[0]?.value;
  }
}

export interface LambdaRun {
  fake: FakeAws;
  metrics: RecordingMetrics;
  logger: Logger;
  /** Resolves to the summary, or rejects as the invocation would. */
  invoke: () => Promise<ScanSummary>;
  /** What the fake Security Hub holds in `region`. */
  stored: (region: string) => AwsSecurityFinding[];
}

export interface LambdaOptions {
  env?: Record<string, string | undefined>;
  remainingMs?: number;
  signal?: AbortSignal;
  /** Wraps the fake's transport (interruptions, held calls). */
  wrap?: (transport: Transport) => Transport;
  /** Seeds each region's Security Hub (injected import failures, earlier findings). */
  securityHub?: Record<string, Partial<SecurityHubSpec>>;
}

/** The Lambda as deployed over the demo account: DP_REGIONS from the template, the account from the function ARN. */
export function lambdaOverDemo(event: unknown, options: LambdaOptions = {}): LambdaRun {
  const demo = loadDemoAccount();
  for (const [region, spec] of Object.entries(options.securityHub ?? {})) Object.assign(securityHubStore({ account: demo.spec, region }), spec);
  const fake = new FakeAws(demo.spec, { faults: demo.faults });
  const metrics = new RecordingMetrics();
  const logger = new Logger({ serviceName: 'data-posture', logLevel: 'SILENT' });
  const transport = (options.wrap ?? ((t) => t))(fake.transport());
  const env = { AWS_REGION: 'eu-west-1', DP_REGIONS: demo.regions.join(','), ...options.env };
  const context = { invokedFunctionArn: FUNCTION_ARN, getRemainingTimeInMillis: () => options.remainingMs ?? 900_000 };
  return {
    fake,
    metrics,
    logger,
    // runScan takes Powertools Metrics; it only uses the MetricsSink slice recordScanMetrics needs.
    invoke: () => runScan(event, context, options.signal ?? new AbortController().signal, { logger, metrics: metrics as unknown as Metrics, env, scanDeps: { transport, now: () => LAMBDA_NOW } }),
    stored: (region) => securityHubStore({ account: fake.account, region }).findings,
  };
}
