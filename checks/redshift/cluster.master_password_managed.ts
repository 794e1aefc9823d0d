import { defineCheck, fail, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshift.cluster.master_password_managed',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Redshift cluster admin password is managed in AWS Secrets Manager',
  description:
    'With a managed admin password, Redshift stores the master password in Secrets Manager and rotates it, so it never lives in templates, ' +
    'scripts or people’s memory.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws redshift modify-cluster --cluster-identifier ID --manage-master-password',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/redshift-secrets-manager-integration.html',
  },
  // DescribeClusters omits MasterPasswordSecretArn when the password is not managed; its failure is caught by the engine.
  evaluate(cluster) {
    return cluster.masterPasswordSecretArn
      ? pass(`MasterPasswordSecretArn is ${cluster.masterPasswordSecretArn}`, { secretArn: cluster.masterPasswordSecretArn })
      : fail('MasterPasswordSecretArn is not set: the master password is not managed in Secrets Manager');
  },
});
