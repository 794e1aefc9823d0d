import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { REDSHIFT_AUDIT_LOGS } from '../../src/inventory/redshift.js';

export default defineCheck({
  id: 'redshiftserverless.namespace.log_exports',
  resource: 'redshiftserverless.namespace',
  uses: ['redshift-serverless:ListNamespaces'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Redshift Serverless namespace exports connection, user and user activity logs',
  description: 'The namespace must export connectionlog, userlog and useractivitylog to CloudWatch Logs, so connections, user changes and queries are audited.',
  severity: 'MEDIUM',
  standards: ['FSBP RedshiftServerless.6'],
  remediation: {
    text: 'aws redshift-serverless update-namespace --namespace-name NAME --log-exports connectionlog userlog useractivitylog',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-audit-logging.html',
  },
  evaluate(ns, ctx) {
    if (!ns.logExports) return notEvaluated(ctx.whyUnknown(ns, 'logExports'));
    const missing = REDSHIFT_AUDIT_LOGS.filter((l) => !ns.logExports!.includes(l));
    return missing.length === 0
      ? pass(`logExports is ${ns.logExports.join(', ')}`)
      : fail(`logExports [${ns.logExports.join(', ')}] lacks ${missing.join(', ')}`);
  },
});
