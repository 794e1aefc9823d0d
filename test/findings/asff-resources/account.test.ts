import { describe, expect, it } from 'vitest';
import { ASFF_LIMITS } from '../../../src/findings/asff-limits.js';
import { eventDataStore, trail, trailAccount, ALL_MANAGEMENT } from '../../checks/cloudtrail/builders.js';
import { inline, role, user } from '../../checks/iam/builders.js';
import { key } from '../../checks/kms/builders.js';
import { logGroup } from '../../checks/logs/builders.js';
import { shapeOf } from '../builders.js';

describe('ASFF resources for the account-wide services', () => {
  it('maps a KMS key to AwsKmsKey with its rotation status', () => {
    expect(shapeOf('kms.key', key({ description: 'DynamoDB tables' }))).toEqual({
      Type: 'AwsKmsKey',
      Details: { AwsKmsKey: { AWSAccountId: '111122223333', KeyId: '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5', KeyManager: 'CUSTOMER', KeyState: 'Enabled', Origin: 'AWS_KMS', Description: 'DynamoDB tables', KeyRotationStatus: true } },
    });
  });

  it('leaves unknown key fields out rather than false', () => {
    const details = shapeOf('kms.key', key({ rotationEnabled: undefined })).Details?.AwsKmsKey;
    expect(details).not.toHaveProperty('KeyRotationStatus');
  });

  it('maps a trail to AwsCloudTrailTrail, without a KMS key or log group when it has none', () => {
    const shape = shapeOf('cloudtrail.trail', trail({ trailName: 'legacy-eu-trail', multiRegion: false, kmsKeyId: null, cloudWatchLogsLogGroupArn: null, selectors: ALL_MANAGEMENT }));
    expect(shape).toEqual({
      Type: 'AwsCloudTrailTrail',
      Details: {
        AwsCloudTrailTrail: {
          Name: 'legacy-eu-trail', TrailArn: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/legacy-eu-trail', HomeRegion: 'eu-west-1', IsMultiRegionTrail: false, IsOrganizationTrail: false,
          IncludeGlobalServiceEvents: true, LogFileValidationEnabled: true, S3BucketName: 'audit-logs-111122223333', HasCustomEventSelectors: false,
        },
      },
    });
  });

  it('maps the per-region account record to AwsAccount and an event data store to Other', () => {
    expect(shapeOf('cloudtrail.account', trailAccount([]))).toEqual({ Type: 'AwsAccount' });
    const other = shapeOf('cloudtrail.event_data_store', eventDataStore(ALL_MANAGEMENT)).Details?.Other;
    expect(other).toMatchObject({ kind: 'cloudtrail.event_data_store', eventDataStoreName: 'pci-data-events', status: 'ENABLED', retentionDays: '2557' });
  });

  it('maps a log group to Other with its tier, retention and key, within the pair limit', () => {
    const other = shapeOf('logs.log_group', logGroup({ retentionInDays: null, kmsKeyId: null })).Details?.Other ?? {};
    expect(other).toMatchObject({ kind: 'logs.log_group', logGroupName: '/aws/rds/cluster/payments-aurora/postgresql', dataTier: 'orange', retentionInDays: 'never expire', kmsKeyId: 'service default' });
    expect(Object.keys(other).length).toBeLessThanOrEqual(ASFF_LIMITS.otherPairs);
  });

  it('maps roles and users to AwsIamRole and AwsIamUser with their policy names', () => {
    const r = role({ roleName: 'glue-etl', path: '/service-role/', attachedPolicies: [{ name: 'ReadCurated', arn: 'arn:aws:iam::111122223333:policy/ReadCurated', source: 'CUSTOMER' }], inlinePolicies: [inline('kms', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' })] });
    expect(shapeOf('iam.role', r)).toEqual({
      Type: 'AwsIamRole',
      Details: { AwsIamRole: { RoleName: 'glue-etl', Path: '/service-role/', AttachedManagedPolicies: [{ PolicyName: 'ReadCurated', PolicyArn: 'arn:aws:iam::111122223333:policy/ReadCurated' }], RolePolicyList: [{ PolicyName: 'kms' }] } },
    });
    expect(shapeOf('iam.user', user({ groups: ['data-engineers'] }))).toEqual({
      Type: 'AwsIamUser',
      Details: { AwsIamUser: { UserName: 'etl-batch', Path: '/service-accounts/', AttachedManagedPolicies: [], UserPolicyList: [], GroupList: ['data-engineers'] } },
    });
  });
});
