import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** Master user names every attacker tries first. */
const DEFAULT_ADMINS = new Set(['postgres', 'admin', 'root', 'administrator', 'master', 'sa', 'mysql', 'awsuser', 'dbadmin']);

export default defineCheck({
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
  evaluate(cluster, ctx) {
    if (cluster.masterUsername === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUsername'));
    if (DEFAULT_ADMINS.has(cluster.masterUsername.toLowerCase())) return fail(`MasterUsername is the default ${cluster.masterUsername}`);
    return pass(`MasterUsername ${cluster.masterUsername} is not a default name`);
  },
});
