import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { readParameter } from '../../src/inventory/rds.js';

/** The parameter that refuses clear-text connections, and the values that enforce it, in each engine's own format. */
const TLS_PARAMETER = {
  'aurora-postgresql': { name: 'rds.force_ssl', enforcing: ['1'] },
  'aurora-mysql': { name: 'require_secure_transport', enforcing: ['on', '1'] },
} as const;

export default defineCheck({
  id: 'rds.cluster.tls_enforced',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  control: 'transit',
  pillar: 'encryption',
  title: 'Aurora cluster refuses connections without TLS, and the setting is in effect',
  description:
    'Aurora accepts clear-text connections unless the cluster parameter group enforces TLS: rds.force_ssl=1 for Aurora PostgreSQL, ' +
    'require_secure_transport=ON for Aurora MySQL. While a member instance reports pending-reboot the group is configured but not effective. ' +
    'No Security Hub control covers Aurora TLS.',
  severity: 'HIGH',
  remediation: {
    text: 'Set rds.force_ssl=1 (PostgreSQL) or require_secure_transport=ON (MySQL) in a custom DB cluster parameter group attached to the cluster, then reboot pending instances.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL.html',
  },
  evaluate(cluster) {
    const { name, enforcing } = TLS_PARAMETER[cluster.engine];
    const p = readParameter(cluster, name);
    if (!p.known) return notEvaluated(p.reason);
    if (p.value === undefined) return fail(`${name} has no value in ${p.where}: TLS is not enforced`);
    if (!(enforcing as readonly string[]).includes(p.value.trim().toLowerCase())) return fail(`${name}=${p.value} in ${p.where} (source ${p.source ?? 'unknown'})`);
    if (!p.effective) {
      return fail(`${name}=${p.value} is configured in ${p.where} but not effective: DBClusterParameterGroupStatus on ${p.pendingOn.join(', ')}`, {
        evidence: { pendingOn: p.pendingOn.join(', ') },
      });
    }
    return pass(`${name}=${p.value} in ${p.where}, in sync on every member`);
  },
});
