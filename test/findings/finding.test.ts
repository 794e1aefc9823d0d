import { describe, expect, it } from 'vitest';
import { findingId, findingWith, plainFinding } from '../../src/findings/finding.js';
import { ACCOUNT, COLLECTED_AT, findingOf, findingsFor, table } from './builders.js';

const ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`;

describe('findings made by the engine', () => {
  it('read their check and resource through, and serialize with every field', () => {
    // Prepare
    const { findings } = findingsFor([table('orders', { tags: { data_classification: 'red', pii: 'high' } })]);
    // Act
    const finding = findingOf(findings, 'dynamodb.table.pitr', 'orders');
    const json = JSON.parse(JSON.stringify(finding)) as Record<string, unknown>;
    // Assess
    expect(json).toMatchObject({
      id: `data-posture/dynamodb.table.pitr/${ARN}`,
      checkId: 'dynamodb.table.pitr',
      status: 'FAIL',
      control: 'backup',
      controlName: 'Backup and recovery',
      service: 'dynamodb',
      resourceArn: ARN,
      resourceName: 'orders',
      resourceKind: 'dynamodb.table',
      region: 'eu-west-1',
      accountId: ACCOUNT,
      tier: 'red',
      effectiveTier: 'red',
      pii: 'high',
      observedAt: COLLECTED_AT,
    });
    expect(json.title).toEqual(expect.any(String));
    expect(json.remediation).toEqual({ text: expect.any(String), url: expect.stringMatching(/^https:/) });
    expect(json).toEqual(plainFinding(finding));
  });

  it('are copied with changes through findingWith, never by a spread that would drop what they read through', () => {
    // Prepare
    const { findings } = findingsFor([table('orders')]);
    const finding = findingOf(findings, 'dynamodb.table.pitr', 'orders');
    // Act
    const changed = findingWith(finding, { status: 'NOT_APPLICABLE', reason: 'TableStatus is DELETING' });
    // Assess
    expect(changed).toEqual({ ...plainFinding(finding), status: 'NOT_APPLICABLE', reason: 'TableStatus is DELETING' });
    expect({ ...finding }.title).toBeUndefined();
  });

  it('share one id prefix per check and hash an ARN too long for Security Hub', () => {
    expect(findingId('dynamodb.table.pitr', ARN)).toBe(`data-posture/dynamodb.table.pitr/${ARN}`);
    const long = `${ARN}/${'x'.repeat(600)}`;
    expect(findingId('dynamodb.table.pitr', long)).toMatch(/^data-posture\/dynamodb\.table\.pitr\/sha256:[0-9a-f]{64}$/);
  });
});
