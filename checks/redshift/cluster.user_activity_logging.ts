import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { readParameter } from '../../src/inventory/redshift.js';

export default defineCheck({
  id: 'redshift.cluster.user_activity_logging',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters', 'redshift:DescribeClusterParameters'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Redshift cluster logs user activity (every query), and the setting is in effect',
  description:
    'The user activity log records each query before it runs; Redshift writes it only when the parameter group sets ' +
    'enable_user_activity_logging=true. The parameter is static: until a reboot applies it, it is configured but not effective.',
  severity: 'MEDIUM',
  remediation: {
    text: 'aws redshift modify-cluster-parameter-group --parameter-group-name GROUP --parameters ParameterName=enable_user_activity_logging,ParameterValue=true, then reboot',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  evaluate(cluster) {
    const p = readParameter(cluster, 'enable_user_activity_logging');
    if (!p.known) return notEvaluated(p.reason);
    if (p.value === undefined) return notEvaluated(`enable_user_activity_logging is not among the parameters of ${p.where}`);
    if (p.value.trim().toLowerCase() !== 'true') return fail(`enable_user_activity_logging=${p.value} in ${p.where} (source ${p.source ?? 'unknown'})`);
    if (!p.effective) return fail(`enable_user_activity_logging=true is configured in ${p.where} but not effective: ParameterApplyStatus is ${p.applyStatus ?? 'unknown'}`);
    return pass(`enable_user_activity_logging=true in ${p.where}, in effect`);
  },
});
