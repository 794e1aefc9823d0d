import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/vpc.gateway_endpoint.js';
import type { Resource } from '../../../src/inventory/types.js';
import { collectionError, judge, REGION, resource } from '../../builders/inventory.js';
import { daxCluster } from './builders.js';

const VPC_ID = 'vpc-0a1b2c3d4e5f60718';

const vpc = (fields: { tags?: Record<string, string>; isDefault?: boolean; vpcId?: string } = {}) =>
  resource('ec2.vpc', { name: fields.vpcId ?? VPC_ID, vpcId: fields.vpcId ?? VPC_ID, cidrBlock: '10.20.0.0/16', isDefault: false, tags: { Name: 'data-platform' }, ...fields });
const subnet = (subnetId: string) => resource('ec2.subnet', { name: subnetId, subnetId, vpcId: VPC_ID, availabilityZone: `${REGION}a`, cidrBlock: '10.20.1.0/24' });
const routeTable = (routeTableId: string, subnetIds: string[], main = false) =>
  resource('ec2.route_table', { name: routeTableId, routeTableId, vpcId: VPC_ID, main, subnetIds, routes: [{ destinationCidr: '10.20.0.0/16', target: 'local', state: 'active' }] });
const securityGroup = resource('ec2.security_group', { name: 'dax-clients', groupId: 'sg-0d1e2f3a4b5c6d7e8', vpcId: VPC_ID, groupName: 'dax-clients', ingress: [] });
const gateway = (routeTableIds: string[], state = 'available') =>
  resource('ec2.vpc_endpoint', {
    name: 'vpce-0f1e2d3c4b5a69788', endpointId: 'vpce-0f1e2d3c4b5a69788', vpcId: VPC_ID, serviceName: `com.amazonaws.${REGION}.dynamodb`,
    endpointType: 'Gateway', state, routeTableIds, subnetIds: [],
  });

/** A data VPC with two private subnets on two route tables and a DAX cluster placed by its security group. */
function dataVpc(extra: Resource[] = []): Resource[] {
  return [subnet('subnet-0aa1'), subnet('subnet-0bb2'), routeTable('rtb-0a1', ['subnet-0aa1']), routeTable('rtb-0b2', ['subnet-0bb2']), routeTable('rtb-0main', [], true), securityGroup, daxCluster(), ...extra];
}

describe('dynamodb.vpc.gateway_endpoint', () => {
  it('passes when an available gateway endpoint is on every route table the subnets use', () => {
    const verdict = judge(check, vpc(), dataVpc([gateway(['rtb-0a1', 'rtb-0b2'])]));
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('dax.cluster orders-cache');
  });

  it('fails when the data VPC has no DynamoDB gateway endpoint', () => {
    const verdict = judge(check, vpc(), dataVpc());
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(verdict.reason).toContain(`no com.amazonaws.${REGION}.dynamodb Gateway endpoint`);
  });

  it('fails when the endpoint misses a route table used by a subnet', () => {
    const verdict = judge(check, vpc(), dataVpc([gateway(['rtb-0a1'])]));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('rtb-0b2 (subnets subnet-0bb2)');
  });

  it('fails when the only endpoint is not available', () => {
    const verdict = judge(check, vpc(), dataVpc([gateway(['rtb-0a1', 'rtb-0b2'], 'pending')]));
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('is pending');
  });

  it('counts a VPC carrying the data-VPC tag as hosting data workloads', () => {
    const verdict = judge(check, vpc({ tags: { data_workloads: 'true' } }), [subnet('subnet-0aa1'), routeTable('rtb-0a1', ['subnet-0aa1'])]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('tag data_workloads=true');
  });

  it('counts a data store that names its VPC directly', () => {
    const store = daxCluster({ name: 'reporting-cache', network: { vpcId: VPC_ID, subnetIds: [], securityGroupIds: [] } });
    const verdict = judge(check, vpc(), [subnet('subnet-0aa1'), routeTable('rtb-0a1', ['subnet-0aa1']), store, gateway(['rtb-0a1'])]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('dax.cluster reporting-cache');
  });

  it('judges the main route table of a tagged VPC that has no subnets yet', () => {
    const verdict = judge(check, vpc({ tags: { data_workloads: 'yes' } }), [routeTable('rtb-0main', [], true), gateway(['rtb-0a1'])]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('rtb-0main (main)');
  });

  it('ignores a data-VPC tag set to false', () => {
    expect(judge(check, vpc({ tags: { data_workloads: 'false' } }), [subnet('subnet-0aa1'), routeTable('rtb-0a1', ['subnet-0aa1'])]).status).toBe('NOT_APPLICABLE');
  });

  it('ignores gateway endpoints of other services', () => {
    const s3 = resource('ec2.vpc_endpoint', {
      name: 'vpce-0a0b0c0d0e0f01234', endpointId: 'vpce-0a0b0c0d0e0f01234', vpcId: VPC_ID, serviceName: `com.amazonaws.${REGION}.s3`,
      endpointType: 'Gateway', state: 'available', routeTableIds: ['rtb-0a1', 'rtb-0b2'], subnetIds: [],
    });
    expect(judge(check, vpc(), dataVpc([s3])).status).toBe('FAIL');
  });

  it('is not applicable to a default VPC with no data workloads', () => {
    const verdict = judge(check, vpc({ vpcId: 'vpc-0def0123456789abc', isDefault: true }), dataVpc());
    expect(verdict.status).toBe('NOT_APPLICABLE');
    expect(verdict.reason).toContain('default VPC');
  });

  it('is not evaluated when route tables could not be collected', () => {
    const verdict = judge(check, vpc(), [subnet('subnet-0aa1'), securityGroup, daxCluster()]);
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('subnet-0aa1');
  });

  it('is not evaluated when a data store cannot be placed in any VPC', () => {
    const verdict = judge(check, vpc(), [daxCluster()]);
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('dax.cluster orders-cache');
  });

  it('does not let a store outside any VPC block the verdict', () => {
    const outside = daxCluster({ name: 'edge-cache', network: { securityGroupIds: [] } });
    expect(judge(check, vpc({ vpcId: 'vpc-0def0123456789abc', isDefault: true }), [outside]).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when DescribeVpcEndpoints failed in the region', () => {
    const verdict = judge(check, vpc(), dataVpc(), { errors: [collectionError('ec2:DescribeVpcEndpoints', { service: 'ec2' })] });
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('DescribeVpcEndpoints');
  });
});
