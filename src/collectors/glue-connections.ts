/**
 * Glue connections without their secrets. GetConnections is always called with `HidePassword=true`; this
 * normalization is the second line: any credential property a response still carries is dropped (only its
 * key is kept) and credentials embedded in URLs are masked, so no password reaches the inventory.
 */
import type { Connection } from '@aws-sdk/client-glue';
import type { GlueConnection } from '../inventory/glue.js';

/** Marker replacing a credential embedded in a property value. */
export const MASKED = '****';

/** Property keys whose values are credentials (plain or KMS-encrypted). */
const CREDENTIAL_KEY = /(PASSWORD|KEYSTORE$|^CUSTOM_JDBC_CERT_STRING$|_SECRET$|^SECRET$|ACCESS_KEY|TOKEN)/i;
/** Keys that reference a secret rather than hold one. */
const REFERENCE_KEY = /(SECRET_ID|SECRETS_ARN|SECRET_ARN)$/i;

/** Masks `user:password@` and `password=…` (to the end of the value) inside a URL or property value. */
export function maskCredentials(value: string): { value: string; masked: boolean } {
  let masked = false;
  const out = value
    // A password may contain any delimiter (&, ;), so everything after the key is masked.
    .replace(/((?:password|passwd|pwd)\s*=\s*)(.+)$/is, (_m, a: string) => {
      masked = true;
      return `${a}${MASKED}`;
    })
    // Up to the last @: a password may itself contain @ or /.
    .replace(/(\/\/[^/\s:@]+:)(.+)(@)/s, (_m, a: string, _p: string, c: string) => {
      masked = true;
      return `${a}${MASKED}${c}`;
    });
  return { value: out, masked };
}

/** Normalizes one connection; the result holds no credential value. */
/**
 * The connection type the properties show, for a connection GetConnections returned without ConnectionType
 * (an optional field): a JDBC URL makes it JDBC, bootstrap servers Kafka, a mongodb:// URL MongoDB.
 */
export function inferConnectionType(properties: Readonly<Record<string, string | undefined>>): { type: string; from: string } | undefined {
  if (properties.JDBC_CONNECTION_URL?.trim().toLowerCase().startsWith('jdbc:')) return { type: 'JDBC', from: 'JDBC_CONNECTION_URL' };
  if (properties.KAFKA_BOOTSTRAP_SERVERS) return { type: 'KAFKA', from: 'KAFKA_BOOTSTRAP_SERVERS' };
  if (/^mongodb(\+srv)?:\/\//i.test(properties.CONNECTION_URL ?? '')) return { type: 'MONGODB', from: 'CONNECTION_URL' };
  return undefined;
}

export function normalizeConnection(c: Connection): Pick<GlueConnection, 'connectionType' | 'connectionTypeInferred' | 'properties' | 'credentialKeys' | 'secretId' | 'authenticationType' | 'physical' | 'status' | 'network'> {
  const properties: Record<string, string> = {};
  const credentialKeys: string[] = [];
  let secretId: string | undefined;
  for (const [key, raw] of Object.entries(c.ConnectionProperties ?? {})) {
    if (raw === undefined) continue;
    const value = String(raw);
    if (REFERENCE_KEY.test(key)) {
      properties[key] = value;
      if (/^SECRET_ID$/i.test(key) || !secretId) secretId = value;
      continue;
    }
    if (CREDENTIAL_KEY.test(key)) {
      credentialKeys.push(key);
      continue;
    }
    const m = maskCredentials(value);
    properties[key] = m.value;
    if (m.masked) credentialKeys.push(`${key} (embedded credential)`);
  }
  const sparkSecret = c.SparkProperties?.secretId;
  const authSecret = c.AuthenticationConfiguration?.SecretArn;
  secretId = secretId ?? authSecret ?? sparkSecret;
  const physical = c.PhysicalConnectionRequirements;
  const result: ReturnType<typeof normalizeConnection> = {
    connectionType: c.ConnectionType,
    properties,
    credentialKeys: credentialKeys.sort(),
    status: c.Status,
  };
  // The type is classified from all the evidence: an absent ConnectionType does not make a JDBC connection "not JDBC".
  const inferred = c.ConnectionType ? undefined : inferConnectionType(properties);
  if (inferred) {
    result.connectionType = inferred.type;
    result.connectionTypeInferred = inferred.from;
  }
  if (secretId) result.secretId = secretId;
  if (c.AuthenticationConfiguration?.AuthenticationType) result.authenticationType = c.AuthenticationConfiguration.AuthenticationType;
  if (physical && (physical.SubnetId || physical.SecurityGroupIdList?.length || physical.AvailabilityZone)) {
    result.physical = { securityGroupIds: physical.SecurityGroupIdList ?? [] };
    if (physical.SubnetId) result.physical.subnetId = physical.SubnetId;
    if (physical.AvailabilityZone) result.physical.availabilityZone = physical.AvailabilityZone;
    result.network = { subnetIds: physical.SubnetId ? [physical.SubnetId] : [], securityGroupIds: physical.SecurityGroupIdList ?? [] };
    const port = portOf(properties);
    if (port !== undefined) result.network.port = port;
  }
  return result;
}

/** The TCP port of a JDBC URL or PORT property. */
function portOf(properties: Record<string, string>): number | undefined {
  const explicit = properties.PORT ? Number(properties.PORT) : undefined;
  if (explicit !== undefined && Number.isInteger(explicit)) return explicit;
  const m = /:\/\/[^/:;]+:(\d{2,5})/.exec(properties.JDBC_CONNECTION_URL ?? '');
  return m?.[1] ? Number(m[1]) : undefined;
}
