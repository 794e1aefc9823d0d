import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** Master user names attackers try first: engine defaults and common conventions. */
const DEFAULT_ADMINS = ['postgres', 'admin', 'root', 'administrator', 'master', 'masteruser', 'sa', 'dbadmin', 'awsuser', 'mysql', 'user'] as const;

export default defineCheck({
  id: 'rds.cluster.no_default_admin',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters'],
  control: 'access',
  pillar: 'identity',
  title: 'Aurora cluster master user name is not a default such as postgres or admin',
  description:
    'Password-guessing attacks start with the well-known default master user names (postgres, admin, root…). A custom name removes half ' +
    'of the guess. The master user name cannot be changed after creation.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.24'],
  remediation: {
    text: 'Create the cluster (or restore a snapshot into one) with a custom --master-username, and migrate clients.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
  },
  evaluate(cluster, ctx) {
    const name = cluster.masterUsername;
    if (name === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUsername'));
    if ((DEFAULT_ADMINS as readonly string[]).includes(name.toLowerCase())) return fail(`MasterUsername is ${name}, a default administrator name`);
    return pass(`MasterUsername is ${name}, not a default administrator name`);
  },
});
