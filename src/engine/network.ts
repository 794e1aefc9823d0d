/**
 * Network reasoning shared by every data service: is a subnet private, does a security group admit the
 * world on a port, which VPC endpoints exist. Pure functions over inventory data.
 */
import type { IngressRule, RouteTable, SecurityGroup, Subnet, VpcEndpoint } from '../inventory/network.js';
import type { Resource } from '../inventory/types.js';

const WORLD_V4 = '0.0.0.0/0';
const WORLD_V6 = '::/0';

/** A yes/no answer with the facts behind it, or `undefined` when the data to decide is missing. */
export interface Judgement {
  value: boolean;
  reason: string;
}

/** Does an ingress rule's port range cover `port`? Protocol -1 (all traffic) covers every port. */
export function ruleCoversPort(rule: IngressRule, port: number | undefined): boolean {
  if (rule.protocol === '-1' || rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp' && rule.protocol !== '6') return false;
  if (port === undefined) return true;
  if (rule.fromPort === undefined || rule.toPort === undefined) return true;
  return rule.fromPort <= port && port <= rule.toPort;
}

function describeRule(groupId: string, rule: IngressRule, cidr: string): string {
  const ports = rule.protocol === '-1' ? 'all traffic' : rule.fromPort === rule.toPort ? `port ${rule.fromPort}` : `ports ${rule.fromPort}-${rule.toPort}`;
  return `${groupId} allows ${cidr} on ${ports}`;
}

/** The region's network, indexed for lookups. */
export class NetworkView {
  private readonly subnets = new Map<string, Subnet>();
  private readonly groups = new Map<string, SecurityGroup>();
  private readonly tablesByVpc = new Map<string, RouteTable[]>();
  private readonly endpointsByVpc = new Map<string, VpcEndpoint[]>();
  private readonly vpcIds = new Set<string>();

  constructor(resources: readonly Resource[]) {
    for (const r of resources) {
      switch (r.kind) {
        case 'ec2.vpc': this.vpcIds.add(r.vpcId); break;
        case 'ec2.subnet': this.subnets.set(r.subnetId, r); break;
        case 'ec2.security_group': this.groups.set(r.groupId, r); break;
        case 'ec2.route_table': push(this.tablesByVpc, r.vpcId, r); break;
        case 'ec2.vpc_endpoint': push(this.endpointsByVpc, r.vpcId, r); break;
        default: break;
      }
    }
  }

  hasVpc(vpcId: string): boolean {
    return this.vpcIds.has(vpcId);
  }

  subnet(subnetId: string): Subnet | undefined {
    return this.subnets.get(subnetId);
  }

  securityGroup(groupId: string): SecurityGroup | undefined {
    return this.groups.get(groupId);
  }

  /** The route table a subnet uses: its explicit association, else its VPC's main table. */
  routeTableFor(subnetId: string): RouteTable | undefined {
    const subnet = this.subnets.get(subnetId);
    if (!subnet) return undefined;
    const tables = this.tablesByVpc.get(subnet.vpcId) ?? [];
    return tables.find((t) => t.subnetIds.includes(subnetId)) ?? tables.find((t) => t.main);
  }

  /**
   * A subnet is public when its route table has a default route (0.0.0.0/0 or ::/0) to an internet gateway.
   * `undefined` when the subnet or its route table was not collected.
   */
  subnetPublic(subnetId: string): Judgement | undefined {
    const table = this.routeTableFor(subnetId);
    if (!table) return undefined;
    const explicit = table.subnetIds.includes(subnetId);
    const via = explicit ? `route table ${table.routeTableId}` : `main route table ${table.routeTableId} (no explicit association)`;
    const igw = table.routes.find(
      (route) => (route.destinationCidr === WORLD_V4 || route.destinationIpv6Cidr === WORLD_V6) && route.target?.startsWith('igw-') && route.state !== 'blackhole',
    );
    if (igw) return { value: true, reason: `subnet ${subnetId} uses ${via} with ${igw.destinationCidr ?? igw.destinationIpv6Cidr} -> ${igw.target}` };
    return { value: false, reason: `subnet ${subnetId} uses ${via} with no default route to an internet gateway` };
  }

  /**
   * Judges a set of subnets: public if any is public; `undefined` (with the missing ids) if any is unknown.
   */
  subnetsPublic(subnetIds: readonly string[]): { judgement?: Judgement; missing: string[] } {
    const missing: string[] = [];
    const publicOnes: string[] = [];
    for (const id of subnetIds) {
      const j = this.subnetPublic(id);
      if (!j) missing.push(id);
      else if (j.value) publicOnes.push(j.reason);
    }
    if (publicOnes.length > 0) return { judgement: { value: true, reason: publicOnes.join('; ') }, missing };
    if (missing.length > 0) return { missing };
    return { judgement: { value: false, reason: `subnets ${subnetIds.join(', ')} have no default route to an internet gateway` }, missing };
  }

  /**
   * Rules in the given groups that admit 0.0.0.0/0 or ::/0 on `port`. `undefined` when a group was not collected.
   */
  worldIngress(groupIds: readonly string[], port: number | undefined): { open: string[]; missing: string[] } {
    const open: string[] = [];
    const missing: string[] = [];
    for (const id of groupIds) {
      const group = this.groups.get(id);
      if (!group) {
        missing.push(id);
        continue;
      }
      for (const rule of group.ingress) {
        if (!ruleCoversPort(rule, port)) continue;
        for (const cidr of [...rule.ipv4Ranges, ...rule.ipv6Ranges]) {
          if (cidr === WORLD_V4 || cidr === WORLD_V6) open.push(describeRule(id, rule, cidr));
        }
      }
    }
    return { open, missing };
  }

  /** Every CIDR (not security-group) source admitted on `port`, for "ingress from security groups only". */
  cidrIngress(groupIds: readonly string[], port: number | undefined): { rules: { text: string; world: boolean }[]; missing: string[] } {
    const rules: { text: string; world: boolean }[] = [];
    const missing: string[] = [];
    for (const id of groupIds) {
      const group = this.groups.get(id);
      if (!group) {
        missing.push(id);
        continue;
      }
      for (const rule of group.ingress) {
        if (!ruleCoversPort(rule, port)) continue;
        for (const cidr of [...rule.ipv4Ranges, ...rule.ipv6Ranges]) {
          rules.push({ text: describeRule(id, rule, cidr), world: cidr === WORLD_V4 || cidr === WORLD_V6 });
        }
      }
    }
    return { rules, missing };
  }

  endpoints(vpcId: string): VpcEndpoint[] {
    return this.endpointsByVpc.get(vpcId) ?? [];
  }

  /** An available endpoint for `com.amazonaws.<region>.<service>` of the given type in the VPC. */
  endpointFor(vpcId: string, service: string, type: 'Gateway' | 'Interface'): VpcEndpoint | undefined {
    return this.endpoints(vpcId).find(
      (e) => e.endpointType === type && e.serviceName.endsWith(`.${service}`) && (e.state === undefined || e.state.toLowerCase() === 'available'),
    );
  }

  routeTables(vpcId: string): RouteTable[] {
    return this.tablesByVpc.get(vpcId) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
