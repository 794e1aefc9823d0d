/**
 * CloudTrail, per region: DescribeTrails with shadow trails, so every trail that applies to the region is
 * known (multi-region trails homed elsewhere and organization trails count). A trail is emitted once, by
 * the collector of its home region, where its status and event selectors are read; other regions record
 * only that it applies to them. CloudTrail Lake event data stores are listed and described per region.
 */
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventDataStoreCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListEventDataStoresCommand,
  type AdvancedEventSelector as SdkAdvancedSelector,
  type DescribeTrailsCommandOutput,
  type EventSelector as SdkEventSelector,
  type GetEventDataStoreCommandOutput,
  type GetEventSelectorsCommandOutput,
  type GetTrailStatusCommandOutput,
  type ListEventDataStoresCommandOutput,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { AdvancedEventSelector, CloudTrailAccount, CloudTrailTrail, EventSelection, FieldSelector } from '../inventory/cloudtrail.js';
import { iso, markUnknown } from './common.js';
import { forEachLimit } from '../limit.js';
import { COLLECTION_LIMITS, type Collector, type CollectorContext } from './types.js';

/** ListEventDataStores returns at most 1000 a page. */
const PAGE = { listEventDataStores: 1000 } as const;

export const cloudtrailCollector: Collector = {
  service: 'cloudtrail',
  phase: 'primary',
  produces: ['cloudtrail.trail', 'cloudtrail.event_data_store', 'cloudtrail.account'],
  actions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors', 'cloudtrail:ListEventDataStores', 'cloudtrail:GetEventDataStore'],
  async collect(ctx) {
    const ct = ctx.client(CloudTrailClient);
    const account = ctx.emit<'cloudtrail.account'>({
      kind: 'cloudtrail.account',
      arn: accountArn(ctx),
      name: `${ctx.accountId} ${ctx.region}`,
      region: ctx.region,
      accountId: ctx.accountId,
    });
    await Promise.all([collectTrails(ctx, ct, account), collectEventDataStores(ctx, ct, account)]);
  },
};

/** The account-level record's id: one per region, so each region's finding is its own. */
function accountArn(ctx: CollectorContext): string {
  return ctx.arn('cloudtrail.account', {});
}

async function collectTrails(ctx: CollectorContext, ct: CloudTrailClient, account: CloudTrailAccount): Promise<void> {
  // DescribeTrails is not paginated: one answer lists every trail that applies to the region.
  const out = await ctx.send<DescribeTrailsCommandOutput>(ct, new DescribeTrailsCommand({ includeShadowTrails: true }), { lists: 'cloudtrail.trail' });
  if (!out.ok) {
    markUnknown(account, ['trailArns', 'trailHomeRegions'], out.reason);
    return;
  }
  const trails = new Map<string, Trail & { TrailARN: string }>();
  for (const t of out.value?.trailList ?? []) if (t.TrailARN) trails.set(t.TrailARN, t as Trail & { TrailARN: string });
  account.trailArns = [...trails.keys()].sort();
  account.trailHomeRegions = Object.fromEntries([...trails.values()].map((t) => [t.TrailARN, t.HomeRegion ?? ctx.region]));
  const homed = [...trails.values()].filter((t) => (t.HomeRegion ?? ctx.region) === ctx.region).sort((a, b) => a.TrailARN.localeCompare(b.TrailARN));
  await forEachLimit(homed, COLLECTION_LIMITS.perResource, async (t) => {
    const trail = ctx.emit<'cloudtrail.trail'>(fromTrail(ctx, t));
    await readTrail(ctx, ct, trail);
  });
}

function fromTrail(ctx: CollectorContext, t: Trail & { TrailARN: string }): Omit<CloudTrailTrail, 'classification'> {
  const owner = /^arn:[^:]+:cloudtrail:[^:]+:(\d{12}):/.exec(t.TrailARN)?.[1] ?? ctx.accountId;
  const trail: Omit<CloudTrailTrail, 'classification'> = {
    kind: 'cloudtrail.trail',
    arn: t.TrailARN,
    name: t.Name ?? t.TrailARN,
    region: ctx.region,
    // Findings are imported by the scanned account, even about an organization trail it only sees.
    accountId: ctx.accountId,
    ownerAccountId: owner,
    trailName: t.Name ?? t.TrailARN,
    homeRegion: t.HomeRegion ?? ctx.region,
    // Absent optional identifiers mean "none configured" (no key, no log group), as DescribeTrails documents.
    kmsKeyId: t.KmsKeyId ?? null,
    cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn ?? null,
  };
  // DescribeTrails returns these flags for every trail: an absent one is unknown, never read as false.
  const flags = { multiRegion: t.IsMultiRegionTrail, organization: t.IsOrganizationTrail, includeGlobalServiceEvents: t.IncludeGlobalServiceEvents, logFileValidation: t.LogFileValidationEnabled };
  const apiName = { multiRegion: 'IsMultiRegionTrail', organization: 'IsOrganizationTrail', includeGlobalServiceEvents: 'IncludeGlobalServiceEvents', logFileValidation: 'LogFileValidationEnabled' } as const;
  for (const [field, value] of Object.entries(flags) as [keyof typeof flags, boolean | undefined][]) {
    if (value === undefined) markUnknown(trail, [field], `DescribeTrails returned no ${apiName[field]} for the trail`);
    else trail[field] = value;
  }
  if (t.S3BucketName) trail.s3BucketName = t.S3BucketName;
  // Only the account's own keys are described; an organization trail's key lives in the management account.
  if (t.KmsKeyId && /^arn:[^:]+:kms:[^:]+:(\d{12}):/.exec(t.KmsKeyId)?.[1] === ctx.accountId) trail.kmsKeyRefs = [t.KmsKeyId];
  return trail;
}

