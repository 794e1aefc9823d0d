import type { AwsRdsDbClusterDetails } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { cluster, instance, proxy, secret, snapshot } from '../../checks/rds/builders.js';
import { shapeOf } from '../builders.js';

describe('Aurora and Secrets Manager ASFF resources', () => {
  it('maps a cluster to AwsRdsDbCluster with only collected facts', () => {
    // Act
    const shape = shapeOf('rds.cluster', cluster({ parameterApplyStatus: 'pending-reboot' }));
    // Assess
    expect(shape.Type).toBe('AwsRdsDbCluster');
    const details = shape.Details?.AwsRdsDbCluster as AwsRdsDbClusterDetails;
    expect(details).toMatchObject({
      DbClusterIdentifier: 'orders-db', Engine: 'aurora-postgresql', StorageEncrypted: true, IamDatabaseAuthenticationEnabled: true, Port: 5432,
      DbClusterParameterGroup: 'orders-secure-pg16', DbClusterMembers: [{ DbInstanceIdentifier: 'orders-db-1', IsClusterWriter: true, DbClusterParameterGroupStatus: 'pending-reboot' }],
    });
    expect(Object.values(details).includes(undefined)).toBe(false);
  });

  it('maps instances, snapshots with their restore attribute, and secrets to their ASFF types', () => {
    // Act
    const i = shapeOf('rds.instance', instance({ publiclyAccessible: true }));
    const s = shapeOf('rds.cluster_snapshot', snapshot({ restoreAccounts: ['all'] }));
    const secretShape = shapeOf('secretsmanager.secret', secret());
    // Assess
    expect(i).toMatchObject({ Type: 'AwsRdsDbInstance', Details: { AwsRdsDbInstance: { DBInstanceIdentifier: 'orders-db-1', DBClusterIdentifier: 'orders-db', PubliclyAccessible: true } } });
    expect(s).toMatchObject({ Type: 'AwsRdsDbClusterSnapshot', Details: { AwsRdsDbClusterSnapshot: { SnapshotType: 'manual', DbClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } } });
    expect(secretShape).toEqual({ Type: 'AwsSecretsManagerSecret', Details: { AwsSecretsManagerSecret: { Name: 'rds!cluster-8d2f6a1e', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 7 } } } });
  });

  it('maps a proxy to Other with string pairs', () => {
    // Act
    const shape = shapeOf('rds.proxy', proxy({ requireTls: false }));
    // Assess
    expect(shape).toMatchObject({ Type: 'Other', Details: { Other: { kind: 'rds.proxy', proxyName: 'orders-proxy', requireTls: 'false', engineFamily: 'POSTGRESQL' } } });
  });
});
