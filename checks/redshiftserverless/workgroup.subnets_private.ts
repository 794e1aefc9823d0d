import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshiftserverless.workgroup.subnets_private',
  resource: 'redshiftserverless.workgroup',
  uses: ['redshift-serverless:ListWorkgroups', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift Serverless workgroup runs only in private subnets',
  description:
    'A subnet whose route table (its explicit association, else the VPC main table) has a default route to an internet gateway is public; ' +
    'the workgroup endpoint should live only in subnets without one.',
  severity: 'HIGH',
  remediation: {
    text: 'aws redshift-serverless update-workgroup --workgroup-name NAME --subnet-ids PRIVATE_SUBNETS',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroup-namespace.html',
  },
  evaluate(wg, ctx) {
    const subnets = wg.network?.subnetIds;
    if (!subnets) return notEvaluated(ctx.whyUnknown(wg, 'network.subnetIds'));
    if (subnets.length === 0) return notEvaluated('the workgroup lists no subnetIds');
    const { judgement, missing } = ctx.network(wg.region).subnetsPublic(subnets);
    if (judgement?.value) return fail(judgement.reason);
    if (!judgement) return notEvaluated(`subnets ${missing.join(', ')} or their route tables were not collected (ec2:DescribeSubnets, ec2:DescribeRouteTables)`);
    return pass(judgement.reason);
  },
});
