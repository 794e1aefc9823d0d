import { describe, expect, it } from 'vitest';
import { defineCheck, fail, pass } from '../../src/engine/check.js';
import { equalsCheck, flagCheck, minimumCheck, notDefaultCheck, tierGatedCheck } from '../../src/engine/check-factories.js';
import { collectionError, judge, resource } from '../builders/inventory.js';
import { daxCluster, table } from '../checks/dynamodb/builders.js';
import { logGroup } from '../checks/logs/builders.js';
import { instance } from '../checks/rds/builders.js';

/** Metadata every factory takes as is; each test names the id and resource kind it is about. */
const METADATA = {
  uses: ['dynamodb:DescribeTable'],
  control: 'backup',
  pillar: 'policy',
  title: 'A check built by a factory',
  description: 'What the control requires and why it matters.',
  severity: 'MEDIUM',
  standards: ['FSBP DynamoDB.6'],
  remediation: { text: 'aws dynamodb update-table --deletion-protection-enabled', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/' },
} as const;

const deletionProtection = flagCheck({
  ...METADATA,
  id: 'dynamodb.table.deletion_protection',
  resource: 'dynamodb.table',
  field: 'deletionProtection',
  apiField: 'DeletionProtectionEnabled',
  consequence: 'DeleteTable would succeed',
});

describe('flagCheck', () => {
  it('is not evaluated when the field is unknown, giving the recorded reason', () => {
    // Prepare
    const subject = table({ deletionProtection: undefined, unknown: { deletionProtection: 'dynamodb:DescribeTable failed: AccessDeniedException' } });
    // Act
    const verdict = judge(deletionProtection, subject);
    // Assess
    expect(verdict).toEqual(expect.objectContaining({ status: 'NOT_EVALUATED', reason: 'dynamodb:DescribeTable failed: AccessDeniedException' }));
  });

  it('names the field when it is unknown and no reason was recorded', () => {
    // Act
    const verdict = judge(deletionProtection, table({ deletionProtection: undefined }));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'deletionProtection was not collected' });
  });

  it('passes on true and fails on false, naming the API field, its value and the consequence', () => {
    // Act
    const on = judge(deletionProtection, table({ deletionProtection: true }));
    const off = judge(deletionProtection, table({ deletionProtection: false }));
    // Assess
    expect(on).toEqual({ status: 'PASS', reason: 'DeletionProtectionEnabled is true', severity: 'MEDIUM' });
    expect(off).toEqual({ status: 'FAIL', reason: 'DeletionProtectionEnabled is false: DeleteTable would succeed', severity: 'MEDIUM' });
  });

  it('passes on false for a flag that names a risk', () => {
    // Prepare
    const notPublic = flagCheck({ ...METADATA, uses: ['rds:DescribeDBInstances'], id: 'rds.instance.not_publicly_accessible', resource: 'rds.instance', field: 'publiclyAccessible', apiField: 'PubliclyAccessible', passWhen: false });
    // Act
    const verdicts = [true, false].map((value) => judge(notPublic, instance({ publiclyAccessible: value })));
    // Assess
    expect(verdicts).toMatchObject([
      { status: 'FAIL', reason: 'PubliclyAccessible is true' },
      { status: 'PASS', reason: 'PubliclyAccessible is false' },
    ]);
  });

  it('spells the values as the API does', () => {
    // Prepare
    const pitr = flagCheck({
      ...METADATA,
      id: 'dynamodb.table.pitr',
      resource: 'dynamodb.table',
      field: 'pointInTimeRecovery',
      apiField: 'PointInTimeRecoveryStatus',
      apiValues: { true: 'ENABLED', false: 'DISABLED' },
    });
    // Act
    const reasons = [true, false].map((value) => judge(pitr, table({ pointInTimeRecovery: value })).reason);
    // Assess
    expect(reasons).toEqual(['PointInTimeRecoveryStatus is ENABLED', 'PointInTimeRecoveryStatus is DISABLED']);
  });

  it('adds the detail and evidence of the outcome, from the resource', () => {
    // Prepare
    const check = flagCheck({
      ...METADATA,
      id: 'dynamodb.table.detailed',
      resource: 'dynamodb.table',
      field: 'deletionProtection',
      apiField: 'DeletionProtectionEnabled',
      consequence: 'DeleteTable would succeed',
      detail: { fail: (t) => ` for table ${t.name}` },
      evidence: { pass: (t, value) => ({ table: t.name, value }) },
    });
    // Act
    const on = judge(check, table({ deletionProtection: true }));
    const off = judge(check, table({ deletionProtection: false }));
    // Assess
    expect(on).toMatchObject({ reason: 'DeletionProtectionEnabled is true', evidence: { table: 'orders', value: true } });
    expect(off).toMatchObject({ reason: 'DeletionProtectionEnabled is false for table orders: DeleteTable would succeed' });
    expect(off).not.toHaveProperty('evidence');
  });

  it('still yields to the engine: a failed call among its uses makes a known field NOT_EVALUATED', () => {
    // Prepare
    const subject = table({ deletionProtection: true });
    // Act
    const verdict = judge(deletionProtection, subject, [], { errors: [collectionError('dynamodb:DescribeTable', { resourceArn: subject.arn })] });
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
  });

  it('returns the check defineCheck returns, with its metadata and none of the shape parameters', () => {
    // Act
    const { evaluate: _evaluate, ...fields } = deletionProtection;
    // Assess
    expect(Object.isFrozen(deletionProtection)).toBe(true);
    expect(fields).toEqual({ ...METADATA, id: 'dynamodb.table.deletion_protection', resource: 'dynamodb.table', service: 'dynamodb' });
  });

  it('validates the metadata as defineCheck does', () => {
    // Act
    const build = () => flagCheck({ ...METADATA, id: 'Not An Id', resource: 'dynamodb.table', field: 'deletionProtection', apiField: 'DeletionProtectionEnabled' });
    // Assess
    expect(build).toThrow(/service\.resource\.property/);
  });

  it('accepts only boolean fields of the resource kind', () => {
    // Act
    const typos = () => [
      // @ts-expect-error a misspelt field does not compile
      flagCheck({ ...METADATA, id: 'dynamodb.table.typo', resource: 'dynamodb.table', field: 'deletionProtecton', apiField: 'X' }),
      // @ts-expect-error a field that is not a yes/no does not compile
      flagCheck({ ...METADATA, id: 'dynamodb.table.not_boolean', resource: 'dynamodb.table', field: 'status', apiField: 'X' }),
    ];
    // Assess
    expect(typos).toBeTypeOf('function');
  });
});

