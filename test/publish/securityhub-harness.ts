/** Test harness for Security Hub publishing: virtual time, a publisher bound to a fake account, the fake's store. */
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { DEFAULT_PUBLISH, type PublishConfig } from '../../src/config/scan-config.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Inventory } from '../../src/inventory/types.js';
import { publishToSecurityHub, type PublishDeps, type PublishReport } from '../../src/publish/securityhub.js';
import type { FakeAws } from '../fake-aws/fake-aws.js';
import { securityHubStore } from '../fake-aws/services/securityhub.js';

/** A clock that only moves when something sleeps, so backoff and rate limiting cost no real time. */
export function virtualTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: (ms: number) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    sleeps,
    elapsed: () => now,
  };
}

export const PUBLISH_ON: PublishConfig = { ...DEFAULT_PUBLISH, securityHub: true };

/** Publishes through the fake (installed via aws-sdk-client-mock) at `now`, with virtual time. */
export function publishVia(time = virtualTime(), extra: Partial<PublishDeps> = {}) {
  return (findings: Finding[], inventory: Inventory, now: string, config: Partial<PublishConfig> = {}): Promise<PublishReport> => {
    const factory = new ClientFactory();
    return publishToSecurityHub(findings, inventory, {
      factory,
      config: { ...PUBLISH_ON, ...config },
      now: () => new Date(now),
      sleep: time.sleep,
      clock: time.clock,
      random: () => 0.5,
      ...extra,
    }).finally(() => factory.destroy());
  };
}

/** What the fake Security Hub holds in `region`. */
export function stored(fake: FakeAws, region = 'eu-west-1'): AwsSecurityFinding[] {
  return securityHubStore({ account: fake.account, region }).findings;
}

/** The stored finding whose id contains `checkId` and ends with `/name`. */
export function storedOf(fake: FakeAws, checkId: string, name: string, region = 'eu-west-1'): AwsSecurityFinding | undefined {
  return stored(fake, region).find((f) => f.GeneratorId === checkId && (f.Resources?.[0]?.Id ?? '').endsWith(`/${name}`));
}

/** Findings sent in every BatchImportFindings call so far. */
export function sent(fake: FakeAws): AwsSecurityFinding[] {
  return fake.callsTo('securityhub:BatchImportFindings').flatMap((c) => c.input.Findings as AwsSecurityFinding[]);
}
