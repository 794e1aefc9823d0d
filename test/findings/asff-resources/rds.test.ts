import type { AwsRdsDbClusterDetails, AwsRdsDbInstanceDetails } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { rdsAsff } from '../../../src/findings/asff-resources/rds.js';
import { secretsmanagerAsff } from '../../../src/findings/asff-resources/secretsmanager.js';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';
import { APP_SG, cluster, CMK, instance, PRIVATE_SUBNETS, proxy, snapshot, VPC } from '../../checks/rds/builders.js';

describe('Aurora and Secrets Manager ASFF resources', () => {
  it('maps a cluster to AwsRdsDbCluster with its collected facts only', () => {
    // Act
    const shape = rdsAsff['rds.cluster']!(cluster({ parameterGroupStatus: { 'orders-prod-1': 'in-sync', 'orders-prod-2': 'pending-reboot' } }));
    // Assess
    expect(shape.Type).toBe('AwsRdsDbCluster');
    const details = shape.Details?.AwsRdsDbCluster as AwsRdsDbClusterDetails;
    expect(details).toMatchObject({
      DbClusterIdentifier: 'orders-prod', Engine: 'aurora-postgresql', StorageEncrypted: true, KmsKeyId: CMK, Port: 5432, DeletionProtection: true,
      IamDatabaseAuthenticationEnabled: true, EnabledCloudWatchLogsExports: ['postgresql'], DbClusterParameterGroup: 'orders-pg16-secure',
      VpcSecurityGroups: [{ VpcSecurityGroupId: APP_SG, Status: 'active' }],
      DbClusterMembers: [
        { DbInstanceIdentifier: 'orders-prod-1', IsClusterWriter: true, DbClusterParameterGroupStatus: 'in-sync' },
        { DbInstanceIdentifier: 'orders-prod-2', IsClusterWriter: false, DbClusterParameterGroupStatus: 'pending-reboot' },
      ],
    });
    expect(Object.values(details).includes(undefined)).toBe(false);
    expect(details.ReadReplicaIdentifiers).toBeUndefined();
  });

  it('maps an instance to AwsRdsDbInstance with its cluster, accessibility and subnets', () => {
    // Act
    const details = rdsAsff['rds.instance']!(instance({ publiclyAccessible: true })).Details?.AwsRdsDbInstance as AwsRdsDbInstanceDetails;
    // Assess
    expect(details).toMatchObject({ DBInstanceIdentifier: 'orders-prod-1', DBClusterIdentifier: 'orders-prod', PubliclyAccessible: true, DbInstancePort: 5432 });
    expect(Object.values(details).includes(undefined)).toBe(false);
  });

  it('maps a snapshot to AwsRdsDbClusterSnapshot with its restore attribute', () => {
    // Act
    const shape = rdsAsff['rds.cluster_snapshot']!(snapshot({ restoreAttribute: ['all'] }));
    // Assess
    expect(shape).toMatchObject({
      Type: 'AwsRdsDbClusterSnapshot',
      Details: { AwsRdsDbClusterSnapshot: { DbClusterSnapshotIdentifier: 'orders-prod-before-v16', SnapshotType: 'manual', StorageEncrypted: true, DbClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } },
    });
  });

  it('maps a proxy to Other string pairs', () => {
    // Act
    const shape = rdsAsff['rds.proxy']!(proxy({ requireTls: false }));
    // Assess
    expect(shape.Type).toBe('Other');
    expect(shape.Details?.Other).toMatchObject({ kind: 'rds.proxy', dbProxyName: 'orders-proxy', requireTls: 'false', vpcId: VPC, subnetIds: PRIVATE_SUBNETS.join(',') });
  });

  it('maps a database secret to AwsSecretsManagerSecret without any value', () => {
    // Prepare
    const secret = resource('secretsmanager.secret', {
      name: 'billing/app-user', arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:billing/app-user-Zr4Tq1`, secretName: 'billing/app-user',
      rotation: { rotationEnabled: true, automaticallyAfterDays: 30 }, databaseEvidence: 'tag secret_type=database',
    });
    // Act
    const shape = secretsmanagerAsff['secretsmanager.secret']!(secret);
    // Assess
    expect(shape).toEqual({ Type: 'AwsSecretsManagerSecret', Details: { AwsSecretsManagerSecret: { Name: 'billing/app-user', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 } } } });
  });
});
