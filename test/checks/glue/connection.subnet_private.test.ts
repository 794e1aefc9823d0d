import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/connection.subnet_private.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { connection, jdbc, job, network, PUBLIC_SUBNET } from './builders.js';

describe('glue.connection.subnet_private', () => {
  it('passes a connection in a subnet routed through a NAT gateway', () => {
    const verdict = judge(check, connection(), network());
    expect(verdict.status).toBe('PASS');
    expect(verdict.reason).toContain('no default route to an internet gateway');
  });

  it('fails a connection in a subnet with a default route to an internet gateway', () => {
    const verdict = judge(check, connection({ physical: { subnetId: PUBLIC_SUBNET, securityGroupIds: [] } }), network());
    expect(verdict.status).toBe('FAIL');
    expect(verdict.reason).toContain('igw-0a1b2c3d4e5f60718');
  });

  it('is not applicable to a connection without a subnet', () => {
    expect(judge(check, jdbc({ physical: undefined }), network()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the subnet or its route table was not collected', () => {
    expect(judge(check, connection()).status).toBe('NOT_EVALUATED');
    expect(judge(check, connection(), network(), { errors: [collectionError('ec2:DescribeRouteTables')] }).status).toBe('NOT_EVALUATED');
  });
});

describe('glue.connection.subnet_private for connections carrying red data', () => {
  it('raises the finding one level when a red-data job uses the connection', () => {
    const verdict = judge(check, connection({ physical: { subnetId: PUBLIC_SUBNET, securityGroupIds: [] } }), [...network(), job({ tags: { data_classification: 'red' } })]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });
});
