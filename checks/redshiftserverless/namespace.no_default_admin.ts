import { notDefaultCheck } from '../../src/engine/check-factories.js';

/** The admin user name Redshift Serverless proposes. */
const DEFAULT_ADMIN = 'admin';

export default notDefaultCheck({
  id: 'redshiftserverless.namespace.no_default_admin',
  resource: 'redshiftserverless.namespace',
  uses: ['redshift-serverless:ListNamespaces'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Redshift Serverless namespace does not use the default admin user name',
  description: `A well-known admin user name (${DEFAULT_ADMIN}) leaves an attacker only the password to guess.`,
  severity: 'MEDIUM',
  standards: ['FSBP RedshiftServerless.5'],
  remediation: {
    text: 'aws redshift-serverless update-namespace --namespace-name NAME --admin-username NEW_NAME --manage-admin-password',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html',
  },
  field: 'adminUsername',
  apiField: 'adminUsername',
  defaults: [DEFAULT_ADMIN],
});
