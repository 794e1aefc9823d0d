import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { readParameter } from '../../src/inventory/rds.js';

export default defineCheck({
  id: 'rds.cluster.mysql_audit',
  resource: 'rds.cluster',
  uses: ['rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Aurora MySQL cluster has Advanced Auditing on with audited events',
  description:
    'Aurora MySQL Advanced Auditing records connections and queries only when server_audit_logging=1 and server_audit_events names the ' +
    'events (CONNECT, QUERY, QUERY_DCL, QUERY_DDL, QUERY_DML, TABLE) to record.',
  severity: 'MEDIUM',
  standards: ['FSBP RDS.45'],
  remediation: {
    text: 'In the DB cluster parameter group set server_audit_logging=1 and server_audit_events=CONNECT,QUERY_DCL,QUERY_DDL,QUERY_DML, and export the audit log.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html',
  },
  evaluate(cluster) {
    if (cluster.engine !== 'aurora-mysql') return notApplicable(`server_audit_logging is an Aurora MySQL parameter; the engine is ${cluster.engine}`);
    const logging = readParameter(cluster, 'server_audit_logging');
    if (!logging.known) return notEvaluated(logging.reason);
    const on = ['1', 'on'].includes((logging.value ?? '').trim().toLowerCase());
    if (!on) return fail(`server_audit_logging=${logging.value ?? '(empty)'} in ${logging.where}`);
    const events = readParameter(cluster, 'server_audit_events');
    if (!events.known) return notEvaluated(events.reason);
    if ((events.value ?? '').trim() === '') return fail(`server_audit_logging=${logging.value ?? ''} but server_audit_events is empty in ${events.where}: nothing is audited`);
    if (!logging.effective) {
      return fail(`Advanced Auditing is configured in ${logging.where} but not effective: DBClusterParameterGroupStatus on ${logging.pendingOn.join(', ')}`, {
        evidence: { pendingOn: logging.pendingOn.join(', ') },
      });
    }
    return pass(`server_audit_logging=${logging.value ?? ''} and server_audit_events=${events.value ?? ''} in ${logging.where}`);
  },
});
