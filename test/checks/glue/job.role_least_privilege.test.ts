import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/job.role_least_privilege.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { job, role, ROLE_ARN } from './builders.js';

const inline = (statement: Record<string, unknown>) => [{ name: 'broad', source: 'INLINE' as const, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Resource: '*', ...statement }] } }];

describe('glue.job.role_least_privilege', () => {
  it('passes a role with AWSGlueServiceRole and resource-scoped data access', () => {
    expect(judge(check, job(), [role()]).status).toBe('PASS');
  });

  it('fails AdministratorAccess, and each broad grant the matrix names', () => {
    const admin = judge(check, job(), [role({ attachedPolicies: [{ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess', source: 'AWS' }] })]);
    expect(admin).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(admin.reason).toContain('AdministratorAccess');
    expect(judge(check, job(), [role({ inlinePolicies: inline({ Action: 's3:*' }) })]).reason).toContain('s3:* on all resources');
    expect(judge(check, job(), [role({ inlinePolicies: inline({ Action: 'iam:PassRole' }) })]).reason).toContain('iam:PassRole');
    expect(judge(check, job(), [role({ inlinePolicies: inline({ Action: ['kms:Decrypt', 'kms:GenerateDataKey'] }) })]).reason).toContain('kms:Decrypt');
  });

  it('lowers the severity when the broad grant applies only under conditions', () => {
    const verdict = judge(check, job(), [role({ inlinePolicies: inline({ Action: 'kms:Decrypt', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } }) })]);
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
  });

  it('is not evaluated when the role or one of its policies could not be read', () => {
    expect(judge(check, job()).reason).toContain(`role ${ROLE_ARN} was not collected`);
    expect(judge(check, job(), [role({ inlinePolicies: undefined, unknown: { inlinePolicies: 'iam:ListRolePolicies failed' } })]).status).toBe('NOT_EVALUATED');
    expect(judge(check, job(), [role()], { errors: [collectionError('iam:GetRole', { region: 'global' })] }).status).toBe('NOT_EVALUATED');
  });
});
