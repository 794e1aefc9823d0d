import { collectWith } from '../fake-aws/collect.js';
import { describe, expect, it } from 'vitest';
import { networkCollector } from '../../src/collectors/network.js';
import { type CollectionResult } from '../../src/collectors/runner.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { DEFAULT_CHECK_SETTINGS } from '../../src/engine/settings.js';
import gatewayEndpoint from '../../checks/dynamodb/vpc.gateway_endpoint.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory, type Resource } from '../../src/inventory/types.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { Ec2Spec } from '../fake-aws/services/ec2.js';
import type { FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const VPC = 'vpc-0a1b2c3d4e5f60718';

const DATA_VPC: Ec2Spec = {
  vpcs: [{ id: VPC, cidr: '10.20.0.0/16', tags: { Name: 'data-platform', data_workloads: 'true' } }, { id: 'vpc-0def0123456789abc', cidr: '172.31.0.0/16', isDefault: true }],
  subnets: [
    { id: 'subnet-0a1b2c3d4e5f60001', vpcId: VPC, az: 'eu-west-1a', cidr: '10.20.1.0/24', tags: { Name: 'data-private-a' } },
    { id: 'subnet-0a1b2c3d4e5f60002', vpcId: VPC, az: 'eu-west-1b', cidr: '10.20.2.0/24', tags: { Name: 'data-private-b' } },
    { id: 'subnet-0a1b2c3d4e5f60003', vpcId: VPC, az: 'eu-west-1a', cidr: '10.20.100.0/24', publicIpOnLaunch: true, tags: { Name: 'edge-public-a' } },
  ],
  routeTables: [
    { id: 'rtb-0a1b2c3d4e5f60001', vpcId: VPC, subnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'], routes: [{ dest: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60001' }] },
    { id: 'rtb-0a1b2c3d4e5f60002', vpcId: VPC, main: true, subnetIds: ['subnet-0a1b2c3d4e5f60003'], routes: [{ dest: '0.0.0.0/0', target: 'igw-0a1b2c3d4e5f60001' }] },
  ],
  securityGroups: [{ id: 'sg-0d1e2f3a4b5c6d7e8', vpcId: VPC, name: 'dax-clients', ingress: [{ from: 9111, cidrs: ['10.20.0.0/16'] }, { protocol: '-1', groups: ['sg-0d1e2f3a4b5c6d7e9'] }] }],
  endpoints: [{ id: 'vpce-0f1e2d3c4b5a69788', vpcId: VPC, service: 'dynamodb', type: 'Gateway', routeTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'] }],
};

async function collect(fake: FakeAws) {
  const restore = fake.install();
  try {
    return await collectWith([networkCollector], [REGION]);
  } finally {
    restore();
  }
}

const inventoryFrom = (collected: CollectionResult): Inventory => ({
  schemaVersion: INVENTORY_SCHEMA_VERSION, accountId: ACCOUNT, partition: 'aws', collectedAt: '2026-11-01T12:00:00Z', regions: [REGION], services: ['ec2'], ...collected,
});
const fakeWith = (ec2: Ec2Spec, faults: FaultSpec[] = []) => new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { ec2 } } }, { faults });
const ofKind = <K extends Resource['kind']>(resources: Resource[], kind: K) => resources.filter((r) => r.kind === kind) as Extract<Resource, { kind: K }>[];

