import { describe, expect, it } from 'vitest';
import check from '../../../checks/dax/cluster.tls.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { daxCluster } from '../dynamodb/builders.js';

describe('dax.cluster.tls', () => {
  it('passes when ClusterEndpointEncryptionType is TLS', () => {
    expect(judge(check, daxCluster({ endpointEncryption: 'TLS' })).status).toBe('PASS');
  });

  it('fails when ClusterEndpointEncryptionType is NONE', () => {
    const verdict = judge(check, daxCluster({ endpointEncryption: 'NONE' }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'MEDIUM' });
    expect(verdict.reason).toContain('ClusterEndpointEncryptionType is NONE');
  });

  it('is not evaluated when the endpoint encryption type is unknown', () => {
    const verdict = judge(check, daxCluster({ endpointEncryption: undefined }));
    expect(verdict.status).toBe('NOT_EVALUATED');
    expect(verdict.reason).toContain('endpointEncryption');
  });

  it('is not evaluated when DescribeClusters failed in the region', () => {
    expect(judge(check, daxCluster(), [], { errors: [collectionError('dax:DescribeClusters')] }).status).toBe('NOT_EVALUATED');
  });
});
