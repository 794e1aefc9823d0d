import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';
import { readParameter } from '../../src/inventory/redshift.js';

export default defineCheck({
  id: 'redshift.cluster.require_ssl',
  resource: 'redshift.cluster',
  uses: ['redshift:DescribeClusters', 'redshift:DescribeClusterParameters'],
  control: 'transit',
  pillar: 'encryption',
  title: 'Redshift cluster requires SSL connections, and the setting is in effect',
  description:
    'The attached parameter group must set require_ssl=true so clients cannot connect in clear text. require_ssl is a static parameter: ' +
    'a change waits for a reboot, and until then (ParameterApplyStatus pending-reboot) it is configured but not effective.',
  severity: 'HIGH',
  standards: ['FSBP Redshift.2'],
  remediation: {
    text: 'aws redshift modify-cluster-parameter-group --parameter-group-name GROUP --parameters ParameterName=require_ssl,ParameterValue=true, then reboot the cluster',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
  },
  evaluate(cluster) {
    const p = readParameter(cluster, 'require_ssl');
    if (!p.known) return notEvaluated(p.reason);
    if (p.value === undefined) return notEvaluated(`require_ssl is not among the parameters DescribeClusterParameters returned for ${p.where}`);
    if (p.value.trim().toLowerCase() !== 'true') return fail(`require_ssl=${p.value} in ${p.where} (source ${p.source ?? 'unknown'})`);
    if (!p.effective) {
      return fail(`require_ssl=true is configured in ${p.where} but not effective: ParameterApplyStatus is ${p.applyStatus ?? 'unknown'} until the cluster is rebooted`, {
        evidence: { applyStatus: p.applyStatus ?? null },
      });
    }
    return pass(`require_ssl=true in ${p.where}, in effect (ParameterApplyStatus ${p.applyStatus ?? 'not reported'})`);
  },
});
