import { defineCheck, fail, notEvaluated, pass } from '../../src/engine/check.js';

/** Spark Glue versions past end of support (0.9, 1.0 and 2.0). https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html */
const MIN_SPARK_VERSION = 3;
/** Python shell PythonVersion values on runtimes past end of life (Python 2.7 and 3.6). */
const UNSUPPORTED_PYTHON_SHELL = new Set(['2', '3']);

export default defineCheck({
  id: 'glue.job.supported_version',
  resource: 'glue.job',
  uses: ['glue:GetJobs'],
  control: 'audit',
  pillar: 'policy',
  title: 'Glue job runs on a supported Glue version',
  description:
    'Glue versions past end of support receive no security patches for their Spark, Python and library runtimes. Spark jobs must run Glue 3.0 or later (a job with no GlueVersion runs 0.9); ' +
    'Python shell jobs must not use Python 2.7 or 3.6.',
  severity: 'MEDIUM',
  standards: ['FSBP Glue.4'],
  remediation: {
    text: 'Upgrade the job: aws glue update-job --job-name NAME --job-update GlueVersion=5.0,... (test the script against the new runtime first).',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html',
  },
  evaluate(job, ctx) {
    if (job.commandName === undefined) return notEvaluated(ctx.whyUnknown(job, 'commandName'));
    if (job.commandName === 'pythonshell') {
      const python = job.pythonVersion ?? '3';
      if (UNSUPPORTED_PYTHON_SHELL.has(python)) return fail(`Python shell job on PythonVersion ${python} (${python === '2' ? 'Python 2.7' : 'Python 3.6'}), past end of support`, { evidence: { pythonVersion: python } });
      return pass(`Python shell job on PythonVersion ${python}`);
    }
    if (job.commandName === 'glueray') return pass(`Ray job on GlueVersion ${job.glueVersion ?? 'unknown'}${job.runtime ? ` (${job.runtime})` : ''}`);
    const version = job.glueVersion ?? '0.9';
    const parsed = Number.parseFloat(version);
    if (Number.isNaN(parsed)) return notEvaluated(`GlueVersion ${version} is not a version number`);
    if (parsed < MIN_SPARK_VERSION) return fail(`GlueVersion ${version}${job.glueVersion ? '' : ' (not set: the default)'} is past end of support; supported Spark versions are 3.0 and later`, { evidence: { glueVersion: version } });
    return pass(`GlueVersion ${version} is supported`, { glueVersion: version });
  },
});
