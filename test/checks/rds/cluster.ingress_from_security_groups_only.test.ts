import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.ingress_from_security_groups_only.js';
import { judge } from '../../builders/inventory.js';
import { APP_SG, cluster, network, OFFICE_SG, OPEN_SG, PRIVATE_SUBNETS, VPC } from './builders.js';

const withGroups = (groups: string[], port = 5432) => cluster({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: groups, port } });

describe('rds.cluster.ingress_from_security_groups_only', () => {
  it('passes when the DB port is admitted only from security groups (a CIDR rule on another port does not count)', () => {
    expect(judge(check, withGroups([APP_SG]), network())).toMatchObject({ status: 'PASS', reason: `security groups ${APP_SG} admit port 5432 only from security groups` });
  });

  it('fails a 0.0.0.0/0 rule on 5432 at HIGH', () => {
    // Act
    const verdict = judge(check, withGroups([APP_SG, OPEN_SG]), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: `${OPEN_SG} allows 0.0.0.0/0 on port 5432 (DB port 5432)` });
  });

  it('fails a private CIDR rule on the DB port at MEDIUM', () => {
    // Act
    const verdict = judge(check, withGroups([OFFICE_SG]), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: `${OFFICE_SG} allows 10.40.0.0/16 on port 5432 (DB port 5432)` });
  });

  it('raises a CIDR rule on a red cluster one level', () => {
    // Prepare
    const subject = cluster({ tags: { data_classification: 'red' }, network: { vpcId: VPC, securityGroupIds: [OFFICE_SG], port: 5432 } });
    // Act
    const verdict = judge(check, subject, network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated when a security group was not collected', () => {
    expect(judge(check, withGroups(['sg-0b1c2d3e4f5a60777']), network())).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('sg-0b1c2d3e4f5a60777 were not collected') });
  });
});
