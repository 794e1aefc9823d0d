import { describe, expect, it } from 'vitest';
import { dynamoDbDataAccess, leadingKeysConstraint } from '../../src/engine/dynamodb-data-access.js';
import {
  actionPatternMatches,
  evaluateAccess,
  principalPolicies,
  privilegeFindings,
  resourcePatternMatches,
  type PolicySource,
} from '../../src/engine/iam-policy.js';
import type { PolicyStatement } from '../../src/inventory/policy.js';
import { resource } from '../builders/inventory.js';

const TABLE = 'arn:aws:dynamodb:eu-west-1:111122223333:table/customer-profiles';
const OTHER_TABLE = 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders';
const policy = (name: string, ...Statement: PolicyStatement[]): PolicySource => ({ name, document: { Version: '2012-10-17', Statement } });
const allow = (s: Omit<PolicyStatement, 'Effect'>): PolicyStatement => ({ Effect: 'Allow', ...s });
const deny = (s: Omit<PolicyStatement, 'Effect'>): PolicyStatement => ({ Effect: 'Deny', ...s });

describe('pattern matching', () => {
  it('matches actions case-insensitively with * and ? wildcards', () => {
    expect(actionPatternMatches('dynamodb:Get*', 'DynamoDB:GetItem')).toBe(true);
    expect(actionPatternMatches('dynamodb:?etItem', 'dynamodb:GetItem')).toBe(true);
    expect(actionPatternMatches('dynamodb:Get*', 'dynamodb:Query')).toBe(false);
    expect(actionPatternMatches('*', 'kms:Decrypt')).toBe(true);
  });

  it('matches resources case-sensitively and treats policy variables as wildcards', () => {
    expect(resourcePatternMatches('arn:aws:dynamodb:*:111122223333:table/customer-*', TABLE)).toBe(true);
    expect(resourcePatternMatches('arn:aws:dynamodb:*:111122223333:table/Customer-*', TABLE)).toBe(false);
    expect(resourcePatternMatches('arn:aws:dynamodb:eu-west-1:111122223333:table/${aws:PrincipalTag/table}', TABLE)).toBe(true);
  });
});

