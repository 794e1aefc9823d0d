import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** The master user name the console and many templates suggest. */
const DEFAULT_ADMIN = 'awsuser';

export default defineCheck({
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
  evaluate(cluster, ctx) {
    if (cluster.masterUsername === undefined) return notEvaluated(ctx.whyUnknown(cluster, 'masterUsername'));
    return cluster.masterUsername === DEFAULT_ADMIN
      ? fail(`MasterUsername is the default ${DEFAULT_ADMIN}`)
      : pass(`MasterUsername ${cluster.masterUsername} is not the default ${DEFAULT_ADMIN}`);
  },
});
