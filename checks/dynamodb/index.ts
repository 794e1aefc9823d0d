/** DynamoDB checks, listed explicitly (style rule 10). */
import tableEncryptedCmk from './table.encrypted_cmk.js';
import tablePitr from './table.pitr.js';
// Table, VPC and resource-policy checks.
import tableBackupRecent from './table.backup_recent.js';
import tableDeletionProtection from './table.deletion_protection.js';
import tableKeyAccessible from './table.key_accessible.js';
import tablePolicyDeniesInsecureTransport from './table.policy_denies_insecure_transport.js';
import tablePolicyNotPublic from './table.policy_not_public.js';
import vpcGatewayEndpoint from './vpc.gateway_endpoint.js';
// IAM principals reaching table data, and trails covering it.
import iamLeadingkeys from './iam.leadingkeys.js';
import iamNoStaticKeys from './iam.no_static_keys.js';
import tableCloudtrailDataEvents from './table.cloudtrail_data_events.js';

export const dynamodbChecks = [
  tableEncryptedCmk,
  tablePitr,
  // Table, VPC and resource-policy checks.
  tableKeyAccessible,
  tableDeletionProtection,
  tableBackupRecent,
  tablePolicyNotPublic,
  tablePolicyDeniesInsecureTransport,
  vpcGatewayEndpoint,
  // IAM principals reaching table data, and trails covering it.
  iamNoStaticKeys,
  iamLeadingkeys,
  tableCloudtrailDataEvents,
] as const;
