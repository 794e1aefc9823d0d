import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'redshift.cluster.not_publicly_accessible',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'network',
  pillar: 'perimeter',
  title: 'Redshift cluster is not publicly accessible',
  description:
    'A publicly accessible cluster gets a public IP address and a DNS name that resolves to it, so anyone on the internet can reach its port ' +
    'once a security group lets them. Data warehouses should be reached only from inside the VPC or through private connectivity.',
  severity: 'CRITICAL',
  standards: ['FSBP Redshift.1'],
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --no-publicly-accessible',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
  },
  field: 'publiclyAccessible',
  apiField: 'PubliclyAccessible',
  passWhen: false,
  detail: { fail: (cluster) => ` for cluster ${cluster.clusterIdentifier}` },
});
