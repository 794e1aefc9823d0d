/**
 * The shared network collector: VPCs, subnets, route tables, security groups and VPC endpoints of a region.
 * Every data service's network checks read these through the engine's NetworkView.
 */
import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  type DescribeRouteTablesCommandOutput,
  type DescribeSecurityGroupsCommandOutput,
  type DescribeSubnetsCommandOutput,
  type DescribeVpcEndpointsCommandOutput,
  type DescribeVpcsCommandOutput,
  type IpPermission,
} from '@aws-sdk/client-ec2';
import type { IngressRule, Route } from '../inventory/network.js';
import { tagRecord } from './common.js';
import type { Collector, CollectorContext } from './types.js';

/** EC2 Describe* page size (API maximum is 1000 for most; 1000 keeps call counts minimal). */
const PAGE_SIZE = 1000;
/** DescribeVpcEndpoints accepts at most 1000 too. */
const ENDPOINT_PAGE_SIZE = 1000;

export const networkCollector: Collector = {
  service: 'ec2',
  phase: 'primary',
  produces: ['ec2.vpc', 'ec2.subnet', 'ec2.route_table', 'ec2.security_group', 'ec2.vpc_endpoint'],
  actions: ['ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables', 'ec2:DescribeSecurityGroups', 'ec2:DescribeVpcEndpoints'],
  async collect(ctx) {
    const ec2 = ctx.client(EC2Client);
    await Promise.all([vpcs(ctx, ec2), subnets(ctx, ec2), routeTables(ctx, ec2), securityGroups(ctx, ec2), endpoints(ctx, ec2)]);
  },
};

const base = (ctx: CollectorContext) => ({ region: ctx.region, accountId: ctx.accountId });

async function vpcs(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  for await (const page of ctx.pages(ec2, (t) => new DescribeVpcsCommand({ NextToken: t, MaxResults: PAGE_SIZE }), (o: DescribeVpcsCommandOutput) => ({ items: o.Vpcs, next: o.NextToken }), { lists: 'ec2.vpc' })) {
    for (const v of page) {
      if (!v.VpcId) continue;
      const tags = tagRecord(v.Tags);
      ctx.emit<'ec2.vpc'>({ kind: 'ec2.vpc', ...base(ctx), arn: ctx.arn('ec2.vpc', { id: v.VpcId }), name: tags.Name ?? v.VpcId, tags, vpcId: v.VpcId, cidrBlock: v.CidrBlock, isDefault: v.IsDefault });
    }
  }
}

async function subnets(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  for await (const page of ctx.pages(ec2, (t) => new DescribeSubnetsCommand({ NextToken: t, MaxResults: PAGE_SIZE }), (o: DescribeSubnetsCommandOutput) => ({ items: o.Subnets, next: o.NextToken }), { lists: 'ec2.subnet' })) {
    for (const s of page) {
      if (!s.SubnetId || !s.VpcId) continue;
      const tags = tagRecord(s.Tags);
      ctx.emit<'ec2.subnet'>({
        kind: 'ec2.subnet', ...base(ctx), arn: s.SubnetArn ?? ctx.arn('ec2.subnet', { id: s.SubnetId }), name: tags.Name ?? s.SubnetId, tags,
        subnetId: s.SubnetId, vpcId: s.VpcId, availabilityZone: s.AvailabilityZone, cidrBlock: s.CidrBlock, mapPublicIpOnLaunch: s.MapPublicIpOnLaunch,
      });
    }
  }
}

