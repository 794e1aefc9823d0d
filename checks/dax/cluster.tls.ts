import { equalsCheck } from '../../src/engine/check-factories.js';

export default equalsCheck({
  id: 'dax.cluster.tls',
  resource: 'dax.cluster',
  uses: ['dax:DescribeClusters'],
  control: 'transit',
  pillar: 'encryption',
  title: 'DAX cluster endpoint requires TLS',
  description:
    'With ClusterEndpointEncryptionType NONE, items travel between applications and the cache in clear inside the VPC. ' +
    'The endpoint encryption type can only be chosen when the cluster is created.',
  severity: 'MEDIUM',
  standards: ['FSBP DynamoDB.7'],
  remediation: {
    text: 'Create a new cluster with aws dax create-cluster ... --cluster-endpoint-encryption-type TLS, point clients at its daxs:// endpoint and delete the old cluster.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html',
  },
  field: 'endpointEncryption',
  apiField: 'ClusterEndpointEncryptionType',
  passWhen: 'TLS',
  consequence: 'clients reach the cache without TLS',
  evidence: { fail: (_cluster, type) => ({ endpointEncryption: type }) },
});