describe('equalsCheck', () => {
  const tls = equalsCheck({
    ...METADATA,
    uses: ['dax:DescribeClusters'],
    id: 'dax.cluster.tls',
    resource: 'dax.cluster',
    field: 'endpointEncryption',
    apiField: 'ClusterEndpointEncryptionType',
    passWhen: 'TLS',
    consequence: 'clients reach the cache without TLS',
    evidence: { fail: (_cluster, type) => ({ endpointEncryption: type }) },
  });

  it('passes only the required value', () => {
    // Act
    const verdict = judge(tls, daxCluster({ endpointEncryption: 'TLS' }));
    // Assess
    expect(verdict).toEqual({ status: 'PASS', reason: 'ClusterEndpointEncryptionType is TLS', severity: 'MEDIUM' });
  });

  it('fails any other value, naming it, with the evidence of a failure', () => {
    // Act
    const verdict = judge(tls, daxCluster({ endpointEncryption: 'NONE' }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: 'ClusterEndpointEncryptionType is NONE: clients reach the cache without TLS', evidence: { endpointEncryption: 'NONE' } });
  });

  it('is not evaluated when the field is unknown, naming it', () => {
    // Act
    const verdict = judge(tls, daxCluster({ endpointEncryption: undefined }));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'endpointEncryption was not collected' });
  });

  it('accepts only text fields of the resource kind', () => {
    // Act
    const typos = () => [
      // @ts-expect-error a yes/no field is not a text field
      equalsCheck({ ...METADATA, id: 'dax.cluster.not_text', resource: 'dax.cluster', field: 'encryptedAtRest', apiField: 'X', passWhen: 'TLS' }),
    ];
    // Assess
    expect(typos).toBeTypeOf('function');
  });
});