async function routeTables(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  for await (const page of ctx.pages(ec2, (t) => new DescribeRouteTablesCommand({ NextToken: t, MaxResults: 100 }), (o: DescribeRouteTablesCommandOutput) => ({ items: o.RouteTables, next: o.NextToken }), { lists: 'ec2.route_table' })) {
    for (const rt of page) {
      if (!rt.RouteTableId || !rt.VpcId) continue;
      const tags = tagRecord(rt.Tags);
      const routes: Route[] = (rt.Routes ?? []).map((r) => ({
        destinationCidr: r.DestinationCidrBlock,
        destinationIpv6Cidr: r.DestinationIpv6CidrBlock,
        destinationPrefixListId: r.DestinationPrefixListId,
        target: r.GatewayId ?? r.NatGatewayId ?? r.TransitGatewayId ?? r.VpcPeeringConnectionId ?? r.NetworkInterfaceId ?? r.InstanceId ?? r.EgressOnlyInternetGatewayId ?? r.LocalGatewayId ?? r.CarrierGatewayId,
        state: r.State,
      }));
      ctx.emit<'ec2.route_table'>({
        kind: 'ec2.route_table', ...base(ctx), arn: ctx.arn('ec2.route_table', { id: rt.RouteTableId }), name: tags.Name ?? rt.RouteTableId, tags,
        routeTableId: rt.RouteTableId, vpcId: rt.VpcId,
        main: (rt.Associations ?? []).some((a) => a.Main === true),
        subnetIds: (rt.Associations ?? []).map((a) => a.SubnetId).filter((id): id is string => Boolean(id)),
        routes,
      });
    }
  }
}

function ingressRule(p: IpPermission): IngressRule {
  return {
    protocol: p.IpProtocol ?? '-1',
    fromPort: p.FromPort,
    toPort: p.ToPort,
    ipv4Ranges: (p.IpRanges ?? []).map((r) => r.CidrIp).filter((c): c is string => Boolean(c)),
    ipv6Ranges: (p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6).filter((c): c is string => Boolean(c)),
    sourceGroupIds: (p.UserIdGroupPairs ?? []).map((g) => g.GroupId).filter((g): g is string => Boolean(g)),
    prefixListIds: (p.PrefixListIds ?? []).map((g) => g.PrefixListId).filter((g): g is string => Boolean(g)),
  };
}

async function securityGroups(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  for await (const page of ctx.pages(ec2, (t) => new DescribeSecurityGroupsCommand({ NextToken: t, MaxResults: PAGE_SIZE }), (o: DescribeSecurityGroupsCommandOutput) => ({ items: o.SecurityGroups, next: o.NextToken }), { lists: 'ec2.security_group' })) {
    for (const g of page) {
      if (!g.GroupId) continue;
      const tags = tagRecord(g.Tags);
      ctx.emit<'ec2.security_group'>({
        kind: 'ec2.security_group', ...base(ctx), arn: g.SecurityGroupArn ?? ctx.arn('ec2.security_group', { id: g.GroupId }), name: g.GroupName ?? g.GroupId, tags,
        groupId: g.GroupId, vpcId: g.VpcId, groupName: g.GroupName, ingress: (g.IpPermissions ?? []).map(ingressRule),
      });
    }
  }
}

async function endpoints(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  for await (const page of ctx.pages(ec2, (t) => new DescribeVpcEndpointsCommand({ NextToken: t, MaxResults: ENDPOINT_PAGE_SIZE }), (o: DescribeVpcEndpointsCommandOutput) => ({ items: o.VpcEndpoints, next: o.NextToken }), { lists: 'ec2.vpc_endpoint' })) {
    for (const e of page) {
      if (!e.VpcEndpointId || !e.VpcId || !e.ServiceName) continue;
      const tags = tagRecord(e.Tags);
      ctx.emit<'ec2.vpc_endpoint'>({
        kind: 'ec2.vpc_endpoint', ...base(ctx), arn: ctx.arn('ec2.vpc_endpoint', { id: e.VpcEndpointId }), name: tags.Name ?? e.VpcEndpointId, tags,
        endpointId: e.VpcEndpointId, vpcId: e.VpcId, serviceName: e.ServiceName, endpointType: e.VpcEndpointType ?? 'Interface', state: e.State,
        routeTableIds: e.RouteTableIds ?? [], subnetIds: e.SubnetIds ?? [], privateDnsEnabled: e.PrivateDnsEnabled, policy: e.PolicyDocument,
      });
    }
  }
}
