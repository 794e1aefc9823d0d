import { defineCheck, fail, notApplicable, notEvaluated, pass, type Verdict } from '../../src/engine/check.js';
import { atJobTier } from '../../src/engine/glue.js';
import type { CheckContext } from '../../src/engine/context.js';
import type { GlueConnection } from '../../src/inventory/glue.js';

export default defineCheck({
  id: 'glue.connection.jdbc_ssl',
  resource: 'glue.connection',
  uses: ['glue:GetConnections'],
  control: 'transit',
  pillar: 'encryption',
  title: 'Glue JDBC connection enforces SSL',
  description:
    'JDBC_ENFORCE_SSL=true makes Glue require TLS to the database, with certificate validation; without it, a server that does not insist on TLS receives credentials and rows in clear text. ' +
    'Kafka connections must not disable SSL (KAFKA_SSL_ENABLED=false).',
  severity: 'HIGH',
  remediation: {
    text: 'aws glue update-connection with ConnectionProperties JDBC_ENFORCE_SSL=true (and CUSTOM_JDBC_CERT for a private CA), or enable "Require SSL connection" in the console.',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html',
  },
  evaluate(connection, ctx) {
    return atJobTier(connection, judgeConnection(connection, ctx), 'HIGH', ctx);
  },
});

function judgeConnection(connection: GlueConnection, ctx: CheckContext): Verdict {
  if (!connection.properties) return notEvaluated(ctx.whyUnknown(connection, 'properties'));
  // No ConnectionType and no property showing one: whether a JDBC setting applies is unknown, not "no".
  if (connection.connectionType === undefined) return notEvaluated('GetConnections returned no ConnectionType, and no property (JDBC_CONNECTION_URL, KAFKA_BOOTSTRAP_SERVERS) shows the type');
  const type = connection.connectionType;
  if (type === 'KAFKA') {
    const ssl = connection.properties.KAFKA_SSL_ENABLED;
    if (ssl?.toLowerCase() === 'false') return fail('KAFKA_SSL_ENABLED is false: the Kafka connection is not encrypted');
    return pass(`KAFKA_SSL_ENABLED is ${ssl ?? 'not set (defaults to true)'}`);
  }
  if (type !== 'JDBC') return notApplicable(`connection type ${type} has no JDBC SSL setting`);
  const enforce = connection.properties.JDBC_ENFORCE_SSL;
  if (enforce?.toLowerCase() === 'true') {
    const skip = connection.properties.SKIP_CUSTOM_JDBC_CERT_VALIDATION?.toLowerCase() === 'true';
    if (skip) return fail('JDBC_ENFORCE_SSL is true but SKIP_CUSTOM_JDBC_CERT_VALIDATION is true: the server certificate is not validated');
    return pass('JDBC_ENFORCE_SSL is true');
  }
  return fail(`JDBC_ENFORCE_SSL is ${enforce ?? 'not set'}: Glue does not require TLS to ${connection.properties.JDBC_CONNECTION_URL ?? 'the database'}`, { evidence: { jdbcEnforceSsl: enforce ?? null } });
}
