/**
 * The least work a complete scan needs, per service fake (IAM prefix): API calls per region and the
 * longest chain of calls that must follow one another. One small function per service; a service without
 * an entry is reported with its measured calls only.
 */

export interface MinimumWork {
  /** Calls a complete scan of this region cannot avoid. */
  calls: number;
  /** Longest chain of dependent (sequential) calls within the service in this region. */
  chain: number;
}

export interface ServiceMinimum {
  /** Collectors of the dependent phase start after every primary one ends. */
  phase: 'primary' | 'dependent';
  work(spec: Record<string, unknown[] | undefined>, region: RegionView): MinimumWork;
}

/** What a minimum may look at across the region (e.g. which keys DynamoDB tables reference). */
export interface RegionView {
  spec(service: string): Record<string, unknown[] | undefined>;
}

const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

export const MINIMUMS: Record<string, ServiceMinimum> = {
  dynamodb: {
    phase: 'primary',
    work(spec) {
      const tables = (spec.tables ?? []) as { tags?: Record<string, string>; backups?: unknown[] }[];
      const backups = tables.reduce((n, t) => n + (t.backups?.length ?? 0), 0);
      const tagPages = tables.reduce((n, t) => n + pages(Object.keys(t.tags ?? {}).length, 10), 0);
      // Per table: DescribeTable, DescribeContinuousBackups, GetResourcePolicy, ListTagsOfResource pages.
      const calls = pages(tables.length, 100) + pages(backups, 100) + tables.length * 3 + tagPages;
      return { calls, chain: Math.max(pages(tables.length, 100) + 1, pages(backups, 100)) };
    },
  },
  kms: {
    phase: 'dependent',
    work(_spec, region) {
      const tables = (region.spec('dynamodb').tables ?? []) as { sse?: { keyArn: string } | null }[];
      const clusters = (region.spec('redshift').clusters ?? []) as { kmsKeyId?: string }[];
      const namespaces = (region.spec('redshift-serverless').namespaces ?? []) as { kmsKeyId?: string }[];
      // One DescribeKey per key some store references.
      const referenced = new Set([...tables.map((t) => t.sse?.keyArn), ...clusters.map((c) => c.kmsKeyId), ...namespaces.map((n) => n.kmsKeyId)].filter(Boolean));
      return { calls: referenced.size, chain: referenced.size > 0 ? 1 : 0 };
    },
  },
  dax: {
    phase: 'primary',
    work(spec) {
      const clusters = spec.clusters ?? [];
      return { calls: pages(clusters.length, 100) + clusters.length, chain: pages(clusters.length, 100) + 1 };
    },
  },
  redshift: {
    phase: 'primary',
    work(spec) {
      const clusters = (spec.clusters ?? []) as { parameterGroup?: string; subnetGroup?: string }[];
      const groups = new Set(clusters.map((c) => c.parameterGroup ?? 'default.redshift-1.0'));
      const listing = pages(clusters.length, 100);
      // DescribeClusters pages; per cluster DescribeLoggingStatus; each attached parameter group (engine defaults
      // and user values: one page of at most 100 parameters); one subnet-group listing; one datashare listing.
      const subnetGroups = clusters.some((c) => c.subnetGroup) ? pages((spec.subnetGroups ?? []).length, 100) : 0;
      const calls = listing + clusters.length + groups.size + subnetGroups + pages((spec.dataShares ?? []).length, 100);
      return { calls, chain: listing + 1 };
    },
  },
  'redshift-serverless': {
    phase: 'primary',
    work(spec) {
      const workgroups = (spec.workgroups ?? []).length;
      const namespaces = (spec.namespaces ?? []).length;
      // Both listings, ListTagsForResource for each workgroup and namespace, one snapshot-copy listing.
      const calls = pages(workgroups, 100) + pages(namespaces, 100) + workgroups + namespaces + pages((spec.snapshotCopies ?? []).length, 100);
      return { calls, chain: Math.max(pages(workgroups, 100), pages(namespaces, 100)) + 1 };
    },
  },
  ec2: {
    phase: 'primary',
    work(spec) {
      const lists: [string, number][] = [['vpcs', 1000], ['subnets', 1000], ['routeTables', 100], ['securityGroups', 1000], ['endpoints', 1000]];
      const each = lists.map(([k, size]) => pages((spec[k] ?? []).length, size));
      return { calls: each.reduce((a, b) => a + b, 0), chain: Math.max(...each) };
    },
  },
};
