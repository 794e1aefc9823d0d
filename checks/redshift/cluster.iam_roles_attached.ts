import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.iam_roles_attached',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'secrets',
  pillar: 'identity',
  title: 'Redshift cluster has IAM roles for COPY, UNLOAD and external access',
  description:
    'COPY, UNLOAD, Spectrum and federated queries should authorize with an IAM role attached to the cluster. Without one, users fall back to ' +
    'access keys embedded in SQL (CREDENTIALS), which end up in query history and logs.',
  severity: 'LOW',
  remediation: {
    text: 'aws redshift modify-cluster-iam-roles --cluster-identifier ID --add-iam-roles ROLE_ARN',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/authorizing-redshift-service.html',
  },
  evaluate(cluster, ctx) {
    if (cluster.iamRoles === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'iamRoles'));
    return cluster.iamRoles.length > 0
      ? pass(`IamRoles lists ${cluster.iamRoles.join(', ')}`)
      : fail('IamRoles is empty: COPY/UNLOAD can only authorize with access keys');
  },
});
