import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.version_upgrade',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'backup',
  pillar: 'policy',
  title: 'Redshift cluster accepts automatic major version upgrades',
  description: 'With AllowVersionUpgrade, security and stability fixes in new engine versions are applied in the maintenance window.',
  severity: 'MEDIUM',
  standards: ['FSBP Redshift.6'],
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --allow-version-upgrade',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-mgmt-cluster-version',
  },
  evaluate(cluster, ctx) {
    if (cluster.allowVersionUpgrade === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'allowVersionUpgrade'));
    return cluster.allowVersionUpgrade ? pass('AllowVersionUpgrade is true') : fail('AllowVersionUpgrade is false: engine upgrades are not applied automatically');
  },
});
