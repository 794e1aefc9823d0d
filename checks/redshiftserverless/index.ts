/** Redshift Serverless checks, listed explicitly (style rule 10). */
import namespaceEncryptedCmk from './namespace.encrypted_cmk.js';
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
] as const;
