import { describe, expect, it } from 'vitest';
import { actionMatches, exposures, principalAccount, secureTransportDeny } from '../../src/engine/resource-policy.js';
import type { PolicyDocument } from '../../src/inventory/policy.js';

const OWN = '111122223333';
const allow = (statement: Record<string, unknown>): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*', ...statement }] });

describe('resource policy exposure', () => {
  it('treats a * principal without conditions as public', () => {
    expect(exposures(allow({ Principal: '*' }), OWN)).toEqual([{ statement: 'statement 0', scope: 'public', principals: ['*'], actions: ['dynamodb:GetItem'] }]);
    expect(exposures(allow({ Principal: { AWS: '*' } }), OWN)[0]?.scope).toBe('public');
  });

  it('accepts a * principal restricted to the organization or to the own account', () => {
    expect(exposures(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }), OWN)).toEqual([]);
    expect(exposures(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } }), OWN)).toEqual([]);
  });

  it('does not accept conditions that restrict nothing', () => {
    expect(exposures(allow({ Principal: '*', Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } }), OWN)[0]?.scope).toBe('public');
    expect(exposures(allow({ Principal: '*', Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } } }), OWN)[0]?.scope).toBe('public');
    expect(exposures(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }), OWN)[0]?.scope).toBe('public');
  });

  it('reports a condition that names a foreign account as foreign', () => {
    expect(exposures(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '999988887777' } } }), OWN)).toEqual([
      { statement: 'statement 0', scope: 'foreign', principals: ['999988887777'], actions: ['dynamodb:GetItem'] },
    ]);
  });

  it('reports foreign account principals unless trusted', () => {
    const policy = allow({ Sid: 'Partner', Principal: { AWS: ['arn:aws:iam::999988887777:root', `arn:aws:iam::${OWN}:role/app`] } });
    expect(exposures(policy, OWN)).toEqual([{ statement: 'statement 0 (Partner)', scope: 'foreign', principals: ['arn:aws:iam::999988887777:root'], actions: ['dynamodb:GetItem'] }]);
    expect(exposures(policy, OWN, ['999988887777'])).toEqual([]);
  });

  it('ignores service principals and Deny statements, and flags Allow with NotPrincipal', () => {
    expect(exposures(allow({ Principal: { Service: 'glue.amazonaws.com' } }), OWN)).toEqual([]);
    expect(exposures({ Statement: [{ Effect: 'Deny', Principal: '*', Action: '*' }] }, OWN)).toEqual([]);
    expect(exposures(allow({ NotPrincipal: { AWS: `arn:aws:iam::${OWN}:root` } }), OWN)[0]?.scope).toBe('public');
  });
});

describe('secure transport deny', () => {
  const deny = (extra: Record<string, unknown>): PolicyDocument => ({
    Statement: [{ Sid: 'TLS', Effect: 'Deny', Principal: '*', Action: 'dynamodb:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra }],
  });

  it('finds a Deny on aws:SecureTransport=false covering the service', () => {
    expect(secureTransportDeny(deny({}), 'dynamodb')).toBe('statement 0 (TLS)');
    expect(secureTransportDeny(deny({ Action: '*' }), 'dynamodb')).toBe('statement 0 (TLS)');
  });

  it('rejects a deny that covers only some actions or some principals', () => {
    expect(secureTransportDeny(deny({ Action: 'dynamodb:GetItem' }), 'dynamodb')).toBeUndefined();
    expect(secureTransportDeny(deny({ Principal: { AWS: 'arn:aws:iam::111122223333:role/x' } }), 'dynamodb')).toBeUndefined();
    expect(secureTransportDeny(deny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), 'dynamodb')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('matches IAM action wildcards case-insensitively', () => {
    expect(actionMatches('dynamodb:Get*', 'dynamodb:GetItem')).toBe(true);
    expect(actionMatches('*', 's3:GetObject')).toBe(true);
    expect(actionMatches('DynamoDB:getitem', 'dynamodb:GetItem')).toBe(true);
    expect(actionMatches('dynamodb:Get?tem', 'dynamodb:GetItem')).toBe(true);
    expect(actionMatches('dynamodb:Get*', 'dynamodb:PutItem')).toBe(false);
  });

  it('reads the account of a principal', () => {
    expect(principalAccount('123456789012')).toBe('123456789012');
    expect(principalAccount('arn:aws:iam::123456789012:role/x')).toBe('123456789012');
    expect(principalAccount('*')).toBeUndefined();
  });
});
