import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/vpc.endpoints.js';
import { collectionError, judge, REGION } from '../../builders/inventory.js';
import { ALL_ENDPOINTS, connection, location, network } from './builders.js';

const [vpc, ...rest] = network(ALL_ENDPOINTS);

describe('glue.vpc.endpoints', () => {
  it('passes a VPC with an S3 gateway on the connection subnet route table and Glue, KMS, Logs and Lake Formation interface endpoints', () => {
    const verdict = judge(check, vpc, [...rest, connection(), location()]);
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('glue, kms, logs, lakeformation');
  });

  it('does not require Lake Formation when the region has no registered location', () => {
    const [v, ...others] = network(ALL_ENDPOINTS.filter((e) => !e.serviceName?.endsWith('lakeformation')));
    expect(judge(check, v, [...others, connection()]).status).toBe('PASS');
  });

  it('fails a VPC missing endpoints, naming each', () => {
    const [v, ...others] = network([{ serviceName: `com.amazonaws.${REGION}.s3`, endpointType: 'Gateway', routeTableIds: ['rtb-0public'] }, { serviceName: `com.amazonaws.${REGION}.glue`, endpointType: 'Interface', privateDnsEnabled: false }]);
    const verdict = judge(check, v, [...others, connection(), location()]);
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('S3 gateway endpoint on the route tables of subnet-0a1b2c3d4e5f60001 (rtb-0private)');
    expect(verdict.reason).toContain('private DNS on the glue interface endpoint');
    expect(verdict.reason).toContain('kms interface endpoint; logs interface endpoint; lakeformation interface endpoint');
  });

  it('is not applicable to a VPC without Glue connections', () => {
    expect(judge(check, vpc, rest).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when endpoints could not be listed or a connection subnet is unknown', () => {
    expect(judge(check, vpc, [...rest, connection()], { errors: [collectionError('ec2:DescribeVpcEndpoints')] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, vpc, [connection()]).status).toBe('NOT_EVALUATED');
  });
});
