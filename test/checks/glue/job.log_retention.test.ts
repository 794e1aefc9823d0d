import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.log_retention.js';
import { collectionError, judge, REGION, scopeOf } from '../../builders/inventory.js';
import { job, logGroup, securityConfiguration } from './builders.js';

const logsScope = { scopes: [scopeOf('logs', REGION, 'complete', { resources: 3, errors: 0 })] };

const plain = job({ securityConfiguration: null });

describe('glue.job.log_retention', () => {
  it('passes when every group the job writes to keeps logs long enough or never expires', () => {
    const verdict = judge(check, plain, [logGroup('/aws-glue/jobs/output', 400), logGroup('/aws-glue/jobs/error', null), logGroup('/aws-glue/crawlers', 1)]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('/aws-glue/jobs/error never expires');
  });

  it('fails a group below the minimum retention', () => {
    const verdict = judge(check, plain, [logGroup('/aws-glue/jobs/output', 14), logGroup('/aws-glue/jobs/logs-v2', 400)]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'LOW' });
    expect(verdict.reason).toContain('/aws-glue/jobs/output keeps 14 days');
  });

  it('reads the groups of a log-encrypting security configuration and a custom continuous-logging group', () => {
    const custom = job({ arguments: { '--continuous-log-logGroup': { value: '/data/orders-etl', shapes: [], length: 16 } } });
    const groups = [logGroup('/aws-glue/jobs/lake-encrypted-role/glue-etl-orders/output', 30), logGroup('/data/orders-etl', 400), logGroup('/aws-glue/jobs/output', 1)];
    const verdict = judge(check, custom, [securityConfiguration(), ...groups]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('lake-encrypted-role/glue-etl-orders/output keeps 30 days');
    expect(verdict.reason).not.toContain('/aws-glue/jobs/output keeps');
    expect(judge(check, custom, [securityConfiguration(), ...groups], {}, { minLogRetentionDays: 30 }).status).toBe('PASS');
  });

  it('is not applicable before the job has written any log group', () => {
    expect(judge(check, plain, [logGroup('/aws-glue/crawlers', 30)], logsScope).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when log groups could not be listed, or were not collected at all', () => {
    expect(judge(check, plain).reason).toContain('log groups of eu-west-1 were not collected');
    expect(judge(check, plain, [logGroup('/aws-glue/jobs/output', 400)], { errors: [collectionError('logs:DescribeLogGroups')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, plain, [logGroup('/aws-glue/jobs/output', undefined)]).status).toBe('NOT_EVALUATED');
  });
});
