/**
 * Fake CloudTrail: trails in their home region's spec (multi-region trails also appear, as shadow trails,
 * in every other region's DescribeTrails), and CloudTrail Lake event data stores.
 */
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventDataStoreCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListEventDataStoresCommand,
} from '@aws-sdk/client-cloudtrail';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

type FieldSelector = { Field: string; Equals?: string[]; StartsWith?: string[]; EndsWith?: string[]; NotEquals?: string[]; NotStartsWith?: string[]; NotEndsWith?: string[] };
export type FakeAdvancedSelector = { Name?: string; FieldSelectors: FieldSelector[] };
export type FakeBasicSelector = { ReadWriteType?: 'All' | 'ReadOnly' | 'WriteOnly'; IncludeManagementEvents?: boolean; DataResources?: { Type: string; Values: string[] }[]; ExcludeManagementEventSources?: string[] };

export interface FakeTrail {
  name: string;
  multiRegion?: boolean;
  organization?: boolean;
  /** Owning account when not the scanned one (an organization trail of the management account). */
  owner?: string;
  logFileValidation?: boolean;
  kmsKeyId?: string;
  cloudWatchLogsLogGroupArn?: string;
  s3Bucket?: string;
  includeGlobalServiceEvents?: boolean;
  /** IsLogging; default true. */
  logging?: boolean;
  /** Classic selectors; default: all management events, no data events. */
  eventSelectors?: FakeBasicSelector[];
  /** Advanced selectors (exclusive with classic ones). */
  advancedEventSelectors?: FakeAdvancedSelector[];
}

export interface FakeEventDataStore {
  id: string;
  name: string;
  status?: string;
  multiRegion?: boolean;
  organization?: boolean;
  retentionDays?: number;
  kmsKeyId?: string;
  advancedEventSelectors: FakeAdvancedSelector[];
}

export interface CloudTrailSpec {
  trails?: FakeTrail[];
  eventDataStores?: FakeEventDataStore[];
}

/** ListEventDataStores: MaxResults up to 1000. */
const MAX = { listEventDataStores: 1000 } as const;

const specOf = (spec: unknown): CloudTrailSpec => (spec as CloudTrailSpec | undefined) ?? {};
const trailArn = (ctx: FakeContext, home: string, t: FakeTrail) => `arn:${ctx.partition}:cloudtrail:${home}:${t.owner ?? ctx.accountId}:trail/${t.name}`;
const edsArn = (ctx: FakeContext, s: FakeEventDataStore) => `arn:${ctx.partition}:cloudtrail:${ctx.region}:${ctx.accountId}:eventdatastore/${s.id}`;

/** Every trail of the account with its home region. */
function allTrails(ctx: FakeContext): { home: string; trail: FakeTrail }[] {
  return Object.entries(ctx.account.regions).flatMap(([home, r]) => (home === 'global' ? [] : (specOf(r.cloudtrail).trails ?? []).map((trail) => ({ home, trail }))));
}

/** A trail homed in this region, by name or ARN; CloudTrail answers status and selectors in the home region. */
function homeTrail(ctx: FakeContext, ref: unknown): FakeTrail {
  const found = (specOf(ctx.spec).trails ?? []).find((t) => t.name === ref || trailArn(ctx, ctx.region, t) === ref);
  if (!found) throw awsError('TrailNotFoundException', `Unknown trail: ${String(ref)} for the user: ${ctx.accountId}`);
  return found;
}

const DEFAULT_SELECTORS: FakeBasicSelector[] = [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }];

