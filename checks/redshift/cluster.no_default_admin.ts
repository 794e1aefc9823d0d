import { notDefaultCheck } from '../../src/engine/check-factories.js';

/** The master user name the console and many templates suggest. */
const DEFAULT_ADMIN = 'awsuser';

export default notDefaultCheck({
  id: 'redshift.cluster.no_default_admin',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Redshift cluster does not use the default admin user name',
  description: `A well-known master user name (${DEFAULT_ADMIN}) leaves an attacker only the password to guess.`,
  severity: 'MEDIUM',
  standards: ['FSBP Redshift.8'],
  remediation: {
    text: 'The master user name cannot be changed in place: restore a snapshot into a new cluster with --master-username set to a non-default name.',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-8',
  },
  field: 'masterUsername',
  apiField: 'MasterUsername',
  defaults: [DEFAULT_ADMIN],
});
