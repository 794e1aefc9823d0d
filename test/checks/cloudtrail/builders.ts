/** Realistic CloudTrail inventory for check tests. */
import type { CloudTrailAccount, CloudTrailEventDataStore, CloudTrailTrail, EventSelection } from '../../../src/inventory/cloudtrail.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';

export const ALL_MANAGEMENT: EventSelection = { basic: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [], excludeManagementEventSources: [] }], advanced: [] };

type TrailFields = Partial<Omit<CloudTrailTrail, 'kind' | 'classification'>>;

/** A logging, validated, KMS-encrypted multi-region trail homed in REGION. */
export function trail(fields: TrailFields = {}): CloudTrailTrail {
  const name = fields.trailName ?? 'data-platform-audit';
  const home = fields.homeRegion ?? fields.region ?? REGION;
  return resource('cloudtrail.trail', {
    arn: `arn:aws:cloudtrail:${home}:${fields.ownerAccountId ?? ACCOUNT}:trail/${name}`,
    name,
    region: home,
    trailName: name,
    homeRegion: home,
    ownerAccountId: ACCOUNT,
    multiRegion: true,
    organization: false,
    includeGlobalServiceEvents: true,
    logFileValidation: true,
    kmsKeyId: `arn:aws:kms:${home}:${ACCOUNT}:key/1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e`,
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${home}:${ACCOUNT}:log-group:/data-platform/cloudtrail:*`,
    s3BucketName: `audit-logs-${ACCOUNT}`,
    isLogging: true,
    selectors: ALL_MANAGEMENT,
    ...fields,
  });
}

/** The per-region account record listing `trails` (defaults: the trails given, home REGION). */
export function trailAccount(trails: CloudTrailTrail[], fields: Partial<Omit<CloudTrailAccount, 'kind' | 'classification'>> = {}): CloudTrailAccount {
  const region = fields.region ?? REGION;
  return resource('cloudtrail.account', {
    arn: `arn:aws:cloudtrail:${region}:${ACCOUNT}:account`,
    name: `${ACCOUNT} ${region}`,
    region,
    trailArns: trails.map((t) => t.arn),
    trailHomeRegions: Object.fromEntries(trails.map((t) => [t.arn, t.homeRegion])),
    eventDataStoreArns: [],
    ...fields,
  });
}

export function eventDataStore(selection: EventSelection, fields: Partial<Omit<CloudTrailEventDataStore, 'kind' | 'classification'>> = {}): CloudTrailEventDataStore {
  const id = '0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
  return resource('cloudtrail.event_data_store', {
    arn: `arn:aws:cloudtrail:${fields.region ?? REGION}:${ACCOUNT}:eventdatastore/${id}`,
    name: 'pci-data-events',
    status: 'ENABLED',
    multiRegion: false,
    organization: false,
    retentionDays: 2557,
    kmsKeyId: null,
    selectors: selection,
    ...fields,
  });
}