describe('notDefaultCheck', () => {
  const cluster = (masterUsername: string | undefined) =>
    resource('redshift.cluster', { name: 'analytics', clusterIdentifier: 'analytics', masterUsername, tags: { data_classification: 'orange' } });
  const oneDefault = notDefaultCheck({ ...METADATA, uses: ['redshift:DescribeClusters'], id: 'redshift.cluster.no_default_admin', resource: 'redshift.cluster', field: 'masterUsername', apiField: 'MasterUsername', defaults: ['awsuser'] });
  const severalDefaults = notDefaultCheck({ ...METADATA, uses: ['redshift:DescribeClusters'], id: 'redshift.cluster.no_default_names', resource: 'redshift.cluster', field: 'masterUsername', apiField: 'MasterUsername', defaults: ['admin', 'root'] });

  it('fails a default name, naming it as written, whatever its case', () => {
    // Act
    const reasons = ['awsuser', 'AwsUser'].map((name) => judge(oneDefault, cluster(name)));
    // Assess
    expect(reasons).toMatchObject([
      { status: 'FAIL', reason: 'MasterUsername is the default awsuser' },
      { status: 'FAIL', reason: 'MasterUsername is the default AwsUser' },
    ]);
  });

  it('passes another name, saying which default it is not', () => {
    // Act
    const one = judge(oneDefault, cluster('etl_owner'));
    const several = judge(severalDefaults, cluster('etl_owner'));
    // Assess
    expect(one).toMatchObject({ status: 'PASS', reason: 'MasterUsername etl_owner is not the default awsuser' });
    expect(several).toMatchObject({ status: 'PASS', reason: 'MasterUsername etl_owner is not a default name' });
  });

  it('is not evaluated when the name is unknown, naming the field', () => {
    // Act
    const verdict = judge(oneDefault, cluster(undefined));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'masterUsername was not collected' });
  });
});

describe('minimumCheck', () => {
  const retention = minimumCheck({
    ...METADATA,
    uses: ['logs:DescribeLogGroups'],
    id: 'logs.log_group.retention',
    resource: 'logs.log_group',
    field: 'retentionInDays',
    apiField: 'retentionInDays',
    minimum: 'minLogRetentionDays',
    sentinel: { value: null, passes: true, means: 'the log group never expires' },
    evidence: { fail: (_group, days, min) => ({ retentionInDays: days, minLogRetentionDays: min }) },
  });
  const snapshots = minimumCheck({
    ...METADATA,
    uses: ['redshift:DescribeClusters'],
    id: 'redshift.cluster.automated_snapshots',
    resource: 'redshift.cluster',
    field: 'automatedSnapshotRetentionDays',
    apiField: 'AutomatedSnapshotRetentionPeriod',
    minimum: 'minBackupRetentionDays',
    unit: 'days',
    sentinel: { value: 0, passes: false, means: 'automated snapshots are off' },
  });
  const cluster = (automatedSnapshotRetentionDays: number | undefined) =>
    resource('redshift.cluster', { name: 'analytics', clusterIdentifier: 'analytics', automatedSnapshotRetentionDays, tags: { data_classification: 'orange' } });

  it('passes at the minimum and fails below it, naming the field, its value and the minimum', () => {
    // Act
    const at = judge(retention, logGroup({ retentionInDays: 365 }));
    const below = judge(retention, logGroup({ retentionInDays: 30 }));
    // Assess
    expect(at).toEqual({ status: 'PASS', reason: 'retentionInDays is 365, at least the required 365', severity: 'MEDIUM' });
    expect(below).toMatchObject({ status: 'FAIL', reason: 'retentionInDays is 30, below the required 365', evidence: { retentionInDays: 30, minLogRetentionDays: 365 } });
  });

  it('reads the minimum from the settings', () => {
    // Act
    const verdict = judge(retention, logGroup({ retentionInDays: 30 }), [], {}, { minLogRetentionDays: 30 });
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: 'retentionInDays is 30, at least the required 30' });
  });

  it('says the unit, one day or several', () => {
    // Act
    const reasons = [1, 7].map((days) => judge(snapshots, cluster(days)).reason);
    // Assess
    expect(reasons).toEqual(['AutomatedSnapshotRetentionPeriod is 1 day, below the required 7', 'AutomatedSnapshotRetentionPeriod is 7 days, at least the required 7']);
  });

  it('judges a sentinel by its meaning, not as an amount', () => {
    // Act
    const off = judge(snapshots, cluster(0));
    const forever = judge(retention, logGroup({ retentionInDays: null }));
    // Assess
    expect(off).toMatchObject({ status: 'FAIL', reason: 'AutomatedSnapshotRetentionPeriod is 0: automated snapshots are off' });
    expect(forever).toMatchObject({ status: 'PASS', reason: 'retentionInDays is not set: the log group never expires' });
  });

  it('is not evaluated when the number is unknown, naming the field', () => {
    // Act
    const verdict = judge(snapshots, cluster(undefined));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'automatedSnapshotRetentionDays was not collected' });
  });

  it('requires a field that can be null to say what null means, and the minimum to be a number setting', () => {
    // Act
    const mistakes = () => [
      // @ts-expect-error retentionInDays can be null, so the sentinel for null is required
      minimumCheck({ ...METADATA, id: 'logs.log_group.no_sentinel', resource: 'logs.log_group', field: 'retentionInDays', apiField: 'X', minimum: 'minLogRetentionDays' }),
      // @ts-expect-error deepSql is not a number
      minimumCheck({ ...METADATA, id: 'redshift.cluster.bad_minimum', resource: 'redshift.cluster', field: 'automatedSnapshotRetentionDays', apiField: 'X', minimum: 'deepSql' }),
    ];
    // Assess
    expect(mistakes).toBeTypeOf('function');
  });
});

