import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshiftserverless.workgroup.not_publicly_accessible',
  resource: 'redshiftserverless.workgroup',
  uses: ['redshift-serverless:ListWorkgroups'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift Serverless workgroup is not publicly accessible',
  description:
    'A publicly accessible workgroup gets an endpoint reachable from the internet through its security groups. Serverless data warehouses ' +
    'should be reached only from inside the VPC or through private connectivity.',
  severity: 'CRITICAL',
  standards: ['FSBP RedshiftServerless.3'],
  remediation: {
    text: 'aws redshift-serverless update-workgroup --workgroup-name NAME --no-publicly-accessible',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html',
  },
  evaluate(wg, ctx) {
    if (wg.publiclyAccessible === undefined) return notEvaluated(ctx.whyUnknown(wg, 'publiclyAccessible'));
    return wg.publiclyAccessible ? fail(`publiclyAccessible is true for workgroup ${wg.name}`) : pass('publiclyAccessible is false');
  },
});
