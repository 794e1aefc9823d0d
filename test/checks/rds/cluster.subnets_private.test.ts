import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.subnets_private.js';
import { judge } from '../../builders/inventory.js';
import { APP_SG, cluster, network, PRIVATE_SUBNETS, PUBLIC_SUBNET, VPC } from './builders.js';

describe('rds.cluster.subnets_private', () => {
  it('passes a DB subnet group of private subnets, one of them through the main route table', () => {
    expect(judge(check, cluster(), network())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('have no default route to an internet gateway') });
  });

  it('fails when one subnet of the group routes 0.0.0.0/0 to an internet gateway', () => {
    // Prepare
    const subject = cluster({ network: { vpcId: VPC, subnetIds: [PRIVATE_SUBNETS[0]!, PUBLIC_SUBNET], securityGroupIds: [APP_SG], port: 5432 } });
    // Act
    const verdict = judge(check, subject, network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining(`subnet ${PUBLIC_SUBNET} uses route table rtb-0b1c2d3e4f5a60022 with 0.0.0.0/0 -> igw-`) });
  });

  it('is not evaluated when the subnets were not collected', () => {
    expect(judge(check, cluster(), [])).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('were not collected') });
  });

  it('is not evaluated when the DB subnet group could not be read', () => {
    // Prepare
    const subject = cluster({ network: { vpcId: VPC, securityGroupIds: [APP_SG], port: 5432 }, unknown: { 'network.subnetIds': 'rds:DescribeDBSubnetGroups failed: AccessDenied' } });
    // Act
    const verdict = judge(check, subject, network());
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'rds:DescribeDBSubnetGroups failed: AccessDenied' });
  });
});