describe('evaluateAccess', () => {
  it('allows an action granted by any Allow statement on a matching resource', () => {
    // Prepare
    const set = [policy('app', allow({ Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: TABLE }))];
    // Act
    const result = evaluateAccess(set, 'dynamodb:getitem', TABLE);
    // Assess
    expect(result).toMatchObject({ allowed: true, unconditional: true, allows: [{ policy: 'app', index: 0, conditional: false }] });
    expect(evaluateAccess(set, 'dynamodb:Scan', TABLE).allowed).toBe(false);
    expect(evaluateAccess(set, 'dynamodb:GetItem', OTHER_TABLE).allowed).toBe(false);
  });

  it('removes an Allow with an explicit unconditional Deny, but not with a conditional one', () => {
    const granted = allow({ Action: 'dynamodb:*', Resource: '*' });
    expect(evaluateAccess([policy('a', granted, deny({ Action: 'dynamodb:Scan', Resource: TABLE }))], 'dynamodb:Scan', TABLE)).toMatchObject({ allowed: false, unconditional: false });
    const conditionalDeny = deny({ Action: 'dynamodb:Scan', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    expect(evaluateAccess([policy('a', granted), policy('b', conditionalDeny)], 'dynamodb:Scan', TABLE)).toMatchObject({ allowed: true, unconditional: true, denies: [{ policy: 'b', conditional: true }] });
  });

  it('reads NotAction and NotResource as everything except the listed ones', () => {
    const set = [policy('broad', allow({ NotAction: 'iam:*', NotResource: OTHER_TABLE }))];
    expect(evaluateAccess(set, 'dynamodb:PutItem', TABLE).allowed).toBe(true);
    expect(evaluateAccess(set, 'dynamodb:PutItem', OTHER_TABLE).allowed).toBe(false);
    expect(evaluateAccess(set, 'iam:CreateUser', '*').allowed).toBe(false);
  });

  it('marks an allow that holds only under a Condition as conditional', () => {
    const set = [policy('vpc-only', allow({ Action: 'dynamodb:GetItem', Resource: TABLE, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } }))];
    expect(evaluateAccess(set, 'dynamodb:GetItem', TABLE)).toMatchObject({ allowed: true, unconditional: false });
  });
});

describe('privilegeFindings', () => {
  it('flags AdministratorAccess by its ARN and an equivalent * on * statement', () => {
    const managed: PolicySource = { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess', document: { Statement: [] } };
    const inline = policy('break-glass', allow({ Action: '*', Resource: '*' }));
    expect(privilegeFindings([managed, inline]).map((f) => [f.risk, f.policy])).toEqual([
      ['admin', 'AdministratorAccess'],
      ['admin', 'break-glass'],
    ]);
  });

  it('flags service wildcards, NotAction, PassRole, kms:Decrypt and s3:* on all resources', () => {
    // Prepare
    const set = [
      policy(
        'glue-job',
        allow({ Action: 's3:*', Resource: '*' }),
        allow({ Action: ['glue:*', 'iam:PassRole'], Resource: ['*'] }),
        allow({ Action: 'kms:Decrypt', Resource: '*' }),
        allow({ NotAction: 'iam:*', Resource: '*' }),
      ),
    ];
    // Act
    const risks = privilegeFindings(set).map((f) => f.risk);
    // Assess
    expect(risks).toEqual(['s3-all-any', 'service-wildcard', 'passrole-any', 'kms-decrypt-any', 'not-action']);
    expect(privilegeFindings(set)[2]?.detail).toBe('glue-job statement 1 grants iam:PassRole (iam:PassRole) on all resources');
  });

  it('names PassRole under iam:* and does not flag grants scoped to named resources', () => {
    expect(privilegeFindings([policy('p', allow({ Action: 'iam:*', Resource: '*' }))]).map((f) => f.risk)).toEqual(['service-wildcard', 'passrole-any']);
    const scoped = policy('scoped', allow({ Action: ['iam:PassRole', 'kms:Decrypt', 's3:*'], Resource: ['arn:aws:iam::111122223333:role/glue-etl', 'arn:aws:s3:::curated-bucket/*'] }));
    expect(privilegeFindings([scoped])).toEqual([]);
  });

  it('does not report a grant removed by an unconditional Deny on all resources', () => {
    const set = [policy('p', allow({ Action: 'kms:Decrypt', Resource: '*' }), deny({ Action: 'kms:*', Resource: '*' }))];
    expect(privilegeFindings(set)).toEqual([]);
  });

  it('reports a conditional * on * as all actions, not as AdministratorAccess', () => {
    const set = [policy('p', allow({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }))];
    expect(privilegeFindings(set).map((f) => f.risk)).toEqual(['all-actions']);
  });
});

describe('leadingKeysConstraint', () => {
  it('accepts ForAllValues:StringEquals with concrete or variable values', () => {
    const statement = allow({ Action: 'dynamodb:GetItem', Resource: TABLE, Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:PrincipalTag/tenant_id}'] } } });
    expect(leadingKeysConstraint(statement)).toEqual({ constrained: true, requiresKey: false });
  });

  it('rejects ForAnyValue, a wildcard value, and a missing condition with a reason', () => {
    expect(leadingKeysConstraint(allow({ Action: '*', Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': 't1' } } })).reason).toMatch(/ForAnyValue:StringEquals/);
    expect(leadingKeysConstraint(allow({ Action: '*', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': '*' } } })).reason).toMatch(/allows any key/);
    expect(leadingKeysConstraint(allow({ Action: '*' }))).toEqual({ constrained: false, requiresKey: false, reason: 'no dynamodb:LeadingKeys condition' });
  });
});

describe('dynamoDbDataAccess', () => {
  const tenantCondition = { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:PrincipalTag/tenant_id}'] } };

  it('lists the data actions allowed on the table and which are confined to the caller keys', () => {
    // Prepare
    const set = [policy('tenant-app', allow({ Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:DescribeTable'], Resource: TABLE, Condition: tenantCondition }))];
    // Act
    const access = dynamoDbDataAccess(set, TABLE);
    // Assess
    expect(access.grants.map((g) => [g.action, g.leadingKeysConstrained])).toEqual([
      ['dynamodb:GetItem', true],
      ['dynamodb:Query', true],
      ['dynamodb:Scan', false],
    ]);
    expect(access.grants[2]?.reason).toMatch(/carries no partition key/);
  });

  it('treats Scan as confined when the key is also required with Null false', () => {
    const set = [policy('p', allow({ Action: 'dynamodb:Scan', Resource: TABLE, Condition: { ...tenantCondition, Null: { 'dynamodb:LeadingKeys': 'false' } } }))];
    expect(dynamoDbDataAccess(set, TABLE).grants).toEqual([expect.objectContaining({ action: 'dynamodb:Scan', leadingKeysConstrained: true })]);
  });

  it('reports one unconstrained statement even when another is constrained', () => {
    const set = [policy('a', allow({ Action: 'dynamodb:GetItem', Resource: TABLE, Condition: tenantCondition })), policy('b', allow({ Action: 'dynamodb:*', Resource: '*' }))];
    const getItem = dynamoDbDataAccess(set, TABLE).grants.find((g) => g.action === 'dynamodb:GetItem');
    expect(getItem).toMatchObject({ leadingKeysConstrained: false, reason: 'b statement 0: no dynamodb:LeadingKeys condition' });
  });

  it('reads each statement of same-named policies on its own', () => {
    const set = [policy('data', allow({ Action: 'dynamodb:GetItem', Resource: TABLE, Condition: tenantCondition })), policy('data', allow({ Action: 'dynamodb:PutItem', Resource: TABLE }))];
    expect(dynamoDbDataAccess(set, TABLE).grants.map((g) => [g.action, g.leadingKeysConstrained])).toEqual([['dynamodb:GetItem', true], ['dynamodb:PutItem', false]]);
  });

  it('finds no access for policies on other tables', () => {
    expect(dynamoDbDataAccess([policy('p', allow({ Action: 'dynamodb:*', Resource: OTHER_TABLE }))], TABLE).grants).toEqual([]);
  });
});

describe('principalPolicies', () => {
  it('gathers attached, inline and group documents and says what is unknown', () => {
    // Prepare
    const doc = { Statement: [allow({ Action: 's3:GetObject', Resource: '*' })] };
    const user = resource('iam.user', {
      userName: 'etl-batch',
      attachedPolicies: [{ name: 'ReadCurated', arn: 'arn:aws:iam::111122223333:policy/ReadCurated', source: 'CUSTOMER' }],
      inlinePolicies: [{ name: 'inline', source: 'INLINE', document: doc }],
      unknown: { groupPolicies: 'iam:ListGroupsForUser failed: AccessDenied' },
    });
    // Act
    const got = principalPolicies(user);
    // Assess
    expect(got.policies.map((p) => p.name)).toEqual(['inline']);
    expect(got.unknown).toEqual(['attached policies ReadCurated document unknown', 'group policies unknown: iam:ListGroupsForUser failed: AccessDenied']);
  });

  it('knows AdministratorAccess by ARN without its document', () => {
    const role = resource('iam.role', { roleName: 'admin', attachedPolicies: [{ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess', source: 'AWS' }], inlinePolicies: [] });
    const got = principalPolicies(role);
    expect(got.unknown).toEqual([]);
    expect(privilegeFindings(got.policies).map((f) => f.risk)).toEqual(['admin']);
  });
});
