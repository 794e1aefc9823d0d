import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'glue.catalog.connection_passwords_encrypted',
  resource: 'glue.catalog',
  uses: ['glue:GetDataCatalogEncryptionSettings', 'glue:GetConnections'],
  control: 'encryption',
  pillar: 'secrets',
  title: 'Glue connection passwords are encrypted with a KMS key',
  description:
    'Without ConnectionPasswordEncryption, a password stored in a connection is returned in clear text to anyone allowed glue:GetConnection(s). ' +
    'With it, callers also need kms:Decrypt on the key. Secrets Manager references avoid stored passwords altogether.',
  severity: 'HIGH',
  remediation: {
    text: 'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings ConnectionPasswordEncryption={ReturnConnectionPasswordEncrypted=true,AwsKmsKeyId=KEY_ARN},EncryptionAtRest={...}',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html',
  },
  evaluate(catalog, ctx) {
    const connections = ctx.resources('glue.connection', catalog.region);
    if (connections.length === 0) return notApplicable(`${catalog.region} has no Glue connections, so no connection password is stored`);
    if (catalog.connectionPasswordEncrypted === undefined) return notEvaluated(ctx.whyUnknown(catalog, 'connectionPasswordEncrypted'));
    if (!catalog.connectionPasswordEncrypted) {
      const stored = connections.filter((c) => (c.credentialKeys ?? []).length > 0 || (c.properties?.USERNAME !== undefined && !c.secretId));
      return fail(`ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted is false; ${stored.length} of ${connections.length} connections store credentials${stored.length ? ` (${stored.slice(0, 5).map((c) => c.connectionName).join(', ')})` : ''}`, {
        evidence: { connections: connections.length, withStoredCredentials: stored.length },
      });
    }
    return pass(`ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted is true with AwsKmsKeyId ${catalog.connectionPasswordKmsKeyId ?? '(not reported)'}`, { kmsKeyId: catalog.connectionPasswordKmsKeyId ?? null });
  },
});
