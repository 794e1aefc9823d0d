import { describe, expect, it } from 'vitest';
import enhancedVpcRouting from '../../../checks/redshiftserverless/workgroup.enhanced_vpc_routing.js';
import noWorldIngress from '../../../checks/redshiftserverless/workgroup.no_world_ingress.js';
import notPublic from '../../../checks/redshiftserverless/workgroup.not_publicly_accessible.js';
import requireSsl from '../../../checks/redshiftserverless/workgroup.require_ssl.js';
import subnetsPrivate from '../../../checks/redshiftserverless/workgroup.subnets_private.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { CLOSED_SG, network, OPEN_SG, PRIVATE_SUBNETS, PUBLIC_SUBNET, VPC, workgroup } from '../redshift/builders.js';

const listDenied = { errors: [collectionError('redshift-serverless:ListWorkgroups')] };

describe('redshiftserverless.workgroup.not_publicly_accessible', () => {
  it('passes a private workgroup', () => {
    expect(judge(notPublic, workgroup()).status).toBe('PASS');
  });

  it('fails a publicly accessible workgroup at CRITICAL', () => {
    expect(judge(notPublic, workgroup({ publiclyAccessible: true }))).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('publiclyAccessible is true') });
  });

  it('is not evaluated when workgroups could not be listed', () => {
    expect(judge(notPublic, workgroup(), [], listDenied).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.workgroup.enhanced_vpc_routing', () => {
  it('passes with enhanced VPC routing', () => {
    expect(judge(enhancedVpcRouting, workgroup()).status).toBe('PASS');
  });

  it('fails without it, HIGH', () => {
    expect(judge(enhancedVpcRouting, workgroup({ enhancedVpcRouting: false }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(enhancedVpcRouting, workgroup({ enhancedVpcRouting: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.workgroup.require_ssl', () => {
  it('passes with configParameters require_ssl=true', () => {
    expect(judge(requireSsl, workgroup())).toMatchObject({ status: 'PASS', reason: 'configParameters require_ssl=true' });
  });

  it('fails with require_ssl=false', () => {
    expect(judge(requireSsl, workgroup({ configParameters: { require_ssl: 'false' } }))).toMatchObject({ status: 'FAIL', reason: 'configParameters require_ssl=false' });
  });

  it('fails when require_ssl is not set at all', () => {
    expect(judge(requireSsl, workgroup({ configParameters: {} })).status).toBe('FAIL');
  });

  it('is not evaluated when configParameters are unknown', () => {
    expect(judge(requireSsl, workgroup({ configParameters: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.workgroup.subnets_private', () => {
  it('passes in private subnets', () => {
    expect(judge(subnetsPrivate, workgroup(), network()).status).toBe('PASS');
  });

  it('fails when a subnet routes to an internet gateway', () => {
    // Act
    const verdict = judge(subnetsPrivate, workgroup({ network: { vpcId: VPC, subnetIds: [PUBLIC_SUBNET, PRIVATE_SUBNETS[0]!], securityGroupIds: [CLOSED_SG], port: 5439 } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('igw-0a1b2c3d4e5f60041') });
  });

  it('is not evaluated when the subnets were not collected', () => {
    expect(judge(subnetsPrivate, workgroup(), []).status).toBe('NOT_EVALUATED');
  });
});

describe('redshiftserverless.workgroup.no_world_ingress', () => {
  it('passes when no security group is open to the world on the port', () => {
    expect(judge(noWorldIngress, workgroup(), network()).status).toBe('PASS');
  });

  it('fails when a security group admits 0.0.0.0/0 on the workgroup port', () => {
    // Act
    const verdict = judge(noWorldIngress, workgroup({ network: { vpcId: VPC, subnetIds: PRIVATE_SUBNETS, securityGroupIds: [OPEN_SG], port: 5439 } }), network());
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining(`${OPEN_SG} allows 0.0.0.0/0`) });
  });

  it('is not evaluated when its security groups could not be listed', () => {
    const groupless = network().filter((r) => r.kind !== 'ec2.security_group');
    expect(judge(noWorldIngress, workgroup(), groupless, { errors: [collectionError('ec2:DescribeSecurityGroups', { code: 'UnauthorizedOperation' })] }).status).toBe('NOT_EVALUATED');
  });

  it('decides from its own security groups when they were read, whatever another page of the listing did', () => {
    expect(judge(noWorldIngress, workgroup(), network(), { errors: [collectionError('ec2:DescribeSecurityGroups', { code: 'Throttling' })] }).status).toBe('PASS');
  });
});
