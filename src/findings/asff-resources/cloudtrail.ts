/**
 * ASFF resource types and details for CloudTrail: trails (`AwsCloudTrailTrail`), the per-region account
 * record (`AwsAccount`, no details type) and event data stores (`Other`).
 */
import type { AwsCloudTrailTrailDetails } from '@aws-sdk/client-securityhub';
import type { CloudTrailTrail } from '../../inventory/cloudtrail.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined, otherPairs } from './defined.js';

export function cloudTrailTrailDetails(trail: CloudTrailTrail): AwsCloudTrailTrailDetails {
  return defined<AwsCloudTrailTrailDetails>({
    Name: trail.trailName,
    TrailArn: trail.arn,
    HomeRegion: trail.homeRegion,
    IsMultiRegionTrail: trail.multiRegion,
    IsOrganizationTrail: trail.organization,
    IncludeGlobalServiceEvents: trail.includeGlobalServiceEvents,
    LogFileValidationEnabled: trail.logFileValidation,
    KmsKeyId: trail.kmsKeyId ?? undefined,
    CloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn ?? undefined,
    S3BucketName: trail.s3BucketName,
    HasCustomEventSelectors: trail.selectors ? trail.selectors.advanced.length > 0 || trail.selectors.basic.some((s) => s.dataResources.length > 0 || !s.includeManagementEvents || s.readWriteType !== 'All') : undefined,
  });
}

export const cloudtrailAsff: AsffResourceMappers = {
  'cloudtrail.trail': (trail) => cloudTrailTrailDetails(trail),
  'cloudtrail.account': () => undefined,
  'cloudtrail.event_data_store': (store) =>
    otherPairs({
        kind: store.kind,
        eventDataStoreName: store.name,
        status: store.status,
        multiRegion: store.multiRegion,
        organization: store.organization,
        retentionDays: store.retentionDays,
        kmsKeyId: store.kmsKeyId,
      advancedSelectors: store.selectors?.advanced.length,
    }),
};
