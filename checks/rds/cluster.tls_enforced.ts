import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { engineFamily, parameterOn, readClusterParameter } from '../../src/inventory/rds.js';

/** The parameter that makes each engine refuse unencrypted connections. */
const TLS_PARAMETER = { postgresql: 'rds.force_ssl', mysql: 'require_secure_transport' } as const;

export default defineCheck({
  id: 'rds.cluster.tls_enforced',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  control: 'transit',
  pillar: 'encryption',
  title: 'Aurora cluster refuses connections without TLS',
  description:
    'Aurora accepts unencrypted connections unless the cluster parameter group forces TLS: rds.force_ssl=1 for Aurora PostgreSQL, ' +
    'require_secure_transport=ON for Aurora MySQL. No Security Hub control covers this for Aurora.',
  severity: 'HIGH',
  remediation: {
    text: 'In a custom cluster parameter group set rds.force_ssl=1 (PostgreSQL) or require_secure_transport=ON (MySQL): aws rds modify-db-cluster-parameter-group',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL.html',
  },
  evaluate(cluster) {
    const family = engineFamily(cluster.engine);
    if (!family) return notApplicable(`engine ${cluster.engine} is not Aurora PostgreSQL or MySQL`);
    const name = TLS_PARAMETER[family];
    const p = readClusterParameter(cluster, name);
    if (!p.known) return notEvaluated(p.reason);
    const on = parameterOn(p.value);
    if (p.value === undefined) return fail(`${name} has no value in ${p.where}: connections without TLS are accepted`);
    if (on === undefined) return notEvaluated(`${name}=${p.value} in ${p.where} is not a value this check understands`);
    if (!on) return fail(`${name}=${p.value} in ${p.where} (source ${p.source ?? 'unknown'}): connections without TLS are accepted`);
    if (!p.effective) return fail(`${name}=${p.value} is configured in ${p.where} but a member is ${p.applyStatus}: not in effect until it is rebooted`);
    return pass(`${name}=${p.value} in ${p.where}`);
  },
});
