import { notDefaultCheck } from '../../src/engine/check-factories.js';

/** Master user names every attacker tries first. */
const DEFAULT_ADMINS = ['postgres', 'admin', 'root', 'administrator', 'master', 'sa', 'mysql', 'awsuser', 'dbadmin'] as const;

export default notDefaultCheck({
  id: 'rds.cluster.no_default_admin',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'access',
  pillar: 'identity',
  title: 'Aurora master user name is not a default one',
  description: 'Default master user names (postgres, admin, root…) halve the work of a password-guessing attack; a custom name makes the account harder to target.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.24'],
  remediation: {
    text: 'The master user name cannot be changed in place: restore a snapshot into a new cluster with --master-username set to a custom name',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
  },
  field: 'masterUsername',
  apiField: 'MasterUsername',
  defaults: DEFAULT_ADMINS,
});