async function readTrail(ctx: CollectorContext, ct: CloudTrailClient, trail: CloudTrailTrail): Promise<void> {
  const resourceArn = trail.arn;
  const [status, selectors] = await Promise.all([
    ctx.send<GetTrailStatusCommandOutput>(ct, new GetTrailStatusCommand({ Name: trail.arn }), { resourceArn }),
    ctx.send<GetEventSelectorsCommandOutput>(ct, new GetEventSelectorsCommand({ TrailName: trail.arn }), { resourceArn }),
  ]);
  if (status.ok && status.value) {
    const s = status.value;
    if (s.IsLogging === undefined) markUnknown(trail, ['isLogging'], 'GetTrailStatus returned no IsLogging');
    else trail.isLogging = s.IsLogging;
    if (s.LatestDeliveryError) trail.latestDeliveryError = s.LatestDeliveryError;
    if (s.LatestCloudWatchLogsDeliveryError) trail.latestCloudWatchLogsDeliveryError = s.LatestCloudWatchLogsDeliveryError;
    const cwl = iso(s.LatestCloudWatchLogsDeliveryTime);
    if (cwl) trail.latestCloudWatchLogsDeliveryTime = cwl;
  } else markUnknown(trail, ['isLogging'], status.ok ? 'GetTrailStatus returned nothing' : status.reason);
  if (selectors.ok && selectors.value) trail.selectors = selection(selectors.value.EventSelectors, selectors.value.AdvancedEventSelectors);
  else markUnknown(trail, ['selectors'], selectors.ok ? 'GetEventSelectors returned nothing' : selectors.reason);
}

async function collectEventDataStores(ctx: CollectorContext, ct: CloudTrailClient, account: CloudTrailAccount): Promise<void> {
  const listed = await ctx.all(
    ct,
    (token) => new ListEventDataStoresCommand({ NextToken: token, MaxResults: PAGE.listEventDataStores }),
    (o: ListEventDataStoresCommandOutput) => ({ items: o.EventDataStores, next: o.NextToken }),
    { lists: 'cloudtrail.event_data_store' },
  );
  const arns = [...new Set(listed.items.map((s) => s.EventDataStoreArn).filter((a): a is string => Boolean(a)))].sort();
  if (listed.ok) account.eventDataStoreArns = arns;
  else markUnknown(account, ['eventDataStoreArns'], listed.reason);
  await forEachLimit(arns, COLLECTION_LIMITS.perResource, async (arn) => {
    const name = listed.items.find((s) => s.EventDataStoreArn === arn)?.Name ?? arn.split('/').pop() ?? arn;
    const store = ctx.emit<'cloudtrail.event_data_store'>({ kind: 'cloudtrail.event_data_store', arn, name, region: ctx.region, accountId: ctx.accountId });
    const out = await ctx.send<GetEventDataStoreCommandOutput>(ct, new GetEventDataStoreCommand({ EventDataStore: arn }), { resourceArn: arn });
    if (!out.ok || !out.value) {
      markUnknown(store, ['status', 'selectors', 'multiRegion'], out.ok ? 'GetEventDataStore returned nothing' : out.reason);
      return;
    }
    const d = out.value;
    store.status = d.Status;
    // GetEventDataStore returns both flags: an absent one is unknown, never read as false.
    if (d.MultiRegionEnabled === undefined) markUnknown(store, ['multiRegion'], 'GetEventDataStore returned no MultiRegionEnabled');
    else store.multiRegion = d.MultiRegionEnabled;
    if (d.OrganizationEnabled !== undefined) store.organization = d.OrganizationEnabled;
    if (d.RetentionPeriod !== undefined) store.retentionDays = d.RetentionPeriod;
    store.kmsKeyId = d.KmsKeyId ?? null;
    store.selectors = selection(undefined, d.AdvancedEventSelectors);
  });
}

function selection(basic: readonly SdkEventSelector[] | undefined, advanced: readonly SdkAdvancedSelector[] | undefined): EventSelection {
  return {
    basic: (basic ?? []).map((s) => ({
      readWriteType: s.ReadWriteType ?? 'All',
      includeManagementEvents: s.IncludeManagementEvents ?? true,
      dataResources: (s.DataResources ?? []).map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] })),
      excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
    })),
    advanced: (advanced ?? []).map((s): AdvancedEventSelector => ({
      ...(s.Name ? { name: s.Name } : {}),
      fieldSelectors: (s.FieldSelectors ?? []).map((f): FieldSelector => {
        const out: FieldSelector = { field: f.Field ?? '' };
        if (f.Equals) out.equals = f.Equals;
        if (f.StartsWith) out.startsWith = f.StartsWith;
        if (f.EndsWith) out.endsWith = f.EndsWith;
        if (f.NotEquals) out.notEquals = f.NotEquals;
        if (f.NotStartsWith) out.notStartsWith = f.NotStartsWith;
        if (f.NotEndsWith) out.notEndsWith = f.NotEndsWith;
        return out;
      }),
    })),
  };
}

export const cloudtrailCollectors: readonly Collector[] = [cloudtrailCollector];
