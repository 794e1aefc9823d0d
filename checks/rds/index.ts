/** Aurora checks, listed explicitly (style rule 10). */
import clusterBackupRetention from './cluster.backup_retention.js';
import clusterCrossRegionCopy from './cluster.cross_region_copy.js';
import clusterDeletionProtection from './cluster.deletion_protection.js';
import clusterEncryptedCmk from './cluster.encrypted_cmk.js';
import clusterFineGrainedAccess from './cluster.fine_grained_access.js';
import clusterIamAuth from './cluster.iam_auth.js';
import clusterIngressFromSecurityGroupsOnly from './cluster.ingress_from_security_groups_only.js';
import clusterLogRetention from './cluster.log_retention.js';
import clusterLogsExported from './cluster.logs_exported.js';
import clusterMasterPasswordInSecretsManager from './cluster.master_password_in_secrets_manager.js';
import clusterMysqlAudit from './cluster.mysql_audit.js';
import clusterNoDefaultAdmin from './cluster.no_default_admin.js';
import clusterPgaudit from './cluster.pgaudit.js';
import clusterSecretRotation from './cluster.secret_rotation.js';
import clusterSubnetsPrivate from './cluster.subnets_private.js';
import clusterTlsEnforced from './cluster.tls_enforced.js';
import clusterSnapshotEncrypted from './cluster_snapshot.encrypted.js';
import clusterSnapshotNotPublic from './cluster_snapshot.not_public.js';
import instanceNotPubliclyAccessible from './instance.not_publicly_accessible.js';
import proxyRequireTls from './proxy.require_tls.js';

export const rdsChecks = [
  clusterBackupRetention,
  clusterCrossRegionCopy,
  clusterDeletionProtection,
  clusterEncryptedCmk,
  clusterFineGrainedAccess,
  clusterIamAuth,
  clusterIngressFromSecurityGroupsOnly,
  clusterLogRetention,
  clusterLogsExported,
  clusterMasterPasswordInSecretsManager,
  clusterMysqlAudit,
  clusterNoDefaultAdmin,
  clusterPgaudit,
  clusterSecretRotation,
  clusterSubnetsPrivate,
  clusterTlsEnforced,
  clusterSnapshotEncrypted,
  clusterSnapshotNotPublic,
  instanceNotPubliclyAccessible,
  proxyRequireTls,
] as const;
