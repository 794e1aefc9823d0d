import { describe, expect, it } from 'vitest';
import check from '../../../checks/logs/log_group.kms_encrypted.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { table } from '../dynamodb/builders.js';
import { cluster } from '../redshift/builders.js';
import { logGroup } from './builders.js';

const RED = { data_classification: 'red' };

describe('logs.log_group.kms_encrypted', () => {
  it('passes when the group has a KMS key', () => {
    expect(judge(check, logGroup())).toMatchObject({ status: 'PASS', reason: expect.stringMatching(/^kmsKeyId is arn:aws:kms:/) });
  });

  it('fails for a group of a red store linked by name, at the red severity', () => {
    // Prepare
    const subject = logGroup({ logGroupName: '/aws/redshift/cluster/finance-dw/useractivitylog', kmsKeyId: null, kmsKeyRefs: [] });
    // Act
    const verdict = judge(check, subject, [cluster({ clusterIdentifier: 'finance-dw', tags: RED }), cluster({ clusterIdentifier: 'sandbox', tags: { data_classification: 'green' } })]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: 'kmsKeyId is not set (service default encryption) and the log group holds red data, from store finance-dw (finance-dw is red)' });
  });

  it('is not applicable for a group of a non-red store, even when another store of the service is red', () => {
    const subject = logGroup({ logGroupName: '/aws/redshift/cluster/sandbox/useractivitylog', kmsKeyId: null });
    const verdict = judge(check, subject, [cluster({ clusterIdentifier: 'finance-dw', tags: RED }), cluster({ clusterIdentifier: 'sandbox', tags: { data_classification: 'green' } })]);
    expect(verdict).toMatchObject({ status: 'NOT_APPLICABLE', reason: expect.stringContaining('the tier is green, from store sandbox') });
  });

  it('treats a shared group as serving every store of its service in the region', () => {
    const subject = logGroup({ logGroupName: '/aws/dynamodb/contributor-insights', kmsKeyId: null });
    expect(judge(check, subject, [table({ name: 'orders' }), table({ name: 'customer-profiles', tags: RED })])).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('every /aws/dynamodb/ store in eu-west-1 (customer-profiles is red)') });
  });

  it('fails for a group tagged red itself, raised by the engine', () => {
    expect(judge(check, logGroup({ kmsKeyId: null, tags: RED }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated when the group could not be described', () => {
    expect(judge(check, logGroup({ kmsKeyId: undefined, unknown: { kmsKeyId: 'logs:DescribeLogGroups failed: AccessDeniedException' } }))).toMatchObject({ status: 'NOT_EVALUATED' });
    expect(judge(check, logGroup(), [], { errors: [collectionError('logs:DescribeLogGroups')] }).status).toBe('NOT_EVALUATED');
  });
});
