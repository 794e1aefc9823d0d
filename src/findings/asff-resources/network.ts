/**
 * ASFF resource types and details for the shared network kinds: `AwsEc2Vpc`, `AwsEc2Subnet`,
 * `AwsEc2SecurityGroup`, `AwsEc2RouteTable`; VPC endpoints have no ASFF details type and map to `Other`.
 */
import type { AwsEc2SecurityGroupIpPermission, RouteSetDetails } from '@aws-sdk/client-securityhub';
import type { IngressRule, Route } from '../../inventory/network.js';
import type { AsffResourceMappers } from '../asff-resource.js';
import { defined, otherPairs } from './defined.js';

function ipPermission(rule: IngressRule): AwsEc2SecurityGroupIpPermission {
  return defined({
    IpProtocol: rule.protocol,
    FromPort: rule.fromPort,
    ToPort: rule.toPort,
    IpRanges: rule.ipv4Ranges.map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: rule.ipv6Ranges.map((CidrIpv6) => ({ CidrIpv6 })),
    UserIdGroupPairs: rule.sourceGroupIds.map((GroupId) => ({ GroupId })),
    PrefixListIds: rule.prefixListIds.map((PrefixListId) => ({ PrefixListId })),
  });
}

/** Puts the route target in the ASFF field its id prefix names. */
function routeSet(route: Route): RouteSetDetails {
  const target = route.target;
  const field =
    target === undefined ? undefined
    : target.startsWith('nat-') ? 'NatGatewayId'
    : target.startsWith('tgw-') ? 'TransitGatewayId'
    : target.startsWith('pcx-') ? 'VpcPeeringConnectionId'
    : target.startsWith('eni-') ? 'NetworkInterfaceId'
    : target.startsWith('i-') ? 'InstanceId'
    : target.startsWith('eigw-') ? 'EgressOnlyInternetGatewayId'
    : target.startsWith('lgw-') ? 'LocalGatewayId'
    : target.startsWith('cagw-') ? 'CarrierGatewayId'
    : 'GatewayId';
  return defined({
    DestinationCidrBlock: route.destinationCidr,
    DestinationIpv6CidrBlock: route.destinationIpv6Cidr,
    DestinationPrefixListId: route.destinationPrefixListId,
    State: route.state,
    ...(field && target ? { [field]: target } : {}),
  });
}

export const networkAsff: AsffResourceMappers = {
  'ec2.vpc': (vpc) => (vpc.cidrBlock ? { CidrBlockAssociationSet: [{ CidrBlock: vpc.cidrBlock }] } : {}),
  'ec2.subnet': (subnet) =>
    defined({
      SubnetId: subnet.subnetId,
      SubnetArn: subnet.arn,
      VpcId: subnet.vpcId,
      OwnerId: subnet.accountId,
      AvailabilityZone: subnet.availabilityZone,
      CidrBlock: subnet.cidrBlock,
      MapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch,
    }),
  'ec2.security_group': (group) =>
    defined({ GroupId: group.groupId, GroupName: group.groupName, OwnerId: group.accountId, VpcId: group.vpcId, IpPermissions: group.ingress.map(ipPermission) }),
  'ec2.route_table': (table) => ({
    RouteTableId: table.routeTableId,
    VpcId: table.vpcId,
    OwnerId: table.accountId,
    AssociationSet: [
      ...(table.main ? [{ RouteTableId: table.routeTableId, Main: true }] : []),
      ...table.subnetIds.map((SubnetId) => ({ RouteTableId: table.routeTableId, SubnetId, Main: false })),
    ],
    RouteSet: table.routes.map(routeSet),
  }),
  'ec2.vpc_endpoint': (endpoint) =>
    otherPairs({
      kind: endpoint.kind,
      vpcEndpointId: endpoint.endpointId,
      vpcId: endpoint.vpcId,
      serviceName: endpoint.serviceName,
      vpcEndpointType: endpoint.endpointType,
      state: endpoint.state,
      routeTableIds: endpoint.routeTableIds.join(','),
      subnetIds: endpoint.subnetIds.join(','),
    }),
};
