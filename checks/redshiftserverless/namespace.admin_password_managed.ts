import { defineCheck, fail, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshiftserverless.namespace.admin_password_managed',
  resource: 'redshiftserverless.namespace',
  uses: ['redshift-serverless:ListNamespaces'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Redshift Serverless namespace admin password is managed in AWS Secrets Manager',
  description: 'With a managed admin password, Redshift stores the admin password in Secrets Manager and rotates it, so it never lives in templates or scripts.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws redshift-serverless update-namespace --namespace-name NAME --manage-admin-password',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-secrets-manager-integration.html',
  },
  // ListNamespaces omits adminPasswordSecretArn when the password is not managed; its failure is caught by the engine.
  evaluate(ns) {
    return ns.adminPasswordSecretArn
      ? pass(`adminPasswordSecretArn is ${ns.adminPasswordSecretArn}`, { secretArn: ns.adminPasswordSecretArn })
      : fail('adminPasswordSecretArn is not set: the admin password is not managed in Secrets Manager');
  },
});
