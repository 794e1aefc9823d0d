/** Glue checks, listed explicitly (style rule 10). */
import catalogConnectionPasswordsEncrypted from './catalog.connection_passwords_encrypted.js';
import catalogEncryptedCmk from './catalog.encrypted_cmk.js';
import catalogPolicyNotPublic from './catalog.policy_not_public.js';
import connectionJdbcSsl from './connection.jdbc_ssl.js';
import connectionSubnetPrivate from './connection.subnet_private.js';
import connectionUsesSecretsManager from './connection.uses_secrets_manager.js';
import crawlerSecurityConfiguration from './crawler.security_configuration.js';
import jobContinuousLogging from './job.continuous_logging.js';
import jobLogRetention from './job.log_retention.js';
import jobNoSecretsInArguments from './job.no_secrets_in_arguments.js';
import jobRoleLeastPrivilege from './job.role_least_privilege.js';
import jobRunsInVpc from './job.runs_in_vpc.js';
import jobSecurityConfiguration from './job.security_configuration.js';
import jobSupportedVersion from './job.supported_version.js';
import mlTransformEncrypted from './ml_transform.encrypted.js';
import securityConfigurationBookmarksKms from './security_configuration.bookmarks_kms.js';
import securityConfigurationCloudwatchKms from './security_configuration.cloudwatch_kms.js';
import securityConfigurationS3Kms from './security_configuration.s3_kms.js';
import vpcEndpoints from './vpc.endpoints.js';
import catalogAccessLogged from './catalog.access_logged.js';

export const glueChecks = [
  // Network isolation
  jobRunsInVpc,
  connectionSubnetPrivate,
  vpcEndpoints,
  catalogPolicyNotPublic,
  // Encryption at rest
  catalogEncryptedCmk,
  catalogConnectionPasswordsEncrypted,
  jobSecurityConfiguration,
  crawlerSecurityConfiguration,
  securityConfigurationS3Kms,
  securityConfigurationCloudwatchKms,
  securityConfigurationBookmarksKms,
  mlTransformEncrypted,
  // TLS in transit
  connectionJdbcSsl,
  // Secrets and auth
  connectionUsesSecretsManager,
  jobNoSecretsInArguments,
  jobRoleLeastPrivilege,
  // Audit and detection
  jobContinuousLogging,
  jobLogRetention,
  jobSupportedVersion,
  catalogAccessLogged,
] as const;
