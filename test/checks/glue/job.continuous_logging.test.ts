import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.continuous_logging.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { job } from './builders.js';

describe('glue.job.continuous_logging', () => {
  it('passes a Glue 4.0 job with continuous logging, and any Glue 5.0 job', () => {
    expect(judge(check, job()).status).toBe('PASS');
    expect(judge(check, job({ glueVersion: '5.0', arguments: {} })).reason).toContain('real time');
  });

  it('fails a Glue 4.0 job without continuous logging', () => {
    const verdict = judge(check, job({ arguments: {} }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(verdict.reason).toContain('--enable-continuous-cloudwatch-log is not set on GlueVersion 4.0');
  });

  it('is not applicable to Python shell and Ray jobs', () => {
    expect(judge(check, job({ commandName: 'pythonshell', arguments: {} })).status).toBe('NOT_APPLICABLE');
    expect(judge(check, job({ commandName: 'glueray', arguments: {} })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when jobs could not be listed', () => {
    expect(judge(check, job(), [], { errors: [collectionError('glue:GetJobs')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, job({ arguments: undefined })).status).toBe('NOT_EVALUATED');
  });
});
