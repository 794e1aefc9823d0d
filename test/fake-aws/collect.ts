/** Runs real collectors against whatever answers the SDK (a FakeAws installed by the test), with the scan's defaults. */
import { ClientFactory } from '../../src/aws/client-factory.js';
import { runCollectors, type CollectionResult } from '../../src/collectors/runner.js';
import type { Collector } from '../../src/collectors/types.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';

export const TEST_ACCOUNT = '111122223333';

export function collectWith(collectors: readonly Collector[], regions: string[], options: { accountId?: string; signal?: AbortSignal } = {}): Promise<CollectionResult> {
  return runCollectors({
    collectors: [...collectors],
    regions,
    accountId: options.accountId ?? TEST_ACCOUNT,
    partition: 'aws',
    factory: new ClientFactory(),
    classification: DEFAULT_CLASSIFICATION,
    signal: options.signal ?? new AbortController().signal,
  });
}
