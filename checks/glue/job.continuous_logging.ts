import { defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';

const SPARK = new Set(['glueetl', 'gluestreaming']);

export default defineCheck({
  id: 'glue.job.continuous_logging',
  resource: 'glue.job',
  uses: ['glue:GetJobs'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Glue Spark job streams its logs to CloudWatch continuously',
  description:
    'Without continuous logging, a Glue 4.0-or-earlier Spark job’s driver and executor logs reach CloudWatch only when the run ends, and a run that is killed or times out leaves no trace of what it read or wrote. ' +
    'Glue 5.0 and later log in real time for every job. Python shell and Ray jobs log to CloudWatch without this setting.',
  severity: 'MEDIUM',
  remediation: {
    text: "aws glue update-job ... DefaultArguments '--enable-continuous-cloudwatch-log'='true' (optionally --continuous-log-logGroup), or upgrade the job to Glue 5.0.",
    url: 'https://docs.aws.amazon.com/glue/latest/dg/monitor-continuous-logging-enable.html',
  },
  evaluate(job, ctx) {
    if (!job.arguments || job.commandName === undefined) return notEvaluated(ctx.whyUnknown(job, job.arguments ? 'commandName' : 'arguments'));
    if (!SPARK.has(job.commandName)) return notApplicable(`Command.Name ${job.commandName} jobs log to CloudWatch without continuous logging`);
    const version = Number.parseFloat(job.glueVersion ?? '0.9');
    if (version >= 5) return pass(`GlueVersion ${job.glueVersion ?? ''} logs to CloudWatch in real time for every job`);
    const flag = job.arguments['--enable-continuous-cloudwatch-log'];
    if (flag?.value?.toLowerCase() === 'true') {
      const group = job.arguments['--continuous-log-logGroup']?.value;
      return pass(`--enable-continuous-cloudwatch-log is true (log group ${group ?? '/aws-glue/jobs/logs-v2'})`);
    }
    return fail(`--enable-continuous-cloudwatch-log is ${flag?.value ?? (flag ? 'set to a non-boolean value' : 'not set')} on GlueVersion ${job.glueVersion ?? '0.9 (default)'}`);
  },
});
