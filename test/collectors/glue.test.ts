import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { glueCollector } from '../../src/collectors/glue.js';
import { runCli } from '../../src/cli/run.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { scan } from '../../src/scan.js';
import type { Collector } from '../../src/collectors/types.js';
import type { GlueCatalog, GlueConnection, GlueJob, GlueSecurityConfiguration, GlueTable } from '../../src/inventory/glue.js';
import type { Resource } from '../../src/inventory/types.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { GlueSpec } from '../fake-aws/services/glue.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/glue-etl-orders`;
const PASSWORD = 'Tr0ub4dor&3@orders;db/x';
const arnOf = (resource: string) => `arn:aws:glue:${REGION}:${ACCOUNT}:${resource}`;

const LAKE: GlueSpec = {
  jobs: [
    {
      name: 'orders-daily', role: ROLE, glueVersion: '4.0', connections: ['orders-postgres'], securityConfiguration: 'lake-encrypted',
      arguments: { '--enable-continuous-cloudwatch-log': 'true', '--job-bookmark-option': 'job-bookmark-enable', '--db_password': PASSWORD, '--source_table': 'public.orders' },
      tags: { data_classification: 'red', team: 'orders' },
    },
  ],
  connections: [
    {
      name: 'orders-postgres', type: 'JDBC', subnetId: 'subnet-0a1b2c3d4e5f60001', securityGroupIds: ['sg-0a1b2c3d4e5f60001'],
      properties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://orders.cluster-c1x2y3z4.eu-west-1.rds.amazonaws.com:5432/orders', USERNAME: 'etl', PASSWORD, JDBC_ENFORCE_SSL: 'true' },
    },
  ],
  securityConfigurations: [{ name: 'lake-encrypted', s3: [{ mode: 'SSE-KMS', key: KEY }], cloudWatch: { mode: 'SSE-KMS', key: KEY }, bookmarks: { mode: 'CSE-KMS', key: KEY } }],
  crawlers: [{ name: 'raw-orders', role: 'service-role/glue-crawler', database: 'sales', s3Targets: ['s3://lake-raw-111122223333/orders/'], securityConfiguration: 'lake-encrypted' }],
  mlTransforms: [{ id: 'tfm-0123456789abcdef0123456789abcdef01234567', name: 'dedupe-customers', role: ROLE, encryption: { mode: 'SSE-KMS', key: KEY } }],
  catalogEncryption: { mode: 'SSE-KMS', key: KEY, passwordEncryption: true, passwordKey: KEY },
  resourcePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'glue:GetTable', Resource: arnOf('*') }] },
  databases: [{ name: 'sales', location: 's3://lake-curated-111122223333/sales/', tables: [{ name: 'orders', location: 's3://lake-curated-111122223333/sales/orders/', columns: ['order_id', 'customer_email'] }] }],
};

const account = (glue: GlueSpec): FakeAccountSpec => ({ accountId: ACCOUNT, regions: { [REGION]: { glue } } });

async function collect(fake: FakeAws, collectors: Collector[] = [glueCollector]) {
  const restore = fake.install();
  try {
    return await collectWith(collectors, [REGION]);
  } finally {
    restore();
  }
}

const ofKind = <T extends Resource>(resources: Resource[], kind: T['kind']) => resources.filter((r): r is T => r.kind === kind);

describe('glue collector', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    vi.restoreAllMocks();
  });

  it('lists every job, crawler and connection over pages of 100 and reads each job’s tags', async () => {
    // Prepare
    const fake = new FakeAws(account({
      jobs: Array.from({ length: 230 }, (_, i) => ({ name: `ingest-${String(i).padStart(3, '0')}`, role: ROLE, tags: { team: 'ingest' } })),
      connections: Array.from({ length: 120 }, (_, i) => ({ name: `vpc-${i}`, type: 'NETWORK', subnetId: 'subnet-0a1b2c3d4e5f60001' })),
    }));
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('glue:GetJobs').map((c) => c.input.MaxResults)).toEqual([100, 100, 100]);
    expect(ofKind<GlueJob>(result.resources, 'glue.job')).toHaveLength(230);
    expect(ofKind<GlueConnection>(result.resources, 'glue.connection')).toHaveLength(120);
    expect(fake.callsTo('glue:GetTags')).toHaveLength(230);
    expect(ofKind<GlueJob>(result.resources, 'glue.job').every((j) => j.tags?.team === 'ingest')).toBe(true);
    expect(result.scopes).toEqual([expect.objectContaining({ service: 'glue', state: 'complete' })]);
  });

  it('links a job to its connection’s subnet and groups, its security configuration’s keys and its role', async () => {
    // Act
    const result = await collect(new FakeAws(account(LAKE)));
    // Assess
    const job = ofKind<GlueJob>(result.resources, 'glue.job')[0];
    expect(job).toMatchObject({
      arn: arnOf('job/orders-daily'), roleArn: ROLE, iamRoleRefs: [ROLE], glueVersion: '4.0', commandName: 'glueetl',
      connections: ['orders-postgres'], securityConfiguration: 'lake-encrypted', kmsKeyRefs: [KEY],
      network: { subnetIds: ['subnet-0a1b2c3d4e5f60001'], securityGroupIds: ['sg-0a1b2c3d4e5f60001'] },
      classification: { effectiveTier: 'red' },
    });
    expect(job?.arguments?.['--enable-continuous-cloudwatch-log']).toEqual({ value: 'true', shapes: [], length: 4 });
    expect(ofKind<GlueSecurityConfiguration>(result.resources, 'glue.security_configuration')[0]).toMatchObject({
      s3: [{ mode: 'SSE-KMS', kmsKeyArn: KEY }], cloudWatch: { mode: 'SSE-KMS' }, jobBookmarks: { mode: 'CSE-KMS' }, usedBy: [arnOf('job/orders-daily'), arnOf('crawler/raw-orders')],
    });
    expect(result.resources.find((r) => r.kind === 'glue.crawler')).toMatchObject({ iamRoleRefs: [`arn:aws:iam::${ACCOUNT}:role/service-role/glue-crawler`], targets: ['s3://lake-raw-111122223333/orders/'] });
    expect(result.resources.find((r) => r.kind === 'glue.ml_transform')).toMatchObject({ userDataEncryptionMode: 'SSE-KMS', kmsKeyRefs: [KEY], taskRunSecurityConfiguration: null });
  });

  it('keeps only the shape of a job argument’s value, never the value, outside Glue’s configuration parameters', async () => {
    // Act
    const result = await collect(new FakeAws(account(LAKE)));
    // Assess
    const job = ofKind<GlueJob>(result.resources, 'glue.job')[0];
    expect(job?.arguments?.['--db_password']).toEqual({ shapes: [], length: PASSWORD.length });
    expect(job?.arguments?.['--source_table']?.value).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });

  it('always asks for connections with HidePassword and keeps no password even when the response carries one', async () => {
    // Prepare
    const leaking: GlueSpec = {
      ...LAKE,
      connections: [
        { ...LAKE.connections![0]!, leakPassword: true, properties: { ...LAKE.connections![0]!.properties, JDBC_CONNECTION_URL: `jdbc:postgresql://etl:${PASSWORD}@orders.example.internal:5432/orders?sslmode=require&password=${PASSWORD}` } },
        { name: 'events-kafka', type: 'KAFKA', properties: { KAFKA_BOOTSTRAP_SERVERS: 'b-1.events.kafka.eu-west-1.amazonaws.com:9096', KAFKA_SASL_SCRAM_PASSWORD: PASSWORD, KAFKA_CLIENT_KEYSTORE_PASSWORD: PASSWORD }, leakPassword: true },
      ],
    };
    const fake = new FakeAws(account(leaking));
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('glue:GetConnections').every((c) => c.input.HidePassword === true)).toBe(true);
    const [jdbc, kafka] = ofKind<GlueConnection>(result.resources, 'glue.connection');
    expect(jdbc?.credentialKeys).toEqual(['ENCRYPTED_PASSWORD', 'JDBC_CONNECTION_URL (embedded credential)']);
    expect(jdbc?.properties?.JDBC_CONNECTION_URL).toBe('jdbc:postgresql://etl:****@orders.example.internal:5432/orders?sslmode=require&password=****');
    expect(kafka?.credentialKeys).toEqual(['KAFKA_CLIENT_KEYSTORE_PASSWORD', 'KAFKA_SASL_SCRAM_PASSWORD']);
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
  });

  it('reads the catalog’s encryption and resource policy, and EntityNotFoundException as no policy', async () => {
    // Act
    const withPolicy = await collect(new FakeAws(account(LAKE)));
    const without = await collect(new FakeAws(account({ databases: [] })));
    // Assess
    expect(ofKind<GlueCatalog>(withPolicy.resources, 'glue.catalog')[0]).toMatchObject({
      arn: arnOf('catalog'), encryptionMode: 'SSE-KMS', encryptionKmsKeyId: KEY, connectionPasswordEncrypted: true, kmsKeyRefs: [KEY], databaseCount: 1, tableCount: 1,
      resourcePolicy: { Statement: [expect.objectContaining({ Action: 'glue:GetTable' })] },
    });
    expect(ofKind<GlueCatalog>(without.resources, 'glue.catalog')[0]).toMatchObject({ resourcePolicy: null, encryptionMode: 'DISABLED', connectionPasswordEncrypted: false, tableCount: 0 });
    expect(without.errors).toEqual([]);
  });

  it('lists databases and every table of each over pages', async () => {
    // Prepare
    const fake = new FakeAws(account({
      databases: [
        { name: 'sales', tables: Array.from({ length: 150 }, (_, i) => ({ name: `orders_${i}`, location: `s3://lake-curated-111122223333/sales/orders_${i}/` })) },
        { name: 'marketing', tables: [{ name: 'campaigns', location: 's3://lake-curated-111122223333/marketing/campaigns/' }] },
      ],
    }));
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('glue:GetTables').filter((c) => c.input.DatabaseName === 'sales')).toHaveLength(2);
    const tables = ofKind<GlueTable>(result.resources, 'glue.table');
    expect(tables).toHaveLength(151);
    expect(tables.find((t) => t.name === 'marketing.campaigns')).toMatchObject({ arn: arnOf('table/marketing/campaigns'), location: 's3://lake-curated-111122223333/marketing/campaigns/', columnCount: 1 });
    expect(ofKind<GlueCatalog>(result.resources, 'glue.catalog')[0]).toMatchObject({ databaseCount: 2, tableCount: 151 });
  });

  it('lists no tables behind a database resource link: they belong to the other account', async () => {
    // Prepare
    const fake = new FakeAws(account({ databases: [{ name: 'partner_sales', target: '444455556666:sales', tables: [{ name: 'orders' }] }] }));
    // Act
    const result = await collect(fake);
    // Assess
    expect(fake.callsTo('glue:GetTables')).toEqual([]);
    expect(result.resources.find((r) => r.kind === 'glue.database')).toMatchObject({ targetDatabase: '444455556666:sales' });
    expect(ofKind<GlueCatalog>(result.resources, 'glue.catalog')[0]).toMatchObject({ databaseCount: 1, tableCount: 0 });
  });

  it('records an AccessDenied on one job’s tags against that job only', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'glue', operation: 'GetTags', input: { ResourceArn: arnOf('job/orders-daily') }, error: 'AccessDeniedException' }];
    const fake = new FakeAws(account({ ...LAKE, jobs: [...LAKE.jobs!, { name: 'clicks-hourly', role: ROLE, tags: { team: 'web' } }] }), { faults });
    // Act
    const result = await collect(fake);
    // Assess
    const [orders, clicks] = ['orders-daily', 'clicks-hourly'].map((n) => ofKind<GlueJob>(result.resources, 'glue.job').find((j) => j.name === n));
    expect(orders?.tags).toBeUndefined();
    expect(orders?.unknown?.tags).toContain('AccessDeniedException');
    expect(clicks?.tags).toEqual({ team: 'web' });
    expect(result.errors).toEqual([expect.objectContaining({ action: 'glue:GetTags', kind: 'access-denied', resourceArn: arnOf('job/orders-daily') })]);
    expect(result.scopes[0]?.state).toBe('partial');
  });

  it('marks the scope failed when a listing fails, and leaves what depends on it unknown', async () => {
    // Prepare
    const faults: FaultSpec[] = [
      { service: 'glue', operation: 'GetConnections', error: 'AccessDeniedException' },
      { service: 'glue', operation: 'GetTables', input: { DatabaseName: 'sales' }, error: 'InternalServiceException' },
    ];
    // Act
    const result = await collect(new FakeAws(account(LAKE), { faults }));
    // Assess
    expect(result.scopes[0]?.state).toBe('failed');
    const job = ofKind<GlueJob>(result.resources, 'glue.job')[0];
    expect(job?.network).toBeUndefined();
    expect(job?.unknown?.network).toContain('glue:GetConnections failed');
    const catalog = ofKind<GlueCatalog>(result.resources, 'glue.catalog')[0];
    expect(catalog?.tableCount).toBeUndefined();
    expect(catalog?.unknown?.tableCount).toContain('GetTables');
  });

  it('lets no connection password or secret argument reach findings, ASFF output or logs, even when the service returns them', async () => {
    // Prepare
    const leaking: GlueSpec = { ...LAKE, connections: [{ ...LAKE.connections![0]!, leakPassword: true }] };
    restore = new FakeAws(account(leaking)).install();
    const printed: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    // Act
    const out: string[] = [];
    const code = await runCli(['scan', '--regions', REGION, '--services', 'glue,lakeformation', '--format', 'asff'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t), env: {} });
    const result = await scan(buildConfig({ regions: [REGION], services: ['glue', 'lakeformation'] }), { onProgress: (m) => printed.push(m) });
    // Assess
    expect(code).not.toBe(2);
    expect(out.join('')).toContain('glue.job.no_secrets_in_arguments');
    for (const text of [out.join('\n'), printed.join('\n'), JSON.stringify(result)]) expect(text).not.toContain(PASSWORD);
    expect(result.findings.find((f) => f.checkId === 'glue.job.no_secrets_in_arguments')).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('--db_password') });
    expect(result.findings.find((f) => f.checkId === 'glue.connection.uses_secrets_manager')).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('ENCRYPTED_PASSWORD') });
  });

  it('degrades only the checks that read a denied call in a full scan', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'glue', operation: 'GetSecurityConfigurations', error: 'AccessDeniedException' }];
    restore = new FakeAws(account(LAKE), { faults }).install();
    // Act
    const result = await scan(buildConfig({ regions: [REGION], services: ['glue'] }), { now: () => new Date('2026-11-20T09:00:00Z') });
    // Assess
    const job = Object.fromEntries(result.findings.filter((f) => f.resourceName === 'orders-daily').map((f) => [f.checkId, f.status]));
    expect(job).toMatchObject({
      'glue.job.security_configuration': 'NOT_EVALUATED',
      'glue.job.runs_in_vpc': 'PASS',
      'glue.job.continuous_logging': 'PASS',
      'glue.job.supported_version': 'PASS',
      'glue.job.no_secrets_in_arguments': 'FAIL',
    });
    expect(result.findings.find((f) => f.checkId === 'glue.connection.jdbc_ssl')?.status).toBe('PASS');
    expect(result.findings.find((f) => f.checkId === 'glue.crawler.security_configuration')?.status).toBe('NOT_EVALUATED');
  });
});