export const cloudtrailFake: ServiceFake = {
  service: 'cloudtrail',
  client: CloudTrailClient,
  commands: { DescribeTrailsCommand, GetTrailStatusCommand, GetEventSelectorsCommand, ListEventDataStoresCommand, GetEventDataStoreCommand },
  handlers: {
    DescribeTrails: (input, ctx) => {
      const shadows = input.includeShadowTrails !== false;
      const visible = allTrails(ctx).filter(({ home, trail }) => home === ctx.region || (shadows && (trail.multiRegion ?? false)));
      return {
        trailList: visible.map(({ home, trail: t }) => ({
          Name: t.name,
          TrailARN: trailArn(ctx, home, t),
          HomeRegion: home,
          S3BucketName: t.s3Bucket ?? `aws-cloudtrail-logs-${t.owner ?? ctx.accountId}-${t.name}`,
          IncludeGlobalServiceEvents: t.includeGlobalServiceEvents ?? true,
          IsMultiRegionTrail: t.multiRegion ?? false,
          IsOrganizationTrail: t.organization ?? false,
          LogFileValidationEnabled: t.logFileValidation ?? false,
          HasCustomEventSelectors: Boolean(t.eventSelectors ?? t.advancedEventSelectors),
          HasInsightSelectors: false,
          ...(t.kmsKeyId ? { KmsKeyId: t.kmsKeyId } : {}),
          ...(t.cloudWatchLogsLogGroupArn ? { CloudWatchLogsLogGroupArn: t.cloudWatchLogsLogGroupArn, CloudWatchLogsRoleArn: `arn:${ctx.partition}:iam::${ctx.accountId}:role/CloudTrail_CloudWatchLogs_Role` } : {}),
        })),
      };
    },
    GetTrailStatus: (input, ctx) => {
      const t = homeTrail(ctx, input.Name);
      const logging = t.logging ?? true;
      return {
        IsLogging: logging,
        LatestDeliveryTime: new Date('2026-11-20T08:55:00Z'),
        ...(logging ? { StartLoggingTime: new Date('2024-01-10T09:00:00Z') } : { StopLoggingTime: new Date('2026-09-01T17:45:00Z') }),
        ...(t.cloudWatchLogsLogGroupArn ? { LatestCloudWatchLogsDeliveryTime: new Date('2026-11-20T08:56:00Z') } : {}),
      };
    },
    GetEventSelectors: (input, ctx) => {
      const t = homeTrail(ctx, input.TrailName);
      const arn = trailArn(ctx, ctx.region, t);
      return t.advancedEventSelectors ? { TrailARN: arn, AdvancedEventSelectors: t.advancedEventSelectors } : { TrailARN: arn, EventSelectors: t.eventSelectors ?? DEFAULT_SELECTORS };
    },
    ListEventDataStores: (input, ctx) => {
      const stores = [...(specOf(ctx.spec).eventDataStores ?? [])].sort((a, b) => a.id.localeCompare(b.id));
      const p = page(stores, input.NextToken as string | undefined, input.MaxResults as number | undefined, MAX.listEventDataStores, 'leds');
      return { EventDataStores: p.items.map((s) => ({ EventDataStoreArn: edsArn(ctx, s), Name: s.name })), ...(p.next ? { NextToken: p.next } : {}) };
    },
    GetEventDataStore: (input, ctx) => {
      const s = (specOf(ctx.spec).eventDataStores ?? []).find((x) => edsArn(ctx, x) === input.EventDataStore || x.name === input.EventDataStore);
      if (!s) throw awsError('EventDataStoreNotFoundException', `The specified event data store ${String(input.EventDataStore)} was not found.`);
      return {
        EventDataStoreArn: edsArn(ctx, s),
        Name: s.name,
        Status: s.status ?? 'ENABLED',
        MultiRegionEnabled: s.multiRegion ?? true,
        OrganizationEnabled: s.organization ?? false,
        RetentionPeriod: s.retentionDays ?? 2557,
        TerminationProtectionEnabled: true,
        AdvancedEventSelectors: s.advancedEventSelectors,
        ...(s.kmsKeyId ? { KmsKeyId: s.kmsKeyId } : {}),
      };
    },
  },
};

export const cloudtrailFakes: readonly ServiceFake[] = [cloudtrailFake];
