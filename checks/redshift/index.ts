/** Redshift provisioned checks, listed explicitly (style rule 10). */
import clusterAuditLogging from './cluster.audit_logging.js';
import clusterAutomatedSnapshots from './cluster.automated_snapshots.js';
import clusterCrossRegionSnapshotCopy from './cluster.cross_region_snapshot_copy.js';
import clusterEncryptedCmk from './cluster.encrypted_cmk.js';
import clusterEnhancedVpcRouting from './cluster.enhanced_vpc_routing.js';
import clusterFineGrainedAccess from './cluster.fine_grained_access.js';
import clusterIamRolesAttached from './cluster.iam_roles_attached.js';
import clusterMasterPasswordManaged from './cluster.master_password_managed.js';
import clusterMultiAz from './cluster.multi_az.js';
import clusterNoDefaultAdmin from './cluster.no_default_admin.js';
import clusterNoWorldIngress from './cluster.no_world_ingress.js';
import clusterNotPubliclyAccessible from './cluster.not_publicly_accessible.js';
import clusterQueryMonitoringRules from './cluster.query_monitoring_rules.js';
import clusterRequireSsl from './cluster.require_ssl.js';
import clusterSubnetsPrivate from './cluster.subnets_private.js';
import clusterUserActivityLogging from './cluster.user_activity_logging.js';
import clusterVersionUpgrade from './cluster.version_upgrade.js';
import datashareConsumersKnown from './datashare.consumers_known.js';

export const redshiftChecks = [
  clusterNotPubliclyAccessible,
  clusterSubnetsPrivate,
  clusterNoWorldIngress,
  clusterEnhancedVpcRouting,
  clusterEncryptedCmk,
  clusterRequireSsl,
  clusterFineGrainedAccess,
  datashareConsumersKnown,
  clusterNoDefaultAdmin,
  clusterMasterPasswordManaged,
  clusterIamRolesAttached,
  clusterAuditLogging,
  clusterUserActivityLogging,
  clusterQueryMonitoringRules,
  clusterAutomatedSnapshots,
  clusterCrossRegionSnapshotCopy,
  clusterMultiAz,
  clusterVersionUpgrade,
] as const;
