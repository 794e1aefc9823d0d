import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/iam.no_static_keys.js';
import { collectionError, judge, scopeOf } from '../../builders/inventory.js';
import { inline, user } from '../iam/builders.js';
import { table } from './builders.js';

const ORDERS = table({ name: 'orders' });
const PROFILES = table({ name: 'customer-profiles', tags: { data_classification: 'red', pii: 'high' } });
const readOrders = inline('read-orders', { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: ORDERS.arn });

describe('dynamodb.iam.no_static_keys', () => {
  it('fails for a user with an Active key whose policies reach a table, naming the tables and actions', () => {
    // Act
    const verdict = judge(check, user({ inlinePolicies: [readOrders] }), [ORDERS, PROFILES]);
    // Assess
    expect(verdict).toMatchObject({
      status: 'FAIL',
      severity: 'HIGH',
      reason: 'Active access key AKIA4EXAMPLEETL00001 (last used 2026-10-30) and the user\'s policies allow DynamoDB data actions on 1 table(s): orders (GetItem, Query)',
    });
  });

  it('fails as CRITICAL when group policies reach a red table', () => {
    const groupPolicies = [{ ...inline('all-tables', { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }), name: 'all-tables (group data-engineers)' }];
    expect(judge(check, user({ groupPolicies }), [ORDERS, PROFILES])).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('2 table(s)') });
  });

  it('passes for a user with an Active key and no table data access', () => {
    const describeOnly = inline('describe', { Effect: 'Allow', Action: 'dynamodb:DescribeTable', Resource: '*' });
    expect(judge(check, user({ inlinePolicies: [describeOnly] }), [ORDERS, PROFILES])).toMatchObject({ status: 'PASS', reason: expect.stringContaining('no DynamoDB data action on any of the 2 collected table(s)') });
  });

  it('says when a key was never used, and when its last use is unknown', () => {
    const keys = [
      { accessKeyId: 'AKIA4EXAMPLENEW00001', status: 'Active', lastUsedAt: null },
      { accessKeyId: 'AKIA4EXAMPLEUNK00001', status: 'Active' },
    ];
    expect(judge(check, user({ accessKeys: keys, inlinePolicies: [readOrders] }), [ORDERS]).reason).toMatch(/^Active access key AKIA4EXAMPLENEW00001 \(never used\), AKIA4EXAMPLEUNK00001 \(last use unknown\)/);
  });

  it('is not applicable for a user without an Active key', () => {
    expect(judge(check, user({ accessKeys: [{ accessKeyId: 'AKIA4EXAMPLEOLD00001', status: 'Inactive' }] }), [ORDERS])).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'accessKeys has no Active key (1 key(s) in total)' });
  });

  it('is not evaluated when the keys or a policy document could not be read', () => {
    expect(judge(check, user({ accessKeys: undefined, unknown: { accessKeys: 'iam:ListAccessKeys failed: AccessDenied' } }), [ORDERS])).toMatchObject({ status: 'NOT_EVALUATED', reason: 'iam:ListAccessKeys failed: AccessDenied' });
    const unread = user({ attachedPolicies: [{ name: 'DataAccess', arn: 'arn:aws:iam::111122223333:policy/DataAccess', source: 'CUSTOMER', whyUnknown: 'denied' }] });
    expect(judge(check, unread, [ORDERS])).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('attached policies DataAccess document unknown') });
    const subject = user();
    expect(judge(check, subject, [ORDERS], { errors: [collectionError('iam:ListAccessKeys', { region: 'global', resourceArn: subject.arn })] }).status).toBe('NOT_EVALUATED');
  });

  it('still fails on what was read when another document is missing', () => {
    const partial = user({ inlinePolicies: [readOrders], attachedPolicies: [{ name: 'Other', arn: 'arn:aws:iam::111122223333:policy/Other', source: 'CUSTOMER' }] });
    expect(judge(check, partial, [ORDERS]).status).toBe('FAIL');
  });

  it('is not evaluated rather than passed when tables could not be listed in a region', () => {
    const scopes = [scopeOf('dynamodb', 'eu-west-1', 'failed', { resources: 0, errors: 1 })];
    expect(judge(check, user(), [ORDERS], { scopes })).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('could not be listed in eu-west-1') });
  });
});
