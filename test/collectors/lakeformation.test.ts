import { collectWith } from '../fake-aws/collect.js';
import { describe, expect, it } from 'vitest';
import { glueCollector } from '../../src/collectors/glue.js';
import { lakeformationCollector } from '../../src/collectors/lakeformation.js';
import type { GlueDatabase, GlueTable } from '../../src/inventory/glue.js';
import type { LakeFormationLocation, LakeFormationPermission, LakeFormationSettings } from '../../src/inventory/lakeformation.js';
import type { Resource } from '../../src/inventory/types.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { GlueSpec } from '../fake-aws/services/glue.js';
import type { LakeFormationSpec } from '../fake-aws/services/lakeformation.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const PARTNER = '444455556666';
const REGION = 'eu-west-1';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/lake-admin`;
const ANALYST = `arn:aws:iam::${ACCOUNT}:role/analyst`;
const ORG = `arn:aws:organizations::999988887777:organization/o-a1b2c3d4e5`;

const GLUE: GlueSpec = {
  databases: [
    {
      name: 'sales', location: 's3://lake-curated-111122223333/sales/',
      tables: [
        { name: 'orders', location: 's3://lake-curated-111122223333/sales/orders/', columns: ['order_id', 'amount'] },
        { name: 'customers', location: 's3://lake-curated-111122223333/sales/customers/', columns: ['customer_id', 'email', 'phone'] },
        { name: 'orders_link', target: `${PARTNER}:shared.orders` },
      ],
    },
    { name: 'raw', iamAllowedDefaults: false, tables: [{ name: 'clickstream', location: 's3://lake-raw-111122223333/clickstream/' }] },
  ],
};

const LF: LakeFormationSpec = {
  settings: {
    admins: [ADMIN], createDatabaseDefaultPermissions: [], createTableDefaultPermissions: [],
    allowExternalDataFiltering: true, externalDataFilteringAllowList: [ACCOUNT],
  },
  lfTags: { data_classification: ['red', 'orange', 'green'], pii: ['high', 'low', 'none'] },
  assigned: {
    databases: { sales: { data_classification: 'orange', domain: 'sales' } },
    tables: { 'sales.orders': { pii: 'none' } },
    columns: { 'sales.customers': { email: { pii: 'high' }, phone: { pii: 'low' } } },
  },
  grants: [
    { principal: ANALYST, table: 'sales.orders', permissions: ['SELECT'] },
    { principal: ANALYST, table: 'sales.*', permissions: ['DESCRIBE'] },
    { principal: ANALYST, database: 'sales', permissions: ['DESCRIBE'] },
    { principal: PARTNER, columns: { table: 'sales.customers', names: ['customer_id'] }, permissions: ['SELECT'], resourceShare: 'arn:aws:ram:eu-west-1:111122223333:resource-share/7f3e' },
    { principal: ORG, lfTagPolicy: { resourceType: 'TABLE', expression: { data_classification: ['green'] } }, permissions: ['SELECT'] },
    { principal: `arn:aws:iam::${PARTNER}:role/partner-analyst`, table: 'sales.orders', permissions: ['SELECT'], grantable: ['SELECT'] },
  ],
  cellFilters: [{ database: 'sales', table: 'customers', name: 'eu-only', rowFilter: "country = 'IE'", excludedColumns: ['email'] }],
  resources: [{ arn: 'arn:aws:s3:::lake-curated-111122223333/sales', roleArn: `arn:aws:iam::${ACCOUNT}:role/lf-register` }],
};

const account = (glue: GlueSpec, lakeformation: LakeFormationSpec): FakeAccountSpec => ({ accountId: ACCOUNT, regions: { [REGION]: { glue, lakeformation } } });

async function collect(fake: FakeAws) {
  const restore = fake.install();
  try {
    return await collectWith([glueCollector, lakeformationCollector], [REGION]);
  } finally {
    restore();
  }
}

const ofKind = <T extends Resource>(resources: Resource[], kind: T['kind']) => resources.filter((r): r is T => r.kind === kind);
const table = (resources: Resource[], name: string) => ofKind<GlueTable>(resources, 'glue.table').find((t) => t.name === name);

describe('lakeformation collector', () => {
  it('reads the data lake settings and the LF-tag ontology', async () => {
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF)));
    // Assess
    expect(ofKind<LakeFormationSettings>(result.resources, 'lakeformation.settings')).toEqual([
      expect.objectContaining({
        arn: `arn:aws:lakeformation:${REGION}:${ACCOUNT}:settings`, dataLakeAdmins: [ADMIN], createDatabaseDefaultPermissions: [], createTableDefaultPermissions: [],
        allowExternalDataFiltering: true, externalDataFilteringAllowList: [ACCOUNT], lfTagKeys: { data_classification: ['red', 'orange', 'green'], pii: ['high', 'low', 'none'] },
      }),
    ]);
  });

  it('reports the AWS defaults (ALL to IAM_ALLOWED_PRINCIPALS) when Lake Formation was never configured', async () => {
    // Act
    const result = await collect(new FakeAws(account(GLUE, {})));
    // Assess
    expect(ofKind<LakeFormationSettings>(result.resources, 'lakeformation.settings')[0]).toMatchObject({
      dataLakeAdmins: [], createTableDefaultPermissions: [{ principal: 'IAM_ALLOWED_PRINCIPALS', permissions: ['ALL'] }],
    });
  });

  it('classifies tables from LF-tags inherited from the database and rolled up from their most sensitive column', async () => {
    // Prepare
    const fake = new FakeAws(account(GLUE, LF));
    // Act
    const result = await collect(fake);
    // Assess
    const tagCalls = fake.callsTo('lakeformation:GetResourceLFTags');
    // Two databases and three tables; the resource link (orders_link) has no LF-tags of its own.
    expect(tagCalls.map((c) => JSON.stringify(c.input.Resource)).filter((r) => r.includes('"Table"'))).toHaveLength(3);
    expect(tagCalls).toHaveLength(5);
    expect(tagCalls.every((c) => c.input.ShowAssignedLFTags === true)).toBe(true);
    expect(table(result.resources, 'sales.orders')).toMatchObject({ lfTags: { data_classification: 'orange', domain: 'sales', pii: 'none' }, classification: { tier: 'orange', effectiveTier: 'orange' } });
    const customers = table(result.resources, 'sales.customers');
    expect(customers?.columnLfTags).toEqual({ email: { data_classification: 'orange', domain: 'sales', pii: 'high' }, phone: { data_classification: 'orange', domain: 'sales', pii: 'low' } });
    expect(customers?.classification).toMatchObject({ tier: 'orange', effectiveTier: 'red', pii: 'high', source: expect.stringContaining('lf-tag:data_classification=orange') });
    expect(ofKind<GlueDatabase>(result.resources, 'glue.database').find((d) => d.name === 'sales')?.lfTags).toEqual({ data_classification: 'orange', domain: 'sales' });
    expect(table(result.resources, 'raw.clickstream')?.lfTags).toEqual({});
  });

  it('attaches grants, including IAM_ALLOWED_PRINCIPALS and all-tables grants, to the tables they reach', async () => {
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF)));
    // Assess
    expect(table(result.resources, 'sales.orders')?.lfGrants).toEqual([
      { principal: 'IAM_ALLOWED_PRINCIPALS', permissions: ['ALL'], on: 'table' },
      { principal: ANALYST, permissions: ['SELECT'], on: 'table' },
      { principal: ANALYST, permissions: ['DESCRIBE'], on: 'table-wildcard' },
      { principal: `arn:aws:iam::${PARTNER}:role/partner-analyst`, permissions: ['SELECT'], on: 'table' },
    ]);
    expect(table(result.resources, 'raw.clickstream')?.lfGrants).toEqual([]);
    expect(ofKind<GlueDatabase>(result.resources, 'glue.database').find((d) => d.name === 'sales')?.lfGrants).toEqual([{ principal: ANALYST, permissions: ['DESCRIBE'], on: 'database' }]);
  });

  it('emits grants to principals outside the account, and only those', async () => {
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF)));
    // Assess
    const foreign = ofKind<LakeFormationPermission>(result.resources, 'lakeformation.permission');
    expect(foreign.map((p) => [p.principalType, p.principalAccount, p.resourceDescription])).toEqual([
      ['account', PARTNER, 'columns sales.customers (customer_id)'],
      ['organization', undefined, 'lf-tag-policy TABLE data_classification=green'],
      ['iam', PARTNER, 'table sales.orders'],
    ]);
    expect(foreign[0]?.resourceShares).toEqual(['arn:aws:ram:eu-west-1:111122223333:resource-share/7f3e']);
    expect(foreign[2]?.permissionsWithGrantOption).toEqual(['SELECT']);
  });

  it('reads every page of grants', async () => {
    // Prepare
    const many: LakeFormationSpec = { ...LF, grants: Array.from({ length: 240 }, (_, i) => ({ principal: `arn:aws:iam::${ACCOUNT}:role/reader-${i}`, table: 'sales.orders', permissions: ['SELECT'] })) };
    const fake = new FakeAws(account(GLUE, many));
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('lakeformation:ListPermissions')).toHaveLength(3);
    expect(table(result.resources, 'sales.orders')?.lfGrants).toHaveLength(241);
  });

  it('treats an empty grant listing over a catalog with tables as hidden grants, never as none', async () => {
    // Prepare: no explicit grants and no IAM_ALLOWED_PRINCIPALS grants visible to the caller
    const glue: GlueSpec = { databases: [{ name: 'sales', iamAllowedDefaults: false, tables: [{ name: 'orders' }] }] };
    // Act
    const result = await collect(new FakeAws(account(glue, { ...LF, grants: [] })));
    // Assess
    expect(table(result.resources, 'sales.orders')?.lfGrants).toBeUndefined();
    expect(table(result.resources, 'sales.orders')?.unknown?.lfGrants).toContain('read-only administrator');
    expect(result.errors).toEqual([expect.objectContaining({ action: 'lakeformation:ListPermissions', code: 'IncompleteListing' })]);
  });

  it('attaches data-cell filters to their tables and an empty list to the others', async () => {
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF)));
    // Assess
    expect(table(result.resources, 'sales.customers')?.cellFilters).toEqual([{ name: 'eu-only', rowFilter: "country = 'IE'", excludedColumns: ['email'] }]);
    expect(table(result.resources, 'sales.orders')?.cellFilters).toEqual([]);
  });

  it('groups table locations under the registered location covering them, and the rest by bucket', async () => {
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF)));
    // Assess
    const locations = ofKind<LakeFormationLocation>(result.resources, 'lakeformation.location');
    expect(locations.map((l) => [l.location, l.registered, l.tables])).toEqual([
      ['s3://lake-curated-111122223333/sales', true, ['sales.customers', 'sales.orders']],
      ['s3://lake-raw-111122223333', false, ['raw.clickstream']],
    ]);
    expect(locations[0]).toMatchObject({ arn: `arn:aws:lakeformation:${REGION}:${ACCOUNT}:location/lake-curated-111122223333/sales`, roleArn: `arn:aws:iam::${ACCOUNT}:role/lf-register`, classification: { effectiveTier: 'red' } });
  });

  it('records a denied GetResourceLFTags against that table only', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'lakeformation', operation: 'GetResourceLFTags', error: 'AccessDeniedException', times: 1, input: { ShowAssignedLFTags: true } }];
    const fake = new FakeAws(account({ databases: [{ name: 'sales', tables: [{ name: 'orders' }] }] }, LF), { faults });
    // Act
    const result = await collect(fake);
    // Assess
    const denied = result.errors.filter((e) => e.action === 'lakeformation:GetResourceLFTags');
    expect(denied).toEqual([expect.objectContaining({ kind: 'access-denied', resourceArn: expect.stringMatching(/:(database\/sales|table\/sales\/orders)$/) })]);
    expect(result.scopes.find((s) => s.service === 'lakeformation')?.state).toBe('partial');
  });

  it('leaves grants and filters unknown, with the reason, when their listings fail', async () => {
    // Prepare
    const faults: FaultSpec[] = [
      { service: 'lakeformation', operation: 'ListPermissions', error: 'AccessDeniedException' },
      { service: 'lakeformation', operation: 'ListDataCellsFilter', error: 'AccessDeniedException' },
    ];
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF), { faults }));
    // Assess
    const orders = table(result.resources, 'sales.orders');
    expect(orders?.lfGrants).toBeUndefined();
    expect(orders?.unknown?.lfGrants).toContain('lakeformation:ListPermissions failed');
    expect(orders?.cellFilters).toBeUndefined();
    expect(orders?.unknown?.cellFilters).toContain('lakeformation:ListDataCellsFilter failed');
  });

  it('marks the scope failed when registered locations cannot be listed, and judges no location', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'lakeformation', operation: 'ListResources', error: 'AccessDeniedException' }];
    // Act
    const result = await collect(new FakeAws(account(GLUE, LF), { faults }));
    // Assess
    expect(ofKind(result.resources, 'lakeformation.location')).toEqual([]);
    expect(result.scopes.find((s) => s.service === 'lakeformation')?.state).toBe('failed');
  });
});
