import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { readParameter } from '../../src/inventory/rds.js';

export default defineCheck({
  id: 'rds.cluster.pgaudit',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora PostgreSQL cluster loads pgaudit and logs statement classes',
  description:
    'Session and object audit records (who read or changed what) come from the pgaudit extension: shared_preload_libraries must load pgaudit ' +
    '(a static parameter, effective after a reboot) and pgaudit.log must name the statement classes to log (not none or empty).',
  severity: { red: 'HIGH', orange: 'MEDIUM', green: 'LOW' },
  remediation: {
    text: 'In the DB cluster parameter group add pgaudit to shared_preload_libraries and set pgaudit.log (e.g. ddl,role,write), reboot, then CREATE EXTENSION pgaudit.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Appendix.PostgreSQL.CommonDBATasks.pgaudit.html',
  },
  evaluate(cluster) {
    if (cluster.engine !== 'aurora-postgresql') return notApplicable(`pgaudit is a PostgreSQL extension; the engine is ${cluster.engine}`);
    const libraries = readParameter(cluster, 'shared_preload_libraries');
    if (!libraries.known) return notEvaluated(libraries.reason);
    const loaded = (libraries.value ?? '').split(',').map((l) => l.trim().toLowerCase());
    if (!loaded.includes('pgaudit')) return fail(`shared_preload_libraries=${libraries.value ?? '(empty)'} in ${libraries.where} does not load pgaudit`);
    const log = readParameter(cluster, 'pgaudit.log');
    if (!log.known) return notEvaluated(log.reason);
    const classes = (log.value ?? '').trim();
    if (classes === '' || classes.toLowerCase() === 'none') return fail(`pgaudit is loaded but pgaudit.log=${classes === '' ? '(empty)' : classes} in ${log.where}: nothing is audited`);
    if (!libraries.effective) {
      return fail(`pgaudit is configured in ${libraries.where} but not effective: DBClusterParameterGroupStatus on ${libraries.pendingOn.join(', ')}`, {
        evidence: { pendingOn: libraries.pendingOn.join(', ') },
      });
    }
    return pass(`shared_preload_libraries loads pgaudit and pgaudit.log=${classes} in ${log.where}, in sync on every member`);
  },
});
