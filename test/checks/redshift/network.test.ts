import { describe, expect, it } from 'vitest';
import enhancedVpcRouting from '../../../checks/redshift/cluster.enhanced_vpc_routing.js';
import noWorldIngress from '../../../checks/redshift/cluster.no_world_ingress.js';
import notPublic from '../../../checks/redshift/cluster.not_publicly_accessible.js';
import subnetsPrivate from '../../../checks/redshift/cluster.subnets_private.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { CLOSED_SG, cluster, network, OPEN_SG, PRIVATE_SUBNETS, PUBLIC_SUBNET, VPC } from './builders.js';

describe('redshift.cluster.not_publicly_accessible', () => {
  it('passes a cluster that is not publicly accessible', () => {
    expect(judge(notPublic, cluster())).toMatchObject({ status: 'PASS', reason: 'PubliclyAccessible is false' });
  });

  it('fails a publicly accessible cluster at CRITICAL', () => {
    // Act
    const verdict = judge(notPublic, cluster({ publiclyAccessible: true }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('PubliclyAccessible is true') });
  });

  it('is not evaluated when DescribeClusters failed', () => {
    // Act
    const verdict = judge(notPublic, cluster(), [], { errors: [collectionError('redshift:DescribeClusters', { code: 'AccessDenied' })] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('redshift:DescribeClusters') });
  });

  it('is not evaluated when the field is unknown', () => {
    expect(judge(notPublic, cluster({ publiclyAccessible: undefined, unknown: { publiclyAccessible: 'DescribeClusters returned no PubliclyAccessible' } })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.enhanced_vpc_routing', () => {
  it('passes with Enhanced VPC Routing on', () => {
    expect(judge(enhancedVpcRouting, cluster()).status).toBe('PASS');
  });

  it('fails with Enhanced VPC Routing off, raised for red data', () => {
    // Act
    const verdict = judge(enhancedVpcRouting, cluster({ enhancedVpcRouting: false, tags: { data_classification: 'red' } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('EnhancedVpcRouting is false') });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(enhancedVpcRouting, cluster({ enhancedVpcRouting: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.subnets_private', () => {
  it('passes when every subnet of the group routes without an internet gateway (explicit table or main table)', () => {
    // Act
    const verdict = judge(subnetsPrivate, cluster(), network());
    // Assess
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('analytics-private');
  });

  it('fails when one subnet of the group routes 0.0.0.0/0 to an igw-', () => {
    // Act
    const verdict = judge(subnetsPrivate, cluster({ network: { vpcId: VPC, subnetIds: [PRIVATE_SUBNETS[0]!, PUBLIC_SUBNET], securityGroupIds: [CLOSED_SG], port: 5439 } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining(`${PUBLIC_SUBNET} uses route table rtb-0a1b2c3d4e5f60022 with 0.0.0.0/0 -> igw-0a1b2c3d4e5f60041`) });
  });

  it('is not evaluated when the subnets were not collected', () => {
    // Act
    const verdict = judge(subnetsPrivate, cluster(), []);
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('were not collected') });
  });

  it('is not evaluated when the subnet group could not be read', () => {
    // Prepare
    const subject = cluster({ network: { vpcId: VPC, securityGroupIds: [CLOSED_SG], port: 5439 }, unknown: { 'network.subnetIds': 'redshift:DescribeClusterSubnetGroups failed: AccessDenied' } });
    // Act
    const verdict = judge(subnetsPrivate, subject, network(), { errors: [collectionError('redshift:DescribeClusterSubnetGroups')] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeClusterSubnetGroups') });
  });

  it('is not evaluated when route tables could not be listed in the region', () => {
    expect(judge(subnetsPrivate, cluster(), network(), { errors: [collectionError('ec2:DescribeRouteTables', { code: 'UnauthorizedOperation' })] }).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.no_world_ingress', () => {
  it('passes when the security groups admit only internal sources on the port', () => {
    expect(judge(noWorldIngress, cluster(), network())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('port 5439') });
  });

  it('fails when a security group admits 0.0.0.0/0 on the cluster port', () => {
    // Act
    const verdict = judge(noWorldIngress, cluster({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [CLOSED_SG, OPEN_SG], port: 5439 } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining(`${OPEN_SG} allows 0.0.0.0/0 on port 5439`) });
  });

  it('passes when the open rule is on another port than the cluster', () => {
    expect(judge(noWorldIngress, cluster({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [OPEN_SG], port: 5440 } }), network()).status).toBe('PASS');
  });

  it('is not evaluated when a security group was not collected', () => {
    expect(judge(noWorldIngress, cluster(), []).status).toBe('NOT_EVALUATED');
  });
});
