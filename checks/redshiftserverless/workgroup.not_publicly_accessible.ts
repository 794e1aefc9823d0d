import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
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
  field: 'publiclyAccessible',
  apiField: 'publiclyAccessible',
  passWhen: false,
  detail: { fail: (wg) => ` for workgroup ${wg.name}` },
});
