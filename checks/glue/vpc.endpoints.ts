import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { missingBecause } from '../../src/engine/glue.js';
import type { VpcEndpoint } from '../../src/inventory/network.js';

/** Interface endpoints a Glue job in a VPC needs to reach its control plane, keys and logs without the internet. */
const INTERFACE_SERVICES = ['glue', 'kms', 'logs'] as const;

export default defineCheck({
  id: 'glue.vpc.endpoints',
  resource: 'ec2.vpc',
  uses: ['glue:GetConnections', 'ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables', 'ec2:DescribeVpcEndpoints'],
  control: 'network',
  pillar: 'perimeter',
  title: 'VPC hosting Glue connections reaches S3, Glue, KMS, Logs and Lake Formation through VPC endpoints',
  description:
    'Glue jobs in a VPC reach S3, the Glue API, KMS, CloudWatch Logs and (for registered locations) Lake Formation. Without an S3 gateway endpoint on the route tables of the connection subnets ' +
    'and interface endpoints (with private DNS) for the others, that traffic needs a NAT or internet path and endpoint policies cannot confine it. Lake Formation is required when the region has registered locations.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws ec2 create-vpc-endpoint --vpc-endpoint-type Gateway --service-name com.amazonaws.REGION.s3 --route-table-ids ...; and --vpc-endpoint-type Interface --private-dns-enabled for com.amazonaws.REGION.glue, .kms, .logs and .lakeformation.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/vpc-endpoint.html',
  },
  evaluate(vpc, ctx) {
    const net = ctx.network(vpc.region);
    const connections = ctx.resources('glue.connection', vpc.region).filter((c) => c.physical?.subnetId);
    const here = connections.filter((c) => net.subnet(c.physical!.subnetId!)?.vpcId === vpc.vpcId);
    if (here.length === 0) {
      const unplaced = connections.filter((c) => !net.subnet(c.physical!.subnetId!));
      if (unplaced.length > 0) return notEvaluated(missingBecause(ctx, 'ec2', vpc.region, `the subnets of connections ${unplaced.map((c) => c.connectionName).join(', ')} were not collected, so whether they sit in ${vpc.vpcId} is unknown`));
      return notApplicable(`no Glue connection places jobs in ${vpc.vpcId}`);
    }
    const subnets = [...new Set(here.map((c) => c.physical!.subnetId!))];
    const missing: string[] = [];
    // S3: a gateway endpoint on every route table the connection subnets use, or an S3 interface endpoint.
    const s3Interface = net.endpointFor(vpc.vpcId, 's3', 'Interface');
    if (!s3Interface) {
      const gateways = net.endpoints(vpc.vpcId).filter((e) => e.endpointType === 'Gateway' && e.serviceName.endsWith('.s3') && (e.state ?? 'available').toLowerCase() === 'available');
      const covered = new Set(gateways.flatMap((e) => e.routeTableIds));
      const uncovered: string[] = [];
      for (const subnetId of subnets) {
        const table = net.routeTableFor(subnetId);
        if (!table) return notEvaluated(missingBecause(ctx, 'ec2', vpc.region, `no route table was collected for subnet ${subnetId}`));
        if (!covered.has(table.routeTableId)) uncovered.push(`${subnetId} (${table.routeTableId})`);
      }
      if (gateways.length === 0) missing.push('S3 gateway endpoint');
      else if (uncovered.length > 0) missing.push(`S3 gateway endpoint on the route tables of ${uncovered.join(', ')}`);
    }
    const registered = ctx.resources('lakeformation.location', vpc.region).some((l) => l.registered);
    const services: string[] = [...INTERFACE_SERVICES, ...(registered ? ['lakeformation'] : [])];
    const found: VpcEndpoint[] = [];
    for (const service of services) {
      const endpoint = net.endpointFor(vpc.vpcId, service, 'Interface');
      if (!endpoint) missing.push(`${service} interface endpoint`);
      else if (endpoint.privateDnsEnabled === false) missing.push(`private DNS on the ${service} interface endpoint ${endpoint.endpointId}`);
      else found.push(endpoint);
    }
    const hosts = `${vpc.vpcId} hosts Glue connections ${here.map((c) => c.connectionName).join(', ')}`;
    if (missing.length > 0) return fail(`${hosts} but lacks: ${missing.join('; ')}`, { evidence: { vpcId: vpc.vpcId, missing: missing.length } });
    return pass(`${hosts}; S3 ${s3Interface ? `interface endpoint ${s3Interface.endpointId}` : 'gateway endpoint on every connection subnet route table'} and interface endpoints for ${services.join(', ')} (${found.map((e) => e.endpointId).join(', ')})`, { vpcId: vpc.vpcId });
  },
});
