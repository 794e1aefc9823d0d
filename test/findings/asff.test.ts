import { describe, expect, it } from 'vitest';
import type { AsffResourceMappers } from '../../src/findings/asff-resource.js';
import { ASFF_LIMITS, IMPORT_LIMITS, jsonBytes } from '../../src/findings/asff-limits.js';
import { PRODUCT_FIELDS, asffShape, fitFindingSize, productArn, toAsff } from '../../src/findings/asff.js';
import { findingWith, type Finding } from '../../src/findings/finding.js';
import { resource } from '../builders/inventory.js';
import { ACCOUNT, findingOf, findingsFor, table } from './builders.js';

const NOW = '2026-11-01T12:05:00.000Z';
const OPTIONS = { partition: 'aws', now: NOW, mappers: {} } as const;
const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`;

const dynamoMapper: AsffResourceMappers = {
  'dynamodb.table': (t) => ({ TableName: t.name, TableStatus: t.status }),
};

describe('toAsff', () => {
  it('maps a failing check on red data to an active, failed finding of our own product (golden)', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const finding = findingOf(findings, 'dynamodb.table.pitr', 'orders');
    // Act
    const asff = toAsff(finding, inventory.resources[0], { ...OPTIONS, create: true });
    // Assess
    const types = [
      'Software and Configuration Checks/AWS Security Best Practices/Backup and recovery',
      'Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices',
    ];
    expect(asff).toEqual({
      SchemaVersion: '2018-10-08',
      Id: `data-posture/dynamodb.table.pitr/${TABLE_ARN}`,
      ProductArn: `arn:aws:securityhub:eu-west-1:${ACCOUNT}:product/${ACCOUNT}/default`,
      ProductName: 'data-posture',
      GeneratorId: 'dynamodb.table.pitr',
      AwsAccountId: ACCOUNT,
      Region: 'eu-west-1',
      Types: types,
      CreatedAt: NOW,
      UpdatedAt: NOW,
      FirstObservedAt: '2026-11-01T12:00:00.000Z',
      LastObservedAt: '2026-11-01T12:00:00.000Z',
      Severity: { Label: 'HIGH', Original: 'HIGH' },
      Title: 'DynamoDB table has point-in-time recovery enabled',
      Description:
        'FAIL: PointInTimeRecoveryStatus is DISABLED\n\nPoint-in-time recovery keeps continuous backups for 35 days, so a table can be restored to any second after accidental writes or deletes.',
      Remediation: {
        Recommendation: {
          Text: 'aws dynamodb update-continuous-backups --table-name NAME --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
          Url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
        },
      },
      Compliance: {
        Status: 'FAILED',
        RelatedRequirements: ['FSBP DynamoDB.2'],
        StatusReasons: [{ ReasonCode: 'CHECK_FAILED', Description: 'PointInTimeRecoveryStatus is DISABLED' }],
      },
      Resources: [
        {
          Type: 'Other',
          Id: TABLE_ARN,
          Partition: 'aws',
          Region: 'eu-west-1',
          Tags: { data_classification: 'red', owner: 'payments' },
          Details: { Other: { classificationSource: 'tag:data_classification=red', dataTier: 'red', kind: 'dynamodb.table', name: 'orders' } },
        },
      ],
      ProductFields: {
        'data-posture/CheckId': 'dynamodb.table.pitr',
        'data-posture/ControlArea': 'backup',
        'data-posture/ControlName': 'Backup and recovery',
        'data-posture/Pillar': 'policy',
        'data-posture/Service': 'dynamodb',
        'data-posture/DataTier': 'red',
        'data-posture/EffectiveTier': 'red',
        'data-posture/ClassificationSource': 'tag:data_classification=red',
        'data-posture/ResourceKind': 'dynamodb.table',
        'data-posture/Verdict': 'FAIL',
        'data-posture/Fingerprint': expect.stringMatching(/^[0-9a-f]{32}$/),
      },
      FindingProviderFields: { Severity: { Label: 'HIGH', Original: 'HIGH' }, Types: types },
      RecordState: 'ACTIVE',
      Workflow: { Status: 'NEW' },
    });
  });

  it('uses the service mapper for the resource type and details when the kind has one', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    // Act
    const asff = toAsff(findingOf(findings, 'dynamodb.table.pitr', 'orders'), inventory.resources[0], { ...OPTIONS, mappers: dynamoMapper });
    // Assess
    expect(asff.Resources?.[0]).toMatchObject({ Type: 'AwsDynamoDbTable', Id: TABLE_ARN, Details: { AwsDynamoDbTable: { TableName: 'orders', TableStatus: 'ACTIVE' } } });
  });

  it('falls back to Other, saying why, when a resource mapper throws', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const broken: AsffResourceMappers = { 'dynamodb.table': () => { throw new Error('TableStatus missing'); } };
    // Act
    const asff = toAsff(findingOf(findings, 'dynamodb.table.pitr', 'orders'), inventory.resources[0], { ...OPTIONS, mappers: broken });
    // Assess
    expect(asff.Resources?.[0]).toMatchObject({ Type: 'Other', Details: { Other: { kind: 'dynamodb.table', detailsError: 'resource mapper failed: TableStatus missing' } } });
  });

  it('resolves a passing check as PASSED, INFORMATIONAL and ARCHIVED, keeping the control severity as Original', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders', { pointInTimeRecovery: true })]);
    // Act
    const asff = toAsff(findingOf(findings, 'dynamodb.table.pitr', 'orders'), inventory.resources[0], OPTIONS);
    // Assess
    expect(asff).toMatchObject({ Compliance: { Status: 'PASSED' }, Severity: { Label: 'INFORMATIONAL', Original: 'HIGH' }, RecordState: 'ARCHIVED' });
    expect(asff.Workflow).toBeUndefined();
  });

  it('imports a check that could not decide as NOT_AVAILABLE with the reason', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders', { pointInTimeRecovery: undefined, unknown: { pointInTimeRecovery: 'dynamodb:DescribeContinuousBackups failed: AccessDeniedException' } })]);
    // Act
    const asff = toAsff(findingOf(findings, 'dynamodb.table.pitr', 'orders'), inventory.resources[0], OPTIONS);
    // Assess
    expect(asff.Compliance).toMatchObject({ Status: 'NOT_AVAILABLE', StatusReasons: [{ ReasonCode: 'NOT_EVALUATED', Description: expect.stringContaining('AccessDeniedException') }] });
    expect(asff.RecordState).toBe('ACTIVE');
  });

  it('imports a suppressed failure as WARNING naming the owner, reason and expiry', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const finding: Finding = findingWith(findingOf(findings, 'dynamodb.table.pitr', 'orders'), { suppression: { reason: 'restored from S3 exports nightly', owner: 'data-platform@example.com', expires: '2027-03-31', index: 0, source: 'suppressions.json' } });
    // Act
    const asff = toAsff(finding, inventory.resources[0], OPTIONS);
    // Assess
    expect(asff.Compliance?.Status).toBe('WARNING');
    expect(asff.Description).toContain('Suppressed until 2027-03-31 by data-platform@example.com: restored from S3 exports nightly');
    expect(asff.ProductFields).toMatchObject({ [PRODUCT_FIELDS.suppressedBy]: 'data-platform@example.com', [PRODUCT_FIELDS.suppressionExpires]: '2027-03-31' });
  });

  it('gives the same document, fingerprint included, for the same finding on every run', () => {
    // Prepare
    const first = findingsFor([table('orders')]);
    const second = findingsFor([table('orders')]);
    // Act
    const a = toAsff(findingOf(first.findings, 'dynamodb.table.pitr', 'orders'), first.inventory.resources[0], OPTIONS);
    const b = toAsff(findingOf(second.findings, 'dynamodb.table.pitr', 'orders'), second.inventory.resources[0], OPTIONS);
    // Assess
    expect(b).toEqual(a);
  });

  it('changes the fingerprint when the verdict changes but not when only the time does', () => {
    // Prepare
    const failing = findingsFor([table('orders')]);
    const passing = findingsFor([table('orders', { pointInTimeRecovery: true })]);
    const fp = (f: Finding, now: string) => toAsff(f, undefined, { ...OPTIONS, now }).ProductFields?.[PRODUCT_FIELDS.fingerprint];
    // Act
    const base = fp(findingOf(failing.findings, 'dynamodb.table.pitr', 'orders'), NOW);
    const later = fp(findingOf(failing.findings, 'dynamodb.table.pitr', 'orders'), '2026-12-01T00:00:00.000Z');
    const fixed = fp(findingOf(passing.findings, 'dynamodb.table.pitr', 'orders'), NOW);
    // Assess
    expect(later).toBe(base);
    expect(fixed).not.toBe(base);
  });

  it('builds the product ARN of the partition, region and account', () => {
    expect(productArn('aws-cn', 'cn-north-1', ACCOUNT)).toBe(`arn:aws-cn:securityhub:cn-north-1:${ACCOUNT}:product/${ACCOUNT}/default`);
  });
});

describe('toAsff within Security Hub limits', () => {
  const base = () => findingOf(findingsFor([table('orders')]).findings, 'dynamodb.table.pitr', 'orders');

  it('truncates title, description and remediation text instead of rejecting them', () => {
    // Prepare
    const long = 'x'.repeat(5000);
    const finding: Finding = findingWith(base(), { title: long, description: long, reason: long, remediation: { text: long, url: 'https://docs.aws.amazon.com/' } });
    // Act
    const asff = toAsff(finding, undefined, OPTIONS);
    // Assess
    expect(asff.Title).toHaveLength(ASFF_LIMITS.title);
    expect(asff.Title?.endsWith('…')).toBe(true);
    expect(asff.Description).toHaveLength(ASFF_LIMITS.description);
    expect(asff.Remediation?.Recommendation?.Text).toHaveLength(ASFF_LIMITS.remediationText);
  });

  it('keeps ProductFields at 50 pairs however much evidence a check gives', () => {
    // Prepare
    const evidence = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`field${String(i).padStart(2, '0')}`, `value ${i}`]));
    const finding: Finding = findingWith(base(), { evidence });
    // Act
    const fields = toAsff(finding, undefined, OPTIONS).ProductFields ?? {};
    // Assess
    expect(Object.keys(fields)).toHaveLength(ASFF_LIMITS.productFields);
    expect(fields[PRODUCT_FIELDS.checkId]).toBe('dynamodb.table.pitr');
    expect(fields[PRODUCT_FIELDS.fingerprint]).toBeDefined();
    expect(fields['data-posture/evidence/field00']).toBe('value 0');
  });

  it('keeps resource tags and Other details within their pair and length limits', () => {
    // Prepare
    const tags = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`tag${String(i).padStart(2, '0')}`, 'v'.repeat(400)]));
    const { findings, inventory } = findingsFor([table('orders', { tags })]);
    const manyPairs = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'd'.repeat(2000)]));
    const mappers: AsffResourceMappers = { 'dax.cluster': () => manyPairs };
    const cluster = resource('dax.cluster', { name: 'orders-cache' });
    // Act
    const mapped = toAsff(findingOf(findings, 'dynamodb.table.pitr', 'orders'), inventory.resources[0], OPTIONS).Resources?.[0];
    const other = asffShape('dax.cluster', cluster, mappers)?.Details?.Other;
    // Assess
    expect(Object.keys(mapped?.Tags ?? {})).toHaveLength(ASFF_LIMITS.resourceTags);
    expect(Object.values(mapped?.Tags ?? {}).every((v) => v.length <= ASFF_LIMITS.tagValue)).toBe(true);
    expect(Object.keys(other ?? {})).toHaveLength(ASFF_LIMITS.otherPairs);
    expect(Object.values(other ?? {}).every((v) => v.length <= ASFF_LIMITS.otherValue)).toBe(true);
  });

  it('drops oversized resource details to stay under 240 KB', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const huge = Array.from({ length: 3000 }, (_, i) => ({ AttributeName: `attribute_${i}_${'a'.repeat(80)}`, AttributeType: 'S' }));
    const mappers: AsffResourceMappers = { 'dynamodb.table': () => ({ AttributeDefinitions: huge }) };
    // Act
    const asff = toAsff(findingOf(findings, 'dynamodb.table.pitr', 'orders'), inventory.resources[0], { ...OPTIONS, mappers });
    // Assess
    expect(jsonBytes(asff)).toBeLessThanOrEqual(ASFF_LIMITS.findingBytes);
    expect(asff.Resources?.[0]?.Type).toBe('AwsDynamoDbTable');
    expect(asff.Resources?.[0]?.Details?.Other?.detailsOmitted).toContain('240 KB');
  });

  it('leaves a finding already under the size limit untouched', () => {
    // Prepare
    const asff = toAsff(base(), undefined, OPTIONS);
    const before = structuredClone(asff);
    // Act
    const fitted = fitFindingSize(asff);
    // Assess
    expect(fitted).toEqual(before);
  });

  it('states the import limits Security Hub documents', () => {
    expect(IMPORT_LIMITS).toEqual({ batchFindings: 100, batchBytes: 6 * 1024 * 1024 });
    expect(ASFF_LIMITS.findingBytes).toBe(240 * 1024);
  });
});
