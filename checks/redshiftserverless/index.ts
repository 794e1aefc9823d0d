/** Redshift Serverless checks, listed explicitly (style rule 10). */
import namespaceAdminPasswordManaged from './namespace.admin_password_managed.js';
import namespaceEncryptedCmk from './namespace.encrypted_cmk.js';
import namespaceLogExports from './namespace.log_exports.js';
import namespaceNoDefaultAdmin from './namespace.no_default_admin.js';
import namespaceSnapshotCopy from './namespace.snapshot_copy.js';
import workgroupEnhancedVpcRouting from './workgroup.enhanced_vpc_routing.js';
import workgroupNoWorldIngress from './workgroup.no_world_ingress.js';
import workgroupNotPubliclyAccessible from './workgroup.not_publicly_accessible.js';
import workgroupRequireSsl from './workgroup.require_ssl.js';
import workgroupSubnetsPrivate from './workgroup.subnets_private.js';

export const redshiftserverlessChecks = [
  workgroupNotPubliclyAccessible,
  workgroupEnhancedVpcRouting,
  workgroupRequireSsl,
  workgroupSubnetsPrivate,
  workgroupNoWorldIngress,
  namespaceEncryptedCmk,
  namespaceNoDefaultAdmin,
  namespaceLogExports,
  namespaceAdminPasswordManaged,
  namespaceSnapshotCopy,
] as const;
