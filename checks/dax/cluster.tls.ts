import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
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
  evaluate(cluster, ctx) {
    const type = cluster.endpointEncryption;
    if (type === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'endpointEncryption'));
    return type === 'TLS'
      ? pass('ClusterEndpointEncryptionType is TLS')
      : fail(`ClusterEndpointEncryptionType is ${type}: clients reach the cache without TLS`, { evidence: { endpointEncryption: type } });
  },
});
