import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

export default defineCheck({
  id: 'redshiftserverless.workgroup.require_ssl',
  resource: 'redshiftserverless.workgroup',
  uses: ['redshift-serverless:ListWorkgroups'],
  control: 'transit',
  pillar: 'encryption',
  title: 'Redshift Serverless workgroup requires SSL connections',
  description: 'The workgroup configParameters must set require_ssl=true so clients cannot connect in clear text.',
  severity: 'HIGH',
  standards: ['FSBP RedshiftServerless.2'],
  remediation: {
    text: 'aws redshift-serverless update-workgroup --workgroup-name NAME --config-parameters parameterKey=require_ssl,parameterValue=true',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html',
  },
  evaluate(wg, ctx) {
    if (!wg.configParameters) return notEvaluated(ctx.whyUnknown(wg, 'configParameters'));
    const value = wg.configParameters.require_ssl;
    if (value === undefined) return fail('require_ssl is not among the workgroup configParameters');
    return value.trim().toLowerCase() === 'true' ? pass('configParameters require_ssl=true') : fail(`configParameters require_ssl=${value}`);
  },
});
