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
  /** Account-level service (IAM): computed once, from the `global` spec. */
  global?: boolean;
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
    work(spec, region) {
      const keys = (spec.keys ?? []) as { id: string; manager?: string; state?: string; aliases?: string[] }[];
      const customer = keys.filter((k) => (k.manager ?? 'CUSTOMER') === 'CUSTOMER' && k.state !== 'PendingDeletion').length;
      const aliases = keys.reduce((n, k) => n + (k.aliases?.length ?? 0), 0);
      // Stores may name keys of other accounts: those are only described.
      const own = new Set(keys.map((k) => k.id));
      const refs = [
        ...((region.spec('dynamodb').tables ?? []) as { sse?: { keyArn: string } | null }[]).map((t) => t.sse?.keyArn),
        ...((region.spec('redshift').clusters ?? []) as { kmsKeyId?: string }[]).map((c) => c.kmsKeyId),
        ...((region.spec('redshift-serverless').namespaces ?? []) as { kmsKeyId?: string }[]).map((n) => n.kmsKeyId),
        ...((region.spec('rds').clusters ?? []) as { kmsKeyId?: string }[]).map((c) => c.kmsKeyId),
      ].filter((r): r is string => Boolean(r));
      const foreign = new Set(refs.filter((r) => !own.has(r.split('/').pop() ?? r)));
      // ListKeys and ListAliases pages; DescribeKey for every key; rotation status and key policy for customer keys.
      const calls = pages(keys.length, 1000) + pages(aliases, 100) + keys.length + customer * 2 + foreign.size;
      return { calls, chain: pages(keys.length, 1000) + (keys.length > 0 ? 2 : 0) };
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
  rds: {
    phase: 'primary',
    work(spec) {
      const clusters = (spec.clusters ?? []) as { engine: string; parameterGroup?: string; global?: string; instances?: unknown[] }[];
      const aurora = clusters.filter((c) => c.engine.startsWith('aurora'));
      const instances = clusters.reduce((n, c) => n + (c.instances?.length ?? 0), 0);
      const groups = new Set(aurora.map((c) => c.parameterGroup ?? `default.${c.engine}`));
      const snapshots = (spec.snapshots ?? []) as { type?: string }[];
      const manual = snapshots.filter((x) => (x.type ?? 'manual') === 'manual').length;
      const listing = pages(clusters.length, 100);
      // Clusters; then instances, each attached parameter group (defaults fit one 100-record page), global
      // databases when a cluster is in one, snapshots with the restore attribute of manual ones, proxies.
      const calls = listing + (aurora.length > 0 ? pages(instances, 100) + groups.size + (aurora.some((c) => c.global) ? 1 : 0) : 0)
        + pages(snapshots.length, 100) + manual + pages((spec.proxies ?? []).length, 100);
      return { calls, chain: listing + Math.max(pages(instances, 100), pages(snapshots.length, 100) + (manual > 0 ? 1 : 0)) };
    },
  },
  secretsmanager: {
    phase: 'dependent',
    work(spec, region) {
      const secrets = (spec.secrets ?? []) as { name: string }[];
      const named = new Set([
        ...((region.spec('rds').clusters ?? []) as { masterSecret?: string }[]).map((c) => c.masterSecret),
        ...((region.spec('rds').proxies ?? []) as { secrets?: string[] }[]).flatMap((p) => p.secrets ?? []),
        ...((region.spec('redshift').clusters ?? []) as { id: string; managedPassword?: boolean; masterUsername?: string }[]).filter((c) => c.managedPassword).map((c) => `redshift!${c.id}-${c.masterUsername ?? 'awsuser'}`),
      ].filter(Boolean));
      // DescribeSecret for every secret a store names; ListSecrets pages for the rest.
      return { calls: named.size + pages(secrets.length, 100), chain: Math.max(1, pages(secrets.length, 100)) };
    },
  },
  logs: {
    phase: 'primary',
    work(spec) {
      const groups = (spec.logGroups ?? []) as { name: string }[];
      const prefixes = ['/aws/rds/', '/aws-glue/', '/aws/redshift/', '/aws/dynamodb/'];
      // One DescribeLogGroups listing per data-service prefix, 50 groups a page; then each group's tags.
      const listed = groups.filter((g) => prefixes.some((p) => g.name.startsWith(p))).length;
      const each = prefixes.map((p) => pages(groups.filter((g) => g.name.startsWith(p)).length, 50));
      return { calls: each.reduce((a, b) => a + b, 0) + listed, chain: Math.max(...each) + (listed > 0 ? 1 : 0) };
    },
  },
  glue: {
    phase: 'primary',
    work(spec) {
      const n = (k: string) => (spec[k] ?? []).length;
      const databases = (spec.databases ?? []) as { tables?: unknown[] }[];
      const tablePages = databases.reduce((sum, d) => sum + pages(d.tables?.length ?? 0, 100), 0);
      // Listings of jobs, crawlers, connections, security configurations, ML transforms and databases; the
      // catalog's encryption settings and policy; tags of each job and crawler; each database's tables.
      const lists = pages(n('jobs'), 100) + pages(n('crawlers'), 100) + pages(n('connections'), 100) + pages(n('securityConfigurations'), 100) + pages(n('mlTransforms'), 100) + pages(databases.length, 100);
      const calls = lists + 2 + n('jobs') + n('crawlers') + tablePages;
      return { calls, chain: pages(databases.length, 100) + 1 };
    },
  },
  lakeformation: {
    phase: 'dependent',
    work(spec, region) {
      const databases = (region.spec('glue').databases ?? []) as { tables?: unknown[]; target?: string }[];
      const tables = databases.reduce((sum, d) => sum + (d.tables?.length ?? 0), 0);
      // Settings; LF-tags, grants, cell filters and registered locations listings; LF-tags of each database and table.
      const calls = 1 + pages(Object.keys(spec.lfTags ?? {}).length, 100) + pages((spec.grants ?? []).length, 100) + pages((spec.cellFilters ?? []).length, 100) + pages((spec.resources ?? []).length, 100) + databases.length + tables;
      return { calls, chain: 2 };
    },
  },
  cloudtrail: {
    phase: 'primary',
    work(spec) {
      const trails = (spec.trails ?? []).length;
      const stores = (spec.eventDataStores ?? []).length;
      // DescribeTrails (shadow trails included) and ListEventDataStores per region; status and selectors of each
      // trail in its home region; each event data store described.
      return { calls: 1 + pages(stores, 1000) + trails * 2 + stores, chain: 2 };
    },
  },
  iam: {
    phase: 'dependent',
    global: true,
    work(spec) {
      type Principal = { inline?: Record<string, unknown>; attached?: string[]; accessKeys?: { status?: string }[] };
      const roles = (spec.roles ?? []) as Principal[];
      const users = (spec.users ?? []) as Principal[];
      const inline = (p: Principal) => Object.keys(p.inline ?? {}).length;
      // Each role: GetRole, its attached and inline policy listings and each inline document. Users: the
      // listing and each user's access keys; a user with an active key also its last use, policies and groups.
      const roleCalls = roles.reduce((n, r) => n + 3 + inline(r) + (r.attached?.length ?? 0) * 2, 0);
      const active = users.filter((u) => (u.accessKeys ?? []).some((k) => (k.status ?? 'Active') === 'Active'));
      const userCalls = pages(users.length, 100) + users.length + active.reduce((n, u) => n + (u.accessKeys?.length ?? 0) + 3 + inline(u), 0);
      return { calls: roleCalls + userCalls, chain: pages(users.length, 100) + 3 };
    },
  },
  s3: {
    phase: 'dependent',
    work(_spec, region) {
      // GetBucketVersioning once per distinct bucket the region's Glue job scripts live in.
      const jobs = (region.spec('glue').jobs ?? []) as { name: string; script?: string }[];
      const buckets = new Set(jobs.map((j) => (j.script ?? 's3://aws-glue-assets/').slice(5).split('/')[0]));
      return { calls: buckets.size, chain: buckets.size > 0 ? 1 : 0 };
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