describe('network (EC2) collector', () => {
  it('reads every VPC, subnet and route table over several pages', async () => {
    // Prepare: DescribeVpcs/DescribeSubnets return at most 1000 a page, DescribeRouteTables 100.
    const vpcs = Array.from({ length: 1200 }, (_, i) => ({ id: `vpc-${i.toString(16).padStart(17, '0')}` }));
    const subnets = Array.from({ length: 2100 }, (_, i) => ({ id: `subnet-${i.toString(16).padStart(17, '0')}`, vpcId: vpcs[i % 1200]!.id }));
    const routeTables = Array.from({ length: 250 }, (_, i) => ({ id: `rtb-${i.toString(16).padStart(17, '0')}`, vpcId: vpcs[i]!.id, main: true }));
    const fake = fakeWith({ vpcs, subnets, routeTables });
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('ec2:DescribeVpcs')).toHaveLength(2);
    expect(fake.callsTo('ec2:DescribeSubnets')).toHaveLength(3);
    expect(fake.callsTo('ec2:DescribeRouteTables').map((c) => c.input.MaxResults)).toEqual([100, 100, 100]);
    expect(ofKind(result.resources, 'ec2.vpc')).toHaveLength(1200);
    expect(ofKind(result.resources, 'ec2.subnet')).toHaveLength(2100);
    expect(ofKind(result.resources, 'ec2.route_table')).toHaveLength(250);
    expect(result.scopes[0]?.state).toBe('complete');
  });

  it('normalizes route table associations, routes, ingress rules and gateway endpoints', async () => {
    // Act
    const result = await collect(fakeWith(DATA_VPC));
    // Assess
    const [vpc] = ofKind(result.resources, 'ec2.vpc').filter((v) => v.vpcId === VPC);
    expect(vpc).toMatchObject({ arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/${VPC}`, name: 'data-platform', cidrBlock: '10.20.0.0/16', isDefault: false });
    const tables = ofKind(result.resources, 'ec2.route_table');
    expect(tables.find((t) => t.main)).toMatchObject({ routeTableId: 'rtb-0a1b2c3d4e5f60002', subnetIds: ['subnet-0a1b2c3d4e5f60003'] });
    expect(tables.find((t) => !t.main)?.routes).toContainEqual(expect.objectContaining({ destinationCidr: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60001' }));
    const [group] = ofKind(result.resources, 'ec2.security_group');
    expect(group?.ingress).toEqual([
      expect.objectContaining({ protocol: 'tcp', fromPort: 9111, toPort: 9111, ipv4Ranges: ['10.20.0.0/16'] }),
      expect.objectContaining({ protocol: '-1', sourceGroupIds: ['sg-0d1e2f3a4b5c6d7e9'] }),
    ]);
    expect(ofKind(result.resources, 'ec2.vpc_endpoint')).toEqual([
      expect.objectContaining({ endpointId: 'vpce-0f1e2d3c4b5a69788', serviceName: `com.amazonaws.${REGION}.dynamodb`, endpointType: 'Gateway', state: 'available', routeTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'] }),
    ]);
  });

  it('collects what a data VPC needs for the DynamoDB gateway endpoint check to pass', async () => {
    // Act
    const result = await collect(fakeWith(DATA_VPC));
    const inventory = inventoryFrom(result);
    const verdicts = evaluate(inventory, [gatewayEndpoint], DEFAULT_CHECK_SETTINGS);
    // Assess
    expect(verdicts.map((v) => [v.resource.name, v.verdict.status])).toEqual(
      expect.arrayContaining([['data-platform', 'PASS'], ['vpc-0def0123456789abc', 'NOT_APPLICABLE']]),
    );
  });

  it('records a denied DescribeVpcEndpoints, fails the scope, and leaves the endpoint check not evaluated', async () => {
    // Prepare
    const fake = fakeWith(DATA_VPC, [{ service: 'ec2', operation: 'DescribeVpcEndpoints', error: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.' }]);
    // Act
    const result = await collect(fake);
    const inventory = inventoryFrom(result);
    const verdicts = evaluate(inventory, [gatewayEndpoint], DEFAULT_CHECK_SETTINGS);
    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ action: 'ec2:DescribeVpcEndpoints', code: 'UnauthorizedOperation', kind: 'access-denied' })]);
    expect(result.scopes[0]?.state).toBe('failed');
    expect(ofKind(result.resources, 'ec2.subnet')).toHaveLength(3);
    expect(verdicts.find((v) => v.resource.name === 'data-platform')?.verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('ec2:DescribeVpcEndpoints') });
  });

  it('marks the scope failed when DescribeVpcs fails', async () => {
    // Act
    const result = await collect(fakeWith(DATA_VPC, [{ service: 'ec2', operation: 'DescribeVpcs', error: 'InternalError' }]));
    // Assess
    expect(ofKind(result.resources, 'ec2.vpc')).toEqual([]);
    expect(result.scopes[0]).toMatchObject({ service: 'ec2', state: 'failed' });
  });
});
