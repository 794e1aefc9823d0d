/**
 * CloudTrail: trails (emitted by the collector of their home region), CloudTrail Lake event data stores,
 * and one account-level record per region listing the trails that apply to it (shadow and organization
 * trails included), which account-level checks judge.
 */
import type { ResourceBase } from './types.js';

/** A classic event selector (GetEventSelectors `EventSelectors`). */
export interface BasicEventSelector {
  /** All, ReadOnly or WriteOnly. */
  readWriteType: string;
  includeManagementEvents: boolean;
  /** Data resources: `type` such as `AWS::DynamoDB::Table`, `values` ARNs or ARN prefixes. */
  dataResources: { type: string; values: string[] }[];
  excludeManagementEventSources: string[];
}

/** One condition of an advanced event selector. */
export interface FieldSelector {
  field: string;
  equals?: string[];
  startsWith?: string[];
  endsWith?: string[];
  notEquals?: string[];
  notStartsWith?: string[];
  notEndsWith?: string[];
}

export interface AdvancedEventSelector {
  name?: string;
  fieldSelectors: FieldSelector[];
}

/** What a trail or event data store selects. Classic and advanced selectors are exclusive on a trail. */
export interface EventSelection {
  basic: BasicEventSelector[];
  advanced: AdvancedEventSelector[];
}

export interface CloudTrailTrail extends ResourceBase<'cloudtrail.trail'> {
  trailName: string;
  homeRegion: string;
  /** Account that owns the trail (the management account for an organization trail). */
  ownerAccountId: string;
  multiRegion?: boolean;
  organization?: boolean;
  includeGlobalServiceEvents?: boolean;
  logFileValidation?: boolean;
  /** `null` when the trail's logs are not KMS-encrypted (SSE-S3). */
  kmsKeyId?: string | null;
  /** `null` when the trail does not deliver to CloudWatch Logs. */
  cloudWatchLogsLogGroupArn?: string | null;
  s3BucketName?: string;
  /** GetTrailStatus IsLogging. */
  isLogging?: boolean;
  latestDeliveryError?: string;
  latestCloudWatchLogsDeliveryError?: string;
  latestCloudWatchLogsDeliveryTime?: string;
  selectors?: EventSelection;
}

export interface CloudTrailEventDataStore extends ResourceBase<'cloudtrail.event_data_store'> {
  /** ENABLED, PENDING_DELETION, STOPPED_INGESTION, STARTING_INGESTION… */
  status?: string;
  multiRegion?: boolean;
  organization?: boolean;
  retentionDays?: number;
  kmsKeyId?: string | null;
  selectors?: EventSelection;
}

/** Per region: the trails that apply to it, as DescribeTrails (with shadow trails) lists them. */
export interface CloudTrailAccount extends ResourceBase<'cloudtrail.account'> {
  /** ARNs of trails applying to this region: homed here, multi-region shadows and organization trails. */
  trailArns?: string[];
  /** Home region of each listed trail, by ARN. */
  trailHomeRegions?: Record<string, string>;
  /** Event data stores listed in this region. */
  eventDataStoreArns?: string[];
}

declare module './types.js' {
  interface ResourceKinds {
    'cloudtrail.trail': CloudTrailTrail;
    'cloudtrail.event_data_store': CloudTrailEventDataStore;
    'cloudtrail.account': CloudTrailAccount;
  }
}
