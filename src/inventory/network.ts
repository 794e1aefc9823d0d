/** VPC building blocks shared by every data service's network checks. */
import type { ResourceBase } from './types.js';

export interface Vpc extends ResourceBase<'ec2.vpc'> {
  vpcId: string;
  cidrBlock?: string;
  isDefault?: boolean;
}

export interface Subnet extends ResourceBase<'ec2.subnet'> {
  subnetId: string;
  vpcId: string;
  availabilityZone?: string;
  cidrBlock?: string;
  mapPublicIpOnLaunch?: boolean;
}

export interface Route {
  destinationCidr?: string;
  destinationIpv6Cidr?: string;
  destinationPrefixListId?: string;
  /** igw-, nat-, vpce-, pcx-, tgw-, eni-… */
  target?: string;
  state?: string;
}

export interface RouteTable extends ResourceBase<'ec2.route_table'> {
  routeTableId: string;
  vpcId: string;
  /** True for the VPC's main route table, used by subnets without an explicit association. */
  main: boolean;
  subnetIds: string[];
  routes: Route[];
}

export interface IngressRule {
  protocol: string; // "-1" for all
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: string[];
  ipv6Ranges: string[];
  /** Security groups allowed as source. */
  sourceGroupIds: string[];
  prefixListIds: string[];
}

export interface SecurityGroup extends ResourceBase<'ec2.security_group'> {
  groupId: string;
  vpcId?: string;
  groupName?: string;
  ingress: IngressRule[];
}

export interface VpcEndpoint extends ResourceBase<'ec2.vpc_endpoint'> {
  endpointId: string;
  vpcId: string;
  /** e.g. com.amazonaws.eu-west-1.dynamodb */
  serviceName: string;
  /** Gateway, Interface, GatewayLoadBalancer, … */
  endpointType: string;
  state?: string;
  routeTableIds: string[];
  subnetIds: string[];
  privateDnsEnabled?: boolean;
  policy?: string;
}

declare module './types.js' {
  interface ResourceKinds {
    'ec2.vpc': Vpc;
    'ec2.subnet': Subnet;
    'ec2.route_table': RouteTable;
    'ec2.security_group': SecurityGroup;
    'ec2.vpc_endpoint': VpcEndpoint;
  }
}
