import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { engineFamily, parameterOn, readClusterParameter } from '../../src/inventory/rds.js';

export default defineCheck({
  id: 'rds.cluster.mysql_audit',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora MySQL advanced auditing is on and records events',
  description:
    'Aurora MySQL writes audit records only with server_audit_logging=1 and a non-empty server_audit_events (CONNECT, QUERY, TABLE…); ' +
    'the records reach CloudWatch Logs when the audit log is exported.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.45'],
  remediation: {
    text: 'In the cluster parameter group set server_audit_logging=1 and server_audit_events=CONNECT,QUERY_DCL,QUERY_DDL,QUERY_DML (aws rds modify-db-cluster-parameter-group)',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html',
  },
  evaluate(cluster) {
    if (engineFamily(cluster.engine) !== 'mysql') return notApplicable(`engine ${cluster.engine} is not Aurora MySQL (see rds.cluster.pgaudit)`);
    const logging = readClusterParameter(cluster, 'server_audit_logging');
    if (!logging.known) return notEvaluated(logging.reason);
    if (parameterOn(logging.value) !== true) return fail(`server_audit_logging=${logging.value ?? '(unset)'} in ${logging.where}: advanced auditing is off`);
    const events = readClusterParameter(cluster, 'server_audit_events');
    if (!events.known) return notEvaluated(events.reason);
    if (!events.value?.trim()) return fail(`server_audit_logging=1 but server_audit_events is empty in ${events.where}: no event is recorded`);
    return pass(`server_audit_logging=1 and server_audit_events=${events.value} in ${events.where}`);
  },
});
