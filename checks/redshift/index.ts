/** Redshift provisioned checks, listed explicitly (style rule 10). */
import clusterEncryptedCmk from './cluster.encrypted_cmk.js';
import clusterEnhancedVpcRouting from './cluster.enhanced_vpc_routing.js';
import clusterNoWorldIngress from './cluster.no_world_ingress.js';
import clusterNotPubliclyAccessible from './cluster.not_publicly_accessible.js';
import clusterRequireSsl from './cluster.require_ssl.js';
import clusterSubnetsPrivate from './cluster.subnets_private.js';

export const redshiftChecks = [
  clusterNotPubliclyAccessible,
  clusterSubnetsPrivate,
  clusterNoWorldIngress,
  clusterEnhancedVpcRouting,
  clusterEncryptedCmk,
  clusterRequireSsl,
] as const;
