import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.runs_in_vpc.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { connection, jdbc, job } from './builders.js';

describe('glue.job.runs_in_vpc', () => {
  it('passes a job whose connection names a subnet', () => {
    const verdict = judge(check, job(), [connection()]);
    expect(verdict).toMatchObject({ status: 'PASS', evidence: { connection: 'orders-vpc', subnetId: 'subnet-0a1b2c3d4e5f60001' } });
  });

  it('fails a job without connections', () => {
    const verdict = judge(check, job({ connections: [] }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(verdict.reason).toContain('Connections is empty');
  });

  it('fails a job whose connections name no subnet, or do not exist', () => {
    const noSubnet = jdbc({ physical: undefined, network: undefined });
    expect(judge(check, job({ connections: ['orders-postgres'] }), [noSubnet]).reason).toContain('none of the job');
    expect(judge(check, job({ connections: ['gone'] })).reason).toContain('do not exist');
  });

  it('raises the severity for a job processing red data', () => {
    expect(judge(check, job({ connections: [], tags: { data_classification: 'red' } })).severity).toBe('HIGH');
  });

  it('is not evaluated when connections could not be listed', () => {
    expect(judge(check, job(), [], { errors: [collectionError('glue:GetConnections')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, job({ connections: undefined, unknown: { connections: 'glue:GetJobs failed' } })).status).toBe('NOT_EVALUATED');
  });
});
