import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
  id: 'dax.cluster.encrypted',
  resource: 'dax.cluster',
  uses: ['dax:DescribeClusters'],
  control: 'encryption',
  pillar: 'encryption',
  title: 'DAX cluster encrypts its cache at rest',
  description:
    'A DAX cluster caches items read from DynamoDB on its nodes\' disks; without encryption at rest that copy of the data is stored in clear. ' +
    'Encryption can only be chosen when the cluster is created.',
  severity: 'MEDIUM',
  standards: ['FSBP DynamoDB.3'],
  remediation: {
    text: 'Create a new cluster with aws dax create-cluster ... --sse-specification Enabled=true, move clients to its endpoint and delete the old cluster.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html',
  },
  field: 'encryptedAtRest',
  apiField: 'SSEDescription.Status',
  apiValues: { true: 'ENABLED', false: 'not ENABLED' },
  consequence: 'the cache is not encrypted at rest',
});
