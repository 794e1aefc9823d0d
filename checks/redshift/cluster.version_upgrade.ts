import { flagCheck } from '../../src/engine/check-factories.js';

export default flagCheck({
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
  field: 'allowVersionUpgrade',
  apiField: 'AllowVersionUpgrade',
  consequence: 'engine upgrades are not applied automatically',
});
