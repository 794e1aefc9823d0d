import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { iamCollector } from '../../src/collectors/iam.js';
import { redshiftCollectors } from '../../src/collectors/redshift.js';
import { type CollectionResult } from '../../src/collectors/runner.js';
import { principalPolicies, privilegeFindings } from '../../src/engine/iam-policy.js';
import type { IamRole, IamUser } from '../../src/inventory/iam.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { IamSpec } from '../fake-aws/services/iam.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const PARTNER = '444455556666';
const REGION = 'eu-west-1';
const roleArn = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const policyArn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_CURATED = policyArn('ReadCuratedZone');
const doc = (Action: string | string[], Resource: string | string[] = '*') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] });

const IAM: IamSpec = {
  policies: [
    { arn: ADMIN, document: doc('*'), version: 'v1' },
    { arn: READ_CURATED, document: doc(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::curated-zone', 'arn:aws:s3:::curated-zone/*']), version: 'v3' },
    { arn: policyArn('OrdersTableReadWrite'), document: doc(['dynamodb:GetItem', 'dynamodb:PutItem'], `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`) },
  ],
  roles: [
    { name: 'redshift-copy-unload', attached: [READ_CURATED], inline: { 'kms-decrypt': doc('kms:Decrypt') }, tags: { team: 'analytics' } },
    { name: 'redshift-spectrum', path: '/service/', attached: [READ_CURATED, ADMIN] },
  ],
  groups: [{ name: 'data-engineers', attached: [policyArn('OrdersTableReadWrite')], inline: { 'describe-tables': doc('dynamodb:DescribeTable') } }],
  users: [
    { name: 'etl-batch', accessKeys: [{ id: 'AKIA4EXAMPLEETL00001', status: 'Active', lastUsedAt: '2026-10-30T02:00:00Z' }], groups: ['data-engineers'], inline: { 'scan-orders': doc('dynamodb:Scan') } },
    { name: 'alice', accessKeys: [{ id: 'AKIA4EXAMPLEALICE001', status: 'Inactive' }], groups: ['data-engineers'] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `svc-report-${i}`, accessKeys: [{ id: `AKIA4EXAMPLEREPORT0${i}`, status: 'Active' as const }], groups: ['data-engineers'] })),
  ],
};

function account(): FakeAccountSpec {
  return {
    accountId: ACCOUNT,
    regions: {
      global: { iam: IAM },
      [REGION]: {
        redshift: {
          clusters: [
            { id: 'analytics', iamRoles: [roleArn('redshift-copy-unload'), roleArn('redshift-spectrum', ACCOUNT).replace('role/', 'role/service/')] },
            { id: 'reporting', iamRoles: [roleArn('redshift-copy-unload'), roleArn('partner-loader', PARTNER), roleArn('deleted-role')] },
          ],
        },
      },
    },
  };
}

let restore: (() => void) | undefined;
afterEach(() => restore?.());

async function collect(faults: FaultSpec[] = []): Promise<{ fake: FakeAws; result: CollectionResult }> {
  const fake = new FakeAws(account(), { faults });
  restore = fake.install();
  const result = await collectWith([...redshiftCollectors, iamCollector], [REGION]);
  return { fake, result };
}

const roles = (r: CollectionResult) => r.resources.filter((x): x is IamRole => x.kind === 'iam.role');
const users = (r: CollectionResult) => r.resources.filter((x): x is IamUser => x.kind === 'iam.user');
const role = (r: CollectionResult, name: string) => roles(r).find((x) => x.roleName === name);
const user = (r: CollectionResult, name: string) => users(r).find((x) => x.userName === name);

describe('iam collector (global, dependent phase)', () => {
  it('reads every role a resource runs as, with decoded managed and inline documents and the resources using it', async () => {
    // Act
    const { result } = await collect();
    // Assess
    const copy = role(result, 'redshift-copy-unload');
    expect(copy).toMatchObject({ region: 'global', accountId: ACCOUNT, tags: { team: 'analytics' } });
    expect(copy?.usedBy).toEqual([`arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:analytics`, `arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:reporting`]);
    expect(copy?.attachedPolicies).toEqual([{ name: 'ReadCuratedZone', arn: READ_CURATED, source: 'CUSTOMER', document: doc(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::curated-zone', 'arn:aws:s3:::curated-zone/*']) }]);
    expect(copy?.inlinePolicies).toEqual([{ name: 'kms-decrypt', source: 'INLINE', document: doc('kms:Decrypt') }]);
    expect(privilegeFindings(principalPolicies(copy!).policies).map((f) => f.risk)).toEqual(['kms-decrypt-any']);
    const spectrum = role(result, 'redshift-spectrum');
    expect(spectrum?.path).toBe('/service/');
    expect(spectrum?.attachedPolicies?.map((p) => [p.name, p.source])).toEqual([['ReadCuratedZone', 'CUSTOMER'], ['AdministratorAccess', 'AWS']]);
  });

  it('reads each managed policy once per scan, at its default version', async () => {
    // Act
    const { fake } = await collect();
    // Assess
    const versions = fake.callsTo('iam:GetPolicyVersion').map((c) => `${String(c.input.PolicyArn)}@${String(c.input.VersionId)}`);
    expect(versions.sort()).toEqual([`${ADMIN}@v1`, `${READ_CURATED}@v3`, `${policyArn('OrdersTableReadWrite')}@v1`].sort());
    expect(fake.callsTo('iam:GetPolicy')).toHaveLength(3);
    expect(fake.callsTo('iam:ListAttachedGroupPolicies')).toHaveLength(1);
  });

  it('marks a role of another account unreadable and a deleted role as not found, without calling IAM for the foreign one', async () => {
    // Act
    const { fake, result } = await collect();
    // Assess
    expect(role(result, 'partner-loader')?.unknown?.attachedPolicies).toBe(`the role belongs to account ${PARTNER}, whose IAM this scan does not read`);
    expect(fake.callsTo('iam:GetRole').map((c) => c.input.RoleName)).not.toContain('partner-loader');
    expect(role(result, 'deleted-role')).toMatchObject({ notFound: true, attachedPolicies: [], inlinePolicies: [] });
    expect(result.errors).toEqual([]);
  });

  it('lists users over several pages with their keys, and reads policies only for users holding an Active key', async () => {
    // Act
    const { fake, result } = await collect();
    // Assess
    expect(users(result).map((u) => u.userName).sort()).toEqual(['alice', 'etl-batch', ...Array.from({ length: 5 }, (_, i) => `svc-report-${i}`)].sort());
    const etl = user(result, 'etl-batch');
    expect(etl?.accessKeys).toEqual([{ accessKeyId: 'AKIA4EXAMPLEETL00001', status: 'Active', createdAt: '2025-01-15T09:30:00.000Z', lastUsedAt: '2026-10-30T02:00:00.000Z' }]);
    expect(etl?.groups).toEqual(['data-engineers']);
    expect(etl?.groupPolicies?.map((p) => p.name)).toEqual(['OrdersTableReadWrite (group data-engineers)', 'describe-tables (group data-engineers)']);
    expect(etl?.inlinePolicies?.map((p) => p.name)).toEqual(['scan-orders']);
    expect(user(result, 'alice')?.unknown?.attachedPolicies).toBe('not read: the user has no Active access key');
    expect(fake.callsTo('iam:ListAttachedUserPolicies').map((c) => c.input.UserName)).not.toContain('alice');
    expect(fake.callsTo('iam:GetAccessKeyLastUsed').map((c) => c.input.AccessKeyId)).not.toContain('AKIA4EXAMPLEALICE001');
  });

  it('follows IAM markers through every page of users', async () => {
    // Prepare: more users than one ListUsers page (MaxItems 1000) holds.
    const spec = account();
    const many = Array.from({ length: 1005 }, (_, i) => ({ name: `contractor-${String(i).padStart(4, '0')}` }));
    (spec.regions.global!.iam as IamSpec).users = [...IAM.users!, ...many];
    const fake = new FakeAws(spec);
    restore = fake.install();
    // Act
    const result = await collectWith([iamCollector], [REGION]);
    // Assess
    expect(fake.callsTo('iam:ListUsers')).toHaveLength(2);
    expect(fake.callsTo('iam:ListUsers')[1]?.input.Marker).toBeDefined();
    expect(users(result)).toHaveLength(1012);
    expect(result.errors).toEqual([]);
  });

  it('degrades only the roles using a policy whose GetPolicyVersion is denied', async () => {
    // Act
    const { result } = await collect([{ service: 'iam', operation: 'GetPolicyVersion', input: { PolicyArn: ADMIN }, error: 'AccessDenied' }]);
    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ service: 'iam', region: 'global', action: 'iam:GetPolicyVersion', resourceArn: ADMIN, kind: 'access-denied' })]);
    const spectrum = role(result, 'redshift-spectrum');
    const admin = spectrum?.attachedPolicies?.find((p) => p.arn === ADMIN);
    expect(admin?.document).toBeUndefined();
    expect(admin?.whyUnknown).toMatch(/AccessDenied/);
    // AdministratorAccess is still recognised by its ARN; the other role is whole.
    expect(privilegeFindings(principalPolicies(spectrum!).policies).map((f) => f.risk)).toEqual(['admin']);
    expect(principalPolicies(role(result, 'redshift-copy-unload')!).unknown).toEqual([]);
    expect(result.scopes.find((s) => s.service === 'iam')?.state).toBe('partial');
  });

  it('leaves one role incomplete when its inline policy listing is denied', async () => {
    // Act
    const { result } = await collect([{ service: 'iam', operation: 'ListRolePolicies', input: { RoleName: 'redshift-spectrum' }, error: 'AccessDenied' }]);
    // Assess
    expect(principalPolicies(role(result, 'redshift-spectrum')!).unknown).toEqual([expect.stringMatching(/^inline policies unknown: .*AccessDenied/)]);
    expect(role(result, 'redshift-copy-unload')?.inlinePolicies).toHaveLength(1);
  });

  it('marks the scope failed when users cannot be listed, keeping the roles', async () => {
    // Act
    const { result } = await collect([{ service: 'iam', operation: 'ListUsers', error: 'AccessDenied' }]);
    // Assess
    expect(result.scopes.find((s) => s.service === 'iam')?.state).toBe('failed');
    expect(users(result)).toEqual([]);
    expect(roles(result)).toHaveLength(4);
  });

  it('records a denied ListAccessKeys against that user only', async () => {
    // Act
    const { result } = await collect([{ service: 'iam', operation: 'ListAccessKeys', input: { UserName: 'etl-batch' }, error: 'AccessDenied' }]);
    // Assess
    const etl = user(result, 'etl-batch');
    expect(etl?.accessKeys).toBeUndefined();
    expect(etl?.unknown?.accessKeys).toMatch(/AccessDenied/);
    expect(result.errors).toEqual([expect.objectContaining({ action: 'iam:ListAccessKeys', resourceArn: etl?.arn })]);
    expect(user(result, 'svc-report-0')?.accessKeys).toHaveLength(1);
  });

  it('reads a never-used Active key as null and leaves the last use unknown when its read is denied', async () => {
    // Act
    const { result } = await collect([{ service: 'iam', operation: 'GetAccessKeyLastUsed', input: { AccessKeyId: 'AKIA4EXAMPLEETL00001' }, error: 'AccessDenied' }]);
    // Assess
    expect(user(result, 'etl-batch')?.accessKeys?.[0]?.lastUsedAt).toBeUndefined();
    expect(user(result, 'svc-report-0')?.accessKeys?.[0]?.lastUsedAt).toBeNull();
  });
});
