import { describe, expect, it } from 'vitest';
import check from '../../../checks/dax/cluster.encrypted.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { daxCluster } from '../dynamodb/builders.js';

describe('dax.cluster.encrypted', () => {
  it('passes when SSEDescription.Status is ENABLED', () => {
    expect(judge(check, daxCluster({ encryptedAtRest: true })).status).toBe('PASS');
  });

  it('fails when the cache is not encrypted at rest, raised for red data', () => {
    expect(judge(check, daxCluster({ encryptedAtRest: false }))).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(judge(check, daxCluster({ encryptedAtRest: false, tags: { data_classification: 'red' } }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('is not evaluated when the encryption status is unknown', () => {
    const verdict = judge(check, daxCluster({ encryptedAtRest: undefined, unknown: { encryptedAtRest: 'DescribeClusters returned no SSEDescription' } }));
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'DescribeClusters returned no SSEDescription' });
  });

  it('is not evaluated when DescribeClusters failed in the region', () => {
    const verdict = judge(check, daxCluster(), [], { errors: [collectionError('dax:DescribeClusters')] });
    expect(verdict.status).toBe('NOT_EVALUATED');
  });
});
