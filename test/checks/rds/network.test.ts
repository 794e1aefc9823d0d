import { describe, expect, it } from 'vitest';
import ingress from '../../../checks/rds/cluster.ingress_from_security_groups_only.js';
import subnetsPrivate from '../../../checks/rds/cluster.subnets_private.js';
import notPublic from '../../../checks/rds/instance.not_publicly_accessible.js';
import { collectionError, judge, resource } from '../../builders/inventory.js';
import { APP_SG, CIDR_SG, cluster, instance, network, OPEN_SG, PRIVATE_SUBNETS, PUBLIC_SUBNET, VPC } from './builders.js';

describe('rds.instance.not_publicly_accessible', () => {
  it('passes a private member instance, naming its cluster', () => {
    expect(judge(notPublic, instance())).toMatchObject({ status: 'PASS', reason: 'PubliclyAccessible is false (member of cluster orders-db)' });
  });

  it('fails a publicly accessible member at CRITICAL', () => {
    // Act
    const verdict = judge(notPublic, instance({ publiclyAccessible: true }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: 'PubliclyAccessible is true (member of cluster orders-db)' });
  });

  it('is not evaluated when DescribeDBInstances failed', () => {
    // Act
    const verdict = judge(notPublic, instance(), [], { errors: [collectionError('rds:DescribeDBInstances', { code: 'AccessDenied' })] });
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('rds:DescribeDBInstances') });
  });
});

describe('rds.cluster.subnets_private', () => {
  it('passes when every subnet routes without an internet gateway', () => {
    expect(judge(subnetsPrivate, cluster(), network())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('orders-private') });
  });

  it('fails when one subnet of the group routes 0.0.0.0/0 to an igw-', () => {
    // Act
    const verdict = judge(subnetsPrivate, cluster({ network: { vpcId: VPC, subnetIds: [...PRIVATE_SUBNETS, PUBLIC_SUBNET], securityGroupIds: [APP_SG], port: 5432 } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining(PUBLIC_SUBNET) });
  });

  it('is not evaluated when the cluster had no instance to read its subnet group from', () => {
    // Act
    const verdict = judge(subnetsPrivate, cluster({ network: { vpcId: VPC, securityGroupIds: [APP_SG], port: 5432 }, unknown: { 'network.subnetIds': 'the cluster has no instance to read DB subnet group orders-private from' } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('no instance') });
  });

  it('is not evaluated when the subnets were not collected', () => {
    expect(judge(subnetsPrivate, cluster()).status).toBe('NOT_EVALUATED');
  });
});

describe('rds.cluster.ingress_from_security_groups_only', () => {
  it('passes when the port is open only to security groups', () => {
    expect(judge(ingress, cluster(), network())).toMatchObject({ status: 'PASS', reason: expect.stringContaining('only from security groups') });
  });

  it('fails a private CIDR on the database port at MEDIUM', () => {
    // Act
    const verdict = judge(ingress, cluster({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG, CIDR_SG], port: 5432 } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: expect.stringContaining('10.40.0.0/16') });
  });

  it('fails 0.0.0.0/0 on the database port at HIGH, and higher for red data', () => {
    // Prepare
    const open = { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [OPEN_SG], port: 5432 };
    // Act
    const orange = judge(ingress, cluster({ network: open }), network());
    const red = judge(ingress, cluster({ network: open, tags: { data_classification: 'red' } }), network());
    // Assess
    expect(orange).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('0.0.0.0/0') });
    expect(red.severity).toBe('CRITICAL');
  });

  it('fails a prefix-list source on the database port at MEDIUM: a prefix list is a set of CIDR ranges', () => {
    // Prepare
    const listed = resource('ec2.security_group', {
      name: 'orders-db-corp', groupId: 'sg-0c1d2e3f4a5b60020', vpcId: VPC,
      ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: [], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: ['pl-0c1d2e3f4a5b60030'] }],
    });
    // Act
    const verdict = judge(ingress, cluster({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [APP_SG, 'sg-0c1d2e3f4a5b60020'], port: 5432 } }), [...network(), listed]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: 'sg-0c1d2e3f4a5b60020 allows prefix list pl-0c1d2e3f4a5b60030 (database port 5432)' });
  });

  it('ignores CIDR rules on other ports', () => {
    expect(judge(ingress, cluster({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [OPEN_SG], port: 3306 } }), network()).status).toBe('PASS');
  });

  it('is not evaluated when a security group was not collected', () => {
    expect(judge(ingress, cluster(), [])).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining(APP_SG) });
  });
});
