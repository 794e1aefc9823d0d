import { defineCheck, fail, notApplicable, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';
import { atJobTier } from '../../src/engine/glue.js';
import type { CheckContext } from '../../src/engine/context.js';
import type { GlueConnection } from '../../src/inventory/glue.js';

/** Connection types that authenticate to a data store with credentials. */
const CREDENTIAL_TYPES = new Set(['JDBC', 'MONGODB', 'KAFKA', 'CUSTOM', 'MARKETPLACE', 'SNOWFLAKE', 'SALESFORCE', 'OPENSEARCH', 'AZURECOSMOS', 'AZURESQL', 'BIGQUERY', 'SAPHANA', 'TERADATA', 'VERTICA']);

export default defineCheck({
  id: 'glue.connection.uses_secrets_manager',
  resource: 'glue.connection',
  uses: ['glue:GetConnections'],
  control: 'secrets',
  pillar: 'secrets',
  title: 'Glue connection takes its credentials from Secrets Manager',
  description:
    'A password stored in a connection is readable by anyone with glue:GetConnection (in clear text unless connection password encryption is on) and is never rotated. ' +
    'A connection should name a Secrets Manager secret (SECRET_ID or AuthenticationConfiguration.SecretArn) or use IAM authentication. ' +
    'Passwords are never read: the scan calls GetConnections with HidePassword, so a USERNAME without a secret means the password is stored in the connection.',
  severity: 'HIGH',
  remediation: {
    text: 'Store the credentials in Secrets Manager and update the connection to reference it (ConnectionProperties SECRET_ID, or AuthenticationConfiguration.SecretArn), removing USERNAME/PASSWORD.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html',
  },
  evaluate(connection, ctx) {
    return atJobTier(connection, judgeConnection(connection, ctx), 'HIGH', ctx);
  },
});

function judgeConnection(connection: GlueConnection, ctx: CheckContext): Verdict {
  if (!connection.properties) return notEvaluated(ctx.whyUnknown(connection, 'properties'));
  // No ConnectionType and no property showing one: whether it carries credentials is decided by what it stores.
  const type = connection.connectionType ?? 'untyped';
  if (connection.connectionType !== undefined && !CREDENTIAL_TYPES.has(type)) return notApplicable(`connection type ${type} carries no database credentials`);
  const stored = connection.credentialKeys ?? [];
  if (stored.length > 0) return fail(`the connection stores credentials in ${stored.join(', ')}${connection.secretId ? ` besides secret ${connection.secretId}` : ''}`, { evidence: { storedCredentialKeys: stored.join(', ') } });
  if (connection.secretId) return pass(`credentials come from Secrets Manager secret ${connection.secretId}`, { secret: connection.secretId });
  if (connection.authenticationType === 'IAM') return pass('AuthenticationType is IAM: no stored credential');
  if (connection.properties.USERNAME !== undefined) return fail(`USERNAME ${connection.properties.USERNAME} is set without SECRET_ID: the password is stored in the connection (hidden by HidePassword)`);
  return notApplicable(`the ${type} connection names no user and no secret: it authenticates without stored credentials`);
}
