import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/iam.leadingkeys.js';
import type { ScopeStatus } from '../../../src/inventory/types.js';
import { collectionError, judge, scopeOf } from '../../builders/inventory.js';
import { inline, role, user } from '../iam/builders.js';
import { table } from './builders.js';

const TENANT_DOCS = table({ name: 'tenant-documents', tags: { data_classification: 'orange', multi_tenant: 'true' } });
const IAM_COMPLETE: ScopeStatus[] = [scopeOf('iam', 'global', 'complete', { resources: 3, errors: 0 })];
const confined = inline('tenant-scoped', {
  Effect: 'Allow',
  Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  Resource: TENANT_DOCS.arn,
  Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:PrincipalTag/tenant_id}'] } },
});
const everything = inline('everything', { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' });

describe('dynamodb.iam.leadingkeys', () => {
  it('passes when every principal with data access is confined to its partition keys', () => {
    const verdict = judge(check, TENANT_DOCS, [role({ roleName: 'docs-api', inlinePolicies: [confined] }), user({ userName: 'reporting', inlinePolicies: [] })], { scopes: IAM_COMPLETE });
    expect(verdict).toMatchObject({ status: 'PASS', reason: 'multi_tenant=true; 1 of 2 principal(s) read have data access, all confined by dynamodb:LeadingKeys' });
  });

  it('fails naming each principal that can reach other tenants items', () => {
    // Act
    const verdict = judge(check, TENANT_DOCS, [role({ roleName: 'docs-api', inlinePolicies: [confined] }), role({ roleName: 'analytics-etl', inlinePolicies: [everything] })], { scopes: IAM_COMPLETE });
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringMatching(/^multi_tenant=true, but 1 principal\(s\) can reach other tenants' items: role analytics-etl: GetItem, /) });
  });

  it('fails for a Scan that a ForAllValues condition alone does not confine', () => {
    const scan = inline('scan', { Effect: 'Allow', Action: 'dynamodb:Scan', Resource: TENANT_DOCS.arn, Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['t-1'] } } });
    expect(judge(check, TENANT_DOCS, [role({ inlinePolicies: [scan] })], { scopes: IAM_COMPLETE })).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('carries no partition key') });
  });

  it('is not applicable to tables not tagged multi-tenant, with the tag key a setting', () => {
    expect(judge(check, table({ name: 'orders' }), [], { scopes: IAM_COMPLETE })).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'the table has no multi_tenant tag marking it multi-tenant' });
    expect(judge(check, table({ tags: { multi_tenant: 'false' } }), [], { scopes: IAM_COMPLETE }).status).toBe('NOT_APPLICABLE');
    expect(judge(check, table({ tags: { tenancy: 'shared' } }), [role({ inlinePolicies: [everything] })], { scopes: IAM_COMPLETE }, { multiTenantTagKey: 'tenancy' }).status).toBe('FAIL');
  });

  it('is not evaluated when a principal policies are incomplete, or IAM was not listed', () => {
    const partial = role({ roleName: 'docs-api', inlinePolicies: undefined, unknown: { inlinePolicies: 'iam:ListRolePolicies failed: AccessDenied' } });
    expect(judge(check, TENANT_DOCS, [partial], { scopes: IAM_COMPLETE })).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('role docs-api: inline policies unknown') });
    expect(judge(check, TENANT_DOCS, [])).toMatchObject({ status: 'NOT_EVALUATED', reason: 'IAM principals were not collected' });
    expect(judge(check, TENANT_DOCS, [], { scopes: [{ ...IAM_COMPLETE[0]!, state: 'failed' }] }).status).toBe('NOT_EVALUATED');
    expect(judge(check, TENANT_DOCS, [], { scopes: IAM_COMPLETE, errors: [collectionError('iam:ListUsers', { region: 'global' })] }).status).toBe('NOT_EVALUATED');
  });
});
