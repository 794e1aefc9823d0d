import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'redshift.cluster.enhanced_vpc_routing',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift cluster uses Enhanced VPC Routing',
  description:
    'With Enhanced VPC Routing, COPY and UNLOAD traffic between the cluster and S3 goes through the VPC, so VPC endpoints, endpoint policies, ' +
    'security groups and flow logs apply to it instead of it leaving over the public network.',
  severity: 'MEDIUM',
  standards: ['FSBP Redshift.7'],
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --enhanced-vpc-routing (add an S3 gateway endpoint to the cluster VPC first)',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
  },
  field: 'enhancedVpcRouting',
  apiField: 'EnhancedVpcRouting',
  consequence: 'COPY/UNLOAD traffic to S3 does not stay in the VPC',
});
