/**
 * Verdicts decide from the evidence they have: the decisive fact first, one source enough for an "any of"
 * requirement, a resource classified from all its evidence, and an unknown tier never defaulted silently.
 */
import { describe, expect, it } from 'vitest';
import dataEvents from '../../checks/dynamodb/table.cloudtrail_data_events.js';
import tableEncryptedCmk from '../../checks/dynamodb/table.encrypted_cmk.js';
import tablePitr from '../../checks/dynamodb/table.pitr.js';
import jdbcSsl from '../../checks/glue/connection.jdbc_ssl.js';
import rdsCrossRegion from '../../checks/rds/cluster.cross_region_copy.js';
import rdsEncrypted from '../../checks/rds/cluster.encrypted_cmk.js';
import redshiftEncrypted from '../../checks/redshift/cluster.encrypted_cmk.js';
import { defineCheck, decidedBy, pass } from '../../src/engine/check.js';
import { inferConnectionType } from '../../src/collectors/glue-connections.js';
import { classificationOf, DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import { collectionError, judge, resource } from '../builders/inventory.js';
import { ALL_MANAGEMENT, trail, trailAccount } from '../checks/cloudtrail/builders.js';
import { table } from '../checks/dynamodb/builders.js';
import { jdbc } from '../checks/glue/builders.js';
import { cluster as auroraCluster } from '../checks/rds/builders.js';
import { cluster, CMK } from '../checks/redshift/builders.js';

const keyDenied = (ref: string) => collectionError('kms:DescribeKey', { resourceArn: ref });

describe('the decisive fact first', () => {
  it('fails unencrypted Redshift storage whatever the key lookup says', () => {
    // Prepare
    const subject = cluster({ encrypted: false, kmsKeyId: CMK, kmsKeyRefs: [CMK] });
    // Act
    const verdict = judge(redshiftEncrypted, subject, [], { errors: [keyDenied(CMK)] });
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', reason: 'Encrypted is false: the cluster data is not encrypted at rest' });
  });

  it('fails unencrypted Aurora storage whatever the key lookup says', () => {
    // Prepare
    const subject = auroraCluster({ storageEncrypted: false });
    // Act
    const verdict = judge(rdsEncrypted, subject, [], { errors: [collectionError('kms:DescribeKey', { code: 'AccessDeniedException' })] });
    // Assess
    expect(verdict.status).toBe('FAIL');
  });

  it('judges a table on the AWS owned key from its own description, whatever the key lookup says', () => {
    // Prepare
    const subject = table({ encryption: { type: 'AWS_OWNED' }, kmsKeyRefs: [] });
    // Act
    const verdict = judge(tableEncryptedCmk, subject, [], { errors: [collectionError('kms:DescribeKey', { code: 'AccessDeniedException' })] });
    // Assess
    expect(verdict.status).toBe('FAIL');
  });

  it('still sets aside a verdict whose own key lookup failed', () => {
    // Prepare
    const subject = cluster({ encrypted: true, kmsKeyId: CMK, kmsKeyRefs: [CMK] });
    // Act
    const verdict = judge(redshiftEncrypted, subject, [], { errors: [keyDenied(CMK)] });
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});

describe('one source is enough for an "any of" requirement; only a failure needs every source', () => {
  const RED = table({ name: 'customer-profiles', tags: { data_classification: 'red', pii: 'high' } });
  const covering = trail({ selectors: { basic: [...ALL_MANAGEMENT.basic, { readWriteType: 'All', includeManagementEvents: false, dataResources: [{ type: 'AWS::DynamoDB::Table', values: ['arn:aws:dynamodb'] }], excludeManagementEventSources: [] }], advanced: [] } });
  const storesDenied = collectionError('cloudtrail:ListEventDataStores', { service: 'cloudtrail' });

  it('passes on a trail recording the table although the event data store listing failed', () => {
    // Act
    const verdict = judge(dataEvents, RED, [trailAccount([covering]), covering], { errors: [storesDenied] });
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: 'trail data-platform-audit records read and write data events on the table' });
  });

  it('does not fail while a source that could cover the table was not read', () => {
    // Prepare
    const managementOnly = trail();
    // Act
    const verdict = judge(dataEvents, RED, [trailAccount([managementOnly]), managementOnly], { errors: [storesDenied] });
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
  });

  it('passes an Aurora cluster on a cross-region replica although the global database listing failed', () => {
    // Prepare
    const subject = auroraCluster({ tags: { data_classification: 'red' }, readReplicas: ['arn:aws:rds:us-east-1:111122223333:cluster:ledger-replica'] });
    // Act
    const verdict = judge(rdsCrossRegion, subject, [], { errors: [collectionError('rds:DescribeGlobalClusters')] });
    // Assess
    expect(verdict.status).toBe('PASS');
  });

  it('never lets a verdict rest on a call its check does not declare', () => {
    // Prepare
    const sly = defineCheck({ ...tablePitr, id: 'dynamodb.table.sly_rests', evaluate: () => decidedBy(['s3:GetObject'], pass('fine')) });
    // Act
    const verdict = judge(sly, table());
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('does not declare') as string });
  });
});

describe('a resource is classified from all its evidence', () => {
  it('reads a Glue connection without ConnectionType but with a JDBC URL as a JDBC connection', () => {
    // Prepare
    const untyped = jdbc({ connectionType: undefined, properties: { JDBC_CONNECTION_URL: 'jdbc:postgresql://orders.internal:5432/orders' } });
    const inferred = inferConnectionType(untyped.properties!);
    // Act
    const verdict = judge(jdbcSsl, { ...untyped, connectionType: inferred?.type, connectionTypeInferred: inferred?.from });
    // Assess
    expect(inferred).toEqual({ type: 'JDBC', from: 'JDBC_CONNECTION_URL' });
    expect(verdict).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('JDBC_ENFORCE_SSL is not set') as string });
  });

  it('does not call a connection of unknown type "not JDBC"', () => {
    // Act
    const verdict = judge(jdbcSsl, jdbc({ connectionType: undefined, properties: { SECRET_ID: 'glue/orders' } }));
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});

describe('an unknown data tier is not the default tier', () => {
  const unreadable = (fields: Parameters<typeof table>[0]) => {
    const t = table({ ...fields, tags: undefined, unknown: { tags: 'dynamodb:ListTagsOfResource failed: AccessDeniedException: denied' } });
    return { ...t, classification: classificationOf(t, DEFAULT_CLASSIFICATION) };
  };

  it('is not evaluated where the verdict would differ by tier, naming why the tier is unknown', () => {
    // Act
    const verdict = judge(tableEncryptedCmk, unreadable({ encryption: { type: 'AWS_OWNED' }, kmsKeyRefs: [] }));
    // Assess
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('the verdict depends on the data tier, which is unknown because dynamodb:ListTagsOfResource failed');
    expect(verdict.reason).toContain('green: PASS');
  });

  it('keeps a verdict that is the same at every tier', () => {
    // Act
    const verdict = judge(tablePitr, unreadable({ pointInTimeRecovery: false }));
    // Assess
    expect(verdict.status).toBe('FAIL');
  });

  it('knows red data stays red whatever unread tags would add', () => {
    // Prepare
    const partlyRead = resource('glue.table', { name: 'sales.cards', databaseName: 'sales', tableName: 'cards', lfTags: { data_classification: 'red', pii: 'high' }, unknown: { tags: 'not read' } });
    // Act
    const classification = classificationOf(partlyRead, DEFAULT_CLASSIFICATION);
    // Assess
    expect(classification).toMatchObject({ effectiveTier: 'red' });
    expect(classification.unknown).toBeUndefined();
  });
});
