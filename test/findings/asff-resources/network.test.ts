import { describe, expect, it } from 'vitest';
import { ACCOUNT, REGION, resource } from '../../builders/inventory.js';
import { shapeOf } from '../builders.js';

const VPC = 'vpc-0a1b2c3d4e5f60718';

describe('ASFF resources for the network kinds', () => {
  it('maps a VPC to AwsEc2Vpc with its CIDR block', () => {
    const vpc = resource('ec2.vpc', { name: 'data-platform', vpcId: VPC, cidrBlock: '10.20.0.0/16', isDefault: false });
    expect(shapeOf('ec2.vpc', vpc)).toEqual({ Type: 'AwsEc2Vpc', Details: { AwsEc2Vpc: { CidrBlockAssociationSet: [{ CidrBlock: '10.20.0.0/16' }] } } });
  });

  it('maps a subnet to AwsEc2Subnet', () => {
    const subnet = resource('ec2.subnet', { name: 'data-private-a', subnetId: 'subnet-0a1b2c3d4e5f60001', vpcId: VPC, availabilityZone: `${REGION}a`, cidrBlock: '10.20.1.0/24', mapPublicIpOnLaunch: false });
    expect(shapeOf('ec2.subnet', subnet).Details?.AwsEc2Subnet).toEqual({
      SubnetId: 'subnet-0a1b2c3d4e5f60001', SubnetArn: subnet.arn, VpcId: VPC, OwnerId: ACCOUNT, AvailabilityZone: `${REGION}a`, CidrBlock: '10.20.1.0/24', MapPublicIpOnLaunch: false,
    });
  });

  it('maps a security group with its ingress rules', () => {
    const group = resource('ec2.security_group', {
      name: 'dax-clients', groupId: 'sg-0d1e2f3a4b5c6d7e8', groupName: 'dax-clients', vpcId: VPC,
      ingress: [{ protocol: 'tcp', fromPort: 9111, toPort: 9111, ipv4Ranges: ['10.20.0.0/16'], ipv6Ranges: [], sourceGroupIds: ['sg-0d1e2f3a4b5c6d7e9'], prefixListIds: [] }],
    });
    expect(shapeOf('ec2.security_group', group)).toEqual({
      Type: 'AwsEc2SecurityGroup',
      Details: {
        AwsEc2SecurityGroup: {
          GroupId: 'sg-0d1e2f3a4b5c6d7e8', GroupName: 'dax-clients', OwnerId: ACCOUNT, VpcId: VPC,
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: 9111, ToPort: 9111, IpRanges: [{ CidrIp: '10.20.0.0/16' }], Ipv6Ranges: [], UserIdGroupPairs: [{ GroupId: 'sg-0d1e2f3a4b5c6d7e9' }], PrefixListIds: [] }],
        },
      },
    });
  });

  it('maps a route table with associations and puts each route target in its field', () => {
    const table = resource('ec2.route_table', {
      name: 'data-private', routeTableId: 'rtb-0a1b2c3d4e5f60001', vpcId: VPC, main: true, subnetIds: ['subnet-0a1b2c3d4e5f60001'],
      routes: [
        { destinationCidr: '10.20.0.0/16', target: 'local', state: 'active' },
        { destinationCidr: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60001', state: 'active' },
        { destinationPrefixListId: 'pl-6fa54006', target: 'vpce-0f1e2d3c4b5a69788', state: 'active' },
      ],
    });
    expect(shapeOf('ec2.route_table', table).Details?.AwsEc2RouteTable).toEqual({
      RouteTableId: 'rtb-0a1b2c3d4e5f60001', VpcId: VPC, OwnerId: ACCOUNT,
      AssociationSet: [{ RouteTableId: 'rtb-0a1b2c3d4e5f60001', Main: true }, { RouteTableId: 'rtb-0a1b2c3d4e5f60001', SubnetId: 'subnet-0a1b2c3d4e5f60001', Main: false }],
      RouteSet: [
        { DestinationCidrBlock: '10.20.0.0/16', GatewayId: 'local', State: 'active' },
        { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0a1b2c3d4e5f60001', State: 'active' },
        { DestinationPrefixListId: 'pl-6fa54006', GatewayId: 'vpce-0f1e2d3c4b5a69788', State: 'active' },
      ],
    });
  });

  it('maps a VPC endpoint to Other, since ASFF has no endpoint details type', () => {
    const endpoint = resource('ec2.vpc_endpoint', {
      name: 'vpce-0f1e2d3c4b5a69788', endpointId: 'vpce-0f1e2d3c4b5a69788', vpcId: VPC, serviceName: `com.amazonaws.${REGION}.dynamodb`,
      endpointType: 'Gateway', state: 'available', routeTableIds: ['rtb-0a1b2c3d4e5f60001'], subnetIds: [],
    });
    expect(shapeOf('ec2.vpc_endpoint', endpoint)).toEqual({
      Type: 'Other',
      Details: { Other: { kind: 'ec2.vpc_endpoint', vpcEndpointId: 'vpce-0f1e2d3c4b5a69788', vpcId: VPC, serviceName: `com.amazonaws.${REGION}.dynamodb`, vpcEndpointType: 'Gateway', state: 'available', routeTableIds: 'rtb-0a1b2c3d4e5f60001' } },
    });
  });
});
