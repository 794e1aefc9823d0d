/** What Security Hub currently holds of our findings in one region: every page of GetFindings. */
import { GetFindingsCommand, type AwsSecurityFinding, type AwsSecurityFindingFilters, type GetFindingsCommandOutput, type SecurityHubClient } from '@aws-sdk/client-securityhub';
import { GET_FINDINGS_MAX_RESULTS } from '../findings/asff-limits.js';
import { FINDING_ID_PREFIX } from '../findings/finding.js';
import type { TokenBucket } from './rate-limit.js';
import { withRetry, type RetryOptions, type RetryStats } from './securityhub-retry.js';

/** Pages read before a repeated or endless token is treated as a fault. */
const MAX_PAGES = 10_000;

/** Our findings for (product, account, region) in the given record states, filtered server-side. */
export function ownFindingsFilter(productArn: string, accountId: string, region: string, recordStates: readonly string[]): AwsSecurityFindingFilters {
  return {
    ProductArn: [{ Value: productArn, Comparison: 'EQUALS' }],
    AwsAccountId: [{ Value: accountId, Comparison: 'EQUALS' }],
    Region: [{ Value: region, Comparison: 'EQUALS' }],
    Id: [{ Value: `${FINDING_ID_PREFIX}/`, Comparison: 'PREFIX' }],
    RecordState: recordStates.map((s) => ({ Value: s, Comparison: 'EQUALS' as const })),
  };
}

/**
 * Every finding matching `filters`, by Id, each passed through `keep` as its page arrives (so a caller can
 * hold only what it needs of each). Throws (after retries) when a page cannot be read.
 */
export async function readFindings(
  client: SecurityHubClient,
  filters: AwsSecurityFindingFilters,
  bucket: TokenBucket,
  retry: RetryOptions,
  stats: RetryStats & { calls: number },
  keep: (finding: AwsSecurityFinding) => AwsSecurityFinding = (f) => f,
): Promise<Map<string, AwsSecurityFinding>> {
  const found = new Map<string, AwsSecurityFinding>();
  const seen = new Set<string>();
  let token: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const out: GetFindingsCommandOutput = await withRetry(
      async () => {
        await bucket.take();
        stats.calls += 1;
        return client.send(new GetFindingsCommand({ Filters: filters, MaxResults: GET_FINDINGS_MAX_RESULTS, NextToken: token }));
      },
      retry,
      stats,
    );
    for (const f of out.Findings ?? []) if (f.Id) found.set(f.Id, keep(f));
    token = out.NextToken;
    if (!token) return found;
    if (seen.has(token)) throw Object.assign(new Error(`GetFindings returned the token ${token} twice`), { name: 'RepeatedToken' });
    seen.add(token);
  }
  throw Object.assign(new Error(`GetFindings returned more than ${MAX_PAGES} pages`), { name: 'RunawayPagination' });
}
