import type { AwsRedshiftClusterDetails } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { ASFF_LIMITS } from '../../../src/findings/asff-limits.js';
import { cluster, datashare, namespace, workgroup, VPC } from '../../checks/redshift/builders.js';
import { shapeOf } from '../builders.js';

describe('Redshift ASFF resources', () => {
  it('maps a cluster to AwsRedshiftCluster with its security-relevant details', () => {
    // Act
    const shape = shapeOf('redshift.cluster', cluster({ parameterGroupApplyStatus: 'pending-reboot', parameterApplyStatus: { require_ssl: 'pending-reboot' } }));
    // Assess
    expect(shape.Type).toBe('AwsRedshiftCluster');
    const details = shape.Details?.AwsRedshiftCluster as AwsRedshiftClusterDetails;
    expect(details).toMatchObject({
      ClusterIdentifier: 'analytics-prod',
      PubliclyAccessible: false,
      Encrypted: true,
      EnhancedVpcRouting: true,
      VpcId: VPC,
      ClusterParameterGroups: [{ ParameterGroupName: 'analytics-secure', ParameterApplyStatus: 'pending-reboot', ClusterParameterStatusList: [{ ParameterName: 'require_ssl', ParameterApplyStatus: 'pending-reboot' }] }],
      LoggingStatus: { LoggingEnabled: true },
      Endpoint: { Port: 5439 },
    });
    expect(Object.values(details).includes(undefined)).toBe(false);
  });

  it('maps a workgroup to Other with string pairs', () => {
    // Act
    const shape = shapeOf('redshiftserverless.workgroup', workgroup());
    // Assess
    expect(shape.Type).toBe('Other');
    expect(shape.Details?.Other).toMatchObject({ kind: 'redshiftserverless.workgroup', workgroupName: 'bi-adhoc', publiclyAccessible: 'false', requireSsl: 'true', dataTier: 'orange' });
    expect(Object.values(shape.Details!.Other!).every((v) => typeof v === 'string')).toBe(true);
  });

  it('keeps Other within Security Hub limits, truncating long values', () => {
    // Prepare: a workgroup spread over many subnets gives a value past 1,023 characters.
    const subnets = Array.from({ length: 80 }, (_, i) => `subnet-0a1b2c3d4e5f6${String(i).padStart(4, '0')}`);
    // Act
    const shape = shapeOf('redshiftserverless.workgroup', workgroup({ network: { vpcId: VPC, subnetIds: subnets, securityGroupIds: [], port: 5439 } }));
    // Assess
    const pairs = shape.Details!.Other!;
    expect(Object.keys(pairs).length).toBeLessThanOrEqual(ASFF_LIMITS.otherPairs);
    expect(pairs.subnetIds!.length).toBe(ASFF_LIMITS.otherValue);
    expect(pairs.subnetIds!.endsWith('…')).toBe(true);
  });

  it('maps namespaces and datashares to Other', () => {
    // Act
    const ns = shapeOf('redshiftserverless.namespace', namespace());
    const share = shapeOf('redshift.datashare', datashare());
    // Assess
    expect(ns.Details?.Other).toMatchObject({ namespaceName: 'bi-ns', adminPasswordManaged: 'true', logExports: 'connectionlog,userlog,useractivitylog' });
    expect(share.Details?.Other).toMatchObject({ dataShareName: 'sales_share', consumers: '444455556666:ACTIVE', allowPubliclyAccessibleConsumers: 'false' });
  });
});
