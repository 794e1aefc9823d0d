import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import type { CheckContext } from '../../src/engine/context.js';
import type { Vpc } from '../../src/inventory/network.js';

/** Tag values that switch the data-VPC tag off rather than on. */
const FALSE_VALUES = new Set(['false', 'no', '0', 'none']);

/**
 * Why the VPC counts as hosting data workloads: data stores placed in it (directly, through their subnets or
 * their security groups) or the configured data-VPC tag. `unplaced` lists stores whose VPC could not be found.
 */
function dataWorkloads(vpc: Vpc, ctx: CheckContext): { hosts: string[]; unplaced: string[] } {
  const net = ctx.network(vpc.region);
  const hosts: string[] = [];
  const unplaced: string[] = [];
  for (const r of ctx.inventory.resources) {
    if (r.region !== vpc.region || r.kind.startsWith('ec2.') || !r.network) continue;
    const placement = r.network;
    const vpcIds = new Set<string>();
    if (placement.vpcId) vpcIds.add(placement.vpcId);
    for (const id of placement.subnetIds ?? []) {
      const found = net.subnet(id)?.vpcId;
      if (found) vpcIds.add(found);
    }
    for (const id of placement.securityGroupIds ?? []) {
      const found = net.securityGroup(id)?.vpcId;
      if (found) vpcIds.add(found);
    }
    const referenced = (placement.subnetIds?.length ?? 0) + (placement.securityGroupIds?.length ?? 0) > 0;
    if (vpcIds.has(vpc.vpcId)) hosts.push(`${r.kind} ${r.name}`);
    // Subnets or groups named but not collected: the store sits in some VPC we cannot tell.
    else if (vpcIds.size === 0 && referenced) unplaced.push(`${r.kind} ${r.name}`);
  }
  const tagKey = ctx.settings.dataVpcTagKey;
  const tagValue = Object.entries(vpc.tags ?? {}).find(([k]) => k.toLowerCase() === tagKey.toLowerCase())?.[1];
  if (tagValue !== undefined && !FALSE_VALUES.has(tagValue.trim().toLowerCase())) hosts.push(`tag ${tagKey}=${tagValue}`);
  return { hosts, unplaced };
}

export default defineCheck({
  id: 'dynamodb.vpc.gateway_endpoint',
  resource: 'ec2.vpc',
  uses: ['ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables', 'ec2:DescribeVpcEndpoints'],
  control: 'network',
  pillar: 'perimeter',
  title: 'VPC hosting data workloads reaches DynamoDB through a gateway endpoint',
  description:
    'Without a DynamoDB gateway endpoint on every route table its subnets use, traffic from the VPC to DynamoDB leaves through a NAT or internet gateway, ' +
    'and endpoint policies and aws:SourceVpce conditions cannot confine table access to the VPC. ' +
    `A VPC hosts data workloads when a collected data store sits in it or it carries the configured data-VPC tag (default key data_workloads).`,
  severity: 'MEDIUM',
  remediation: {
    text: 'aws ec2 create-vpc-endpoint --vpc-id VPC_ID --vpc-endpoint-type Gateway --service-name com.amazonaws.REGION.dynamodb --route-table-ids RTB_IDS (or modify-vpc-endpoint --add-route-table-ids for missing route tables).',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/vpc-endpoints-dynamodb.html',
  },
  evaluate(vpc, ctx) {
    const { hosts, unplaced } = dataWorkloads(vpc, ctx);
    if (hosts.length === 0) {
      if (unplaced.length > 0) return notEvaluated(`the VPC of ${unplaced.join(', ')} is unknown (subnets or security groups not collected), so whether ${vpc.vpcId} hosts data workloads is unknown`);
      return notApplicable(`${vpc.vpcId}${vpc.isDefault ? ' (default VPC)' : ''} hosts no collected data store and has no ${ctx.settings.dataVpcTagKey} tag`);
    }
    const net = ctx.network(vpc.region);
    const subnets = ctx.resources('ec2.subnet', vpc.region).filter((s) => s.vpcId === vpc.vpcId);
    const needed = new Map<string, string[]>();
    const unrouted: string[] = [];
    for (const subnet of subnets) {
      const table = net.routeTableFor(subnet.subnetId);
      if (!table) unrouted.push(subnet.subnetId);
      else needed.set(table.routeTableId, [...(needed.get(table.routeTableId) ?? []), subnet.subnetId]);
    }
    if (subnets.length === 0) for (const table of net.routeTables(vpc.vpcId).filter((t) => t.main)) needed.set(table.routeTableId, []);
    if (unrouted.length > 0) return notEvaluated(`no route table was collected for subnets ${unrouted.join(', ')} of ${vpc.vpcId}`);
    if (needed.size === 0) return notEvaluated(`no subnets or route tables were collected for ${vpc.vpcId}`);

    const hosting = `hosts ${hosts.join(', ')}`;
    const gateways = net.endpoints(vpc.vpcId).filter((e) => e.endpointType === 'Gateway' && e.serviceName.endsWith(`.${vpc.region}.dynamodb`));
    if (gateways.length === 0) return fail(`${vpc.vpcId} ${hosting} but has no com.amazonaws.${vpc.region}.dynamodb Gateway endpoint`, { evidence: { vpcId: vpc.vpcId } });
    const available = gateways.filter((e) => e.state?.toLowerCase() === 'available');
    if (available.length === 0) {
      return fail(`${vpc.vpcId} ${hosting} but its DynamoDB gateway endpoints are not available: ${gateways.map((e) => `${e.endpointId} is ${e.state ?? 'in an unknown state'}`).join(', ')}`, { evidence: { vpcId: vpc.vpcId } });
    }
    const covered = new Set(available.flatMap((e) => e.routeTableIds));
    const missing = [...needed].filter(([id]) => !covered.has(id));
    const endpointIds = available.map((e) => e.endpointId).join(', ');
    if (missing.length > 0) {
      const list = missing.map(([id, subnetIds]) => (subnetIds.length ? `${id} (subnets ${subnetIds.join(', ')})` : `${id} (main)`)).join('; ');
      return fail(`${vpc.vpcId} ${hosting}; DynamoDB gateway endpoint ${endpointIds} is not attached to route tables ${list}`, { evidence: { vpcId: vpc.vpcId, endpoint: endpointIds, missingRouteTables: missing.length } });
    }
    return pass(`${vpc.vpcId} ${hosting}; DynamoDB gateway endpoint ${endpointIds} is available on every route table its subnets use (${[...needed.keys()].join(', ')})`, { vpcId: vpc.vpcId, endpoint: endpointIds });
  },
});
