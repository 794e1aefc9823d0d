import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'redshiftserverless.workgroup.enhanced_vpc_routing',
  resource: 'redshiftserverless.workgroup',
  uses: ['redshift-serverless:ListWorkgroups'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift Serverless workgroup uses enhanced VPC routing',
  description:
    'With enhanced VPC routing, COPY and UNLOAD traffic between the workgroup and S3 goes through the VPC, so VPC endpoints, endpoint policies ' +
    'and flow logs apply to it.',
  severity: 'HIGH',
  standards: ['FSBP RedshiftServerless.1'],
  remediation: {
    text: 'aws redshift-serverless update-workgroup --workgroup-name NAME --enhanced-vpc-routing',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
  },
  field: 'enhancedVpcRouting',
  apiField: 'enhancedVpcRouting',
  consequence: 'COPY/UNLOAD traffic to S3 does not stay in the VPC',
});
