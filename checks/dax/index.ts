/** DAX checks, listed explicitly (style rule 10). */
import clusterEncrypted from './cluster.encrypted.js';
import clusterTls from './cluster.tls.js';

export const daxChecks = [clusterEncrypted, clusterTls] as const;
