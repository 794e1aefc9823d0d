import { equalsCheck } from '../../src/engine/check-factories.js';

export default equalsCheck({
  id: 'redshift.cluster.multi_az',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Redshift cluster is deployed across multiple Availability Zones',
  description: 'A Multi-AZ deployment keeps compute in a second Availability Zone, so the warehouse stays available through the loss of one zone.',
  severity: 'MEDIUM',
  standards: ['FSBP Redshift.18'],
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --multi-az (RA3 node types only; migrate DC2 clusters to RA3 first)',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html',
  },
  field: 'multiAz',
  apiField: 'MultiAZ',
  passWhen: 'Enabled',
  // Multi-AZ needs RA3 nodes: say so when the cluster must change node type first.
  detail: { fail: (cluster) => (cluster.nodeType?.startsWith('ra3.') ? '' : ` and node type ${cluster.nodeType ?? 'unknown'} needs a move to RA3 first`) },
});
