import { defineCheck, fail, notApplicable, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';
import { atJobTier, missingBecause } from '../../src/engine/glue.js';
import type { CheckContext } from '../../src/engine/context.js';
import type { GlueConnection } from '../../src/inventory/glue.js';

export default defineCheck({
  id: 'glue.connection.subnet_private',
  resource: 'glue.connection',
  uses: ['glue:GetConnections', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Glue connection places jobs in a private subnet',
  description:
    'Glue attaches elastic network interfaces with private addresses only; in a subnet whose route table sends 0.0.0.0/0 to an internet gateway they have no path to the internet, ' +
    'and the subnet exposes the data path to public routing. Jobs belong in private subnets that reach AWS services through VPC endpoints or a NAT gateway.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Point the connection at a private subnet (no default route to an igw-): aws glue update-connection with PhysicalConnectionRequirements.SubnetId of a private subnet.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html',
  },
  evaluate(connection, ctx) {
    return atJobTier(connection, judgeConnection(connection, ctx), 'MEDIUM', ctx);
  },
});

function judgeConnection(connection: GlueConnection, ctx: CheckContext): Verdict {
  const subnetId = connection.physical?.subnetId;
  if (!connection.properties && !connection.physical) return notEvaluated(ctx.whyUnknown(connection, 'physical'));
  if (!subnetId) return notApplicable(`connection type ${connection.connectionType ?? 'unknown'} has no PhysicalConnectionRequirements.SubnetId: it places no job in a VPC`);
  const judgement = ctx.network(connection.region).subnetPublic(subnetId);
  if (!judgement) return notEvaluated(missingBecause(ctx, 'ec2', connection.region, `subnet ${subnetId} or its route table was not collected (ec2:DescribeSubnets / DescribeRouteTables)`));
  if (judgement.value) return fail(`PhysicalConnectionRequirements.SubnetId ${judgement.reason}`, { evidence: { subnetId } });
  return pass(`PhysicalConnectionRequirements.SubnetId ${judgement.reason}`, { subnetId });
}
