import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { engineFamily, readClusterParameter } from '../../src/inventory/rds.js';

export default defineCheck({
  id: 'rds.cluster.pgaudit',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora PostgreSQL loads pgaudit and logs statement classes',
  description:
    'Standard PostgreSQL logging cannot say who read or changed which data. pgaudit must be loaded (shared_preload_libraries) and told what ' +
    'to log (pgaudit.log not none): without both, no audit record is written.',
  severity: { red: 'HIGH', orange: 'MEDIUM', green: 'LOW' },
  remediation: {
    text: 'In the cluster parameter group add pgaudit to shared_preload_libraries and set pgaudit.log (e.g. ddl,role,write,read), reboot, then CREATE EXTENSION pgaudit',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Appendix.PostgreSQL.CommonDBATasks.pgaudit.html',
  },
  evaluate(cluster) {
    if (engineFamily(cluster.engine) !== 'postgresql') return notApplicable(`engine ${cluster.engine} is not Aurora PostgreSQL (see rds.cluster.mysql_audit)`);
    const libraries = readClusterParameter(cluster, 'shared_preload_libraries');
    if (!libraries.known) return notEvaluated(libraries.reason);
    const loaded = (libraries.value ?? '').split(',').map((l) => l.trim().toLowerCase()).includes('pgaudit');
    if (!loaded) return fail(`shared_preload_libraries=${libraries.value ?? '(empty)'} in ${libraries.where} does not load pgaudit`);
    if (!libraries.effective) return fail(`pgaudit is configured in shared_preload_libraries but a member is ${libraries.applyStatus}: not loaded until it is rebooted`);
    const log = readClusterParameter(cluster, 'pgaudit.log');
    if (!log.known) return notEvaluated(log.reason);
    const classes = (log.value ?? '').trim().toLowerCase();
    if (classes === '' || classes === 'none') return fail(`pgaudit is loaded but pgaudit.log=${log.value ?? '(unset)'} in ${log.where}: nothing is audited`);
    return pass(`pgaudit is loaded and pgaudit.log=${log.value} in ${log.where}`);
  },
});
