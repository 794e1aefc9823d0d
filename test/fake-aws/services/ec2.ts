/** Fake EC2 networking: VPCs, subnets, route tables, security groups, VPC endpoints. */
import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';

export interface FakeIngress {
  protocol?: string;
  from?: number;
  to?: number;
  cidrs?: string[];
  ipv6?: string[];
  groups?: string[];
}

export interface Ec2Spec {
  vpcs?: { id: string; cidr?: string; isDefault?: boolean; tags?: Record<string, string> }[];
  subnets?: { id: string; vpcId: string; az?: string; cidr?: string; publicIpOnLaunch?: boolean; tags?: Record<string, string> }[];
  routeTables?: { id: string; vpcId: string; main?: boolean; subnetIds?: string[]; routes?: { dest: string; target: string }[]; tags?: Record<string, string> }[];
  securityGroups?: { id: string; vpcId: string; name?: string; ingress?: FakeIngress[]; tags?: Record<string, string> }[];
  endpoints?: { id: string; vpcId: string; service: string; type?: 'Gateway' | 'Interface'; state?: string; routeTableIds?: string[]; subnetIds?: string[] }[];
}

const spec = (ctx: FakeContext): Ec2Spec => (ctx.spec as Ec2Spec | undefined) ?? {};
const tags = (t: Record<string, string> | undefined) => Object.entries(t ?? {}).map(([Key, Value]) => ({ Key, Value }));
/** EC2 Describe* page bounds: 5..1000. */
const MAX = 1000;
const paged = <T>(items: T[], input: Record<string, unknown>, prefix: string) => page(items, input.NextToken as string | undefined, input.MaxResults as number | undefined, MAX, prefix);

export const ec2Fake: ServiceFake = {
  service: 'ec2',
  client: EC2Client,
  commands: { DescribeVpcsCommand, DescribeSubnetsCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeVpcEndpointsCommand },
  handlers: {
    DescribeVpcs: (input, ctx) => {
      const p = paged(spec(ctx).vpcs ?? [], input, 'vpcs');
      return { Vpcs: p.items.map((v) => ({ VpcId: v.id, CidrBlock: v.cidr ?? '10.0.0.0/16', IsDefault: v.isDefault ?? false, State: 'available', OwnerId: ctx.accountId, Tags: tags(v.tags) })), NextToken: p.next };
    },
    DescribeSubnets: (input, ctx) => {
      const p = paged(spec(ctx).subnets ?? [], input, 'subnets');
      return {
        Subnets: p.items.map((s) => ({
          SubnetId: s.id, VpcId: s.vpcId, AvailabilityZone: s.az ?? `${ctx.region}a`, CidrBlock: s.cidr ?? '10.0.1.0/24', MapPublicIpOnLaunch: s.publicIpOnLaunch ?? false,
          SubnetArn: `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.accountId}:subnet/${s.id}`, OwnerId: ctx.accountId, State: 'available', Tags: tags(s.tags),
        })),
        NextToken: p.next,
      };
    },
    DescribeRouteTables: (input, ctx) => {
      const p = page(spec(ctx).routeTables ?? [], input.NextToken as string | undefined, input.MaxResults as number | undefined, 100, 'rtb');
      return {
        RouteTables: p.items.map((rt) => ({
          RouteTableId: rt.id, VpcId: rt.vpcId, OwnerId: ctx.accountId, Tags: tags(rt.tags),
          Associations: [
            ...(rt.main ? [{ Main: true, RouteTableId: rt.id, RouteTableAssociationId: `rtbassoc-main-${rt.id}` }] : []),
            ...(rt.subnetIds ?? []).map((s) => ({ Main: false, RouteTableId: rt.id, SubnetId: s, RouteTableAssociationId: `rtbassoc-${s}` })),
          ],
          Routes: [
            { DestinationCidrBlock: (spec(ctx).vpcs ?? []).find((v) => v.id === rt.vpcId)?.cidr ?? '10.0.0.0/16', GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
            ...(rt.routes ?? []).map((r) => {
              const dest = r.dest.includes(':') ? { DestinationIpv6CidrBlock: r.dest } : r.dest.startsWith('pl-') ? { DestinationPrefixListId: r.dest } : { DestinationCidrBlock: r.dest };
              const target = r.target.startsWith('nat-') ? { NatGatewayId: r.target } : r.target.startsWith('tgw-') ? { TransitGatewayId: r.target } : { GatewayId: r.target };
              return { ...dest, ...target, State: 'active', Origin: 'CreateRoute' };
            }),
          ],
        })),
        NextToken: p.next,
      };
    },
    DescribeSecurityGroups: (input, ctx) => {
      const p = paged(spec(ctx).securityGroups ?? [], input, 'sg');
      return {
        SecurityGroups: p.items.map((g) => ({
          GroupId: g.id, GroupName: g.name ?? g.id, VpcId: g.vpcId, OwnerId: ctx.accountId, Description: g.name ?? g.id, Tags: tags(g.tags),
          SecurityGroupArn: `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.accountId}:security-group/${g.id}`,
          IpPermissions: (g.ingress ?? []).map((r) => ({
            IpProtocol: r.protocol ?? 'tcp', FromPort: r.from, ToPort: r.to ?? r.from,
            IpRanges: (r.cidrs ?? []).map((CidrIp) => ({ CidrIp })),
            Ipv6Ranges: (r.ipv6 ?? []).map((CidrIpv6) => ({ CidrIpv6 })),
            UserIdGroupPairs: (r.groups ?? []).map((GroupId) => ({ GroupId, UserId: ctx.accountId })),
            PrefixListIds: [],
          })),
        })),
        NextToken: p.next,
      };
    },
    DescribeVpcEndpoints: (input, ctx) => {
      const p = paged(spec(ctx).endpoints ?? [], input, 'vpce');
      return {
        VpcEndpoints: p.items.map((e) => ({
          VpcEndpointId: e.id, VpcId: e.vpcId, ServiceName: `com.amazonaws.${ctx.region}.${e.service}`, VpcEndpointType: e.type ?? 'Interface',
          State: e.state ?? 'available', RouteTableIds: e.routeTableIds ?? [], SubnetIds: e.subnetIds ?? [], PrivateDnsEnabled: (e.type ?? 'Interface') === 'Interface',
          OwnerId: ctx.accountId, PolicyDocument: '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
        })),
        NextToken: p.next,
      };
    },
  },
};
