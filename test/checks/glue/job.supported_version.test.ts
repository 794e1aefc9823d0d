import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.supported_version.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { job } from './builders.js';

describe('glue.job.supported_version', () => {
  it('passes Spark jobs on Glue 3.0 and later, current Python shell and Ray jobs', () => {
    for (const glueVersion of ['3.0', '4.0', '5.0']) expect(judge(check, job({ glueVersion })).status).toBe('PASS');
    expect(judge(check, job({ commandName: 'pythonshell', pythonVersion: '3.9' })).status).toBe('PASS');
    expect(judge(check, job({ commandName: 'glueray', glueVersion: '4.0', runtime: 'Ray2.4' })).status).toBe('PASS');
  });

  it('fails Spark jobs past end of support, including a job with no GlueVersion (0.9)', () => {
    expect(judge(check, job({ glueVersion: '2.0' }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(judge(check, job({ glueVersion: undefined })).reason).toContain('0.9 (not set: the default)');
  });

  it('fails Python shell jobs on Python 2.7 or 3.6', () => {
    expect(judge(check, job({ commandName: 'pythonshell', pythonVersion: '2' })).reason).toContain('Python 2.7');
    expect(judge(check, job({ commandName: 'pythonshell', pythonVersion: '3' })).reason).toContain('Python 3.6');
  });

  it('is not evaluated when the job could not be read', () => {
    expect(judge(check, job({ commandName: undefined })).status).toBe('NOT_EVALUATED');
    expect(judge(check, job({ glueVersion: 'latest' })).status).toBe('NOT_EVALUATED');
    expect(judge(check, job(), [], { errors: [collectionError('glue:GetJobs')] }).status).toBe('NOT_EVALUATED');
  });
});