describe('tierGatedCheck', () => {
  const copy = tierGatedCheck({
    ...METADATA,
    id: 'dynamodb.table.copy_elsewhere',
    resource: 'dynamodb.table',
    requiredFor: ['red'],
    requirement: 'cross-region copy',
    noun: 'table',
    evaluate: (t) => (t.pointInTimeRecovery ? pass('PointInTimeRecoveryStatus is ENABLED') : fail('PointInTimeRecoveryStatus is DISABLED', { severity: 'CRITICAL' })),
  });

  it('is not applicable to other tiers, saying what is required for which data', () => {
    // Act
    const verdict = judge(copy, table({ tags: { data_classification: 'orange' } }));
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'cross-region copy is required for red data; this table is orange' });
  });

  it('hands the required tiers to the check, whose verdicts pass through untouched', () => {
    // Act
    const passed = judge(copy, table({ tags: { data_classification: 'red' } }));
    const failed = judge(copy, table({ tags: { data_classification: 'red' }, pointInTimeRecovery: false }));
    // Assess
    expect(passed).toMatchObject({ status: 'PASS', reason: 'PointInTimeRecoveryStatus is ENABLED' });
    expect(failed).toMatchObject({ status: 'FAIL', severity: 'CRITICAL' });
  });

  it('names every tier the control is required for', () => {
    // Prepare
    const sensitive = tierGatedCheck({ ...METADATA, id: 'dynamodb.table.sensitive', resource: 'dynamodb.table', requiredFor: ['red', 'orange'], requirement: 'a customer managed key', noun: 'table', evaluate: () => pass('KmsKeyId is set') });
    // Act
    const verdict = judge(sensitive, table({ tags: { data_classification: 'green' } }));
    // Assess
    expect(verdict.reason).toBe('a customer managed key is required for red or orange data; this table is green');
  });

  it('keeps the metadata of the check it wraps', () => {
    // Prepare
    const plain = defineCheck({ ...METADATA, id: 'dynamodb.table.copy_elsewhere', resource: 'dynamodb.table', evaluate: () => pass('x') });
    // Act
    const { evaluate: _a, ...gated } = copy;
    const { evaluate: _b, ...expected } = plain;
    // Assess
    expect(gated).toEqual(expected);
  });
});
