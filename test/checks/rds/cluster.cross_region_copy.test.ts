import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster.cross_region_copy.js';
import { ACCOUNT, judge, REGION } from '../../builders/inventory.js';
import { cluster, snapshot } from './builders.js';

const red = { data_classification: 'red' };

describe('rds.cluster.cross_region_copy', () => {
  it('passes a red cluster in a global database with a member in another region', () => {
    // Prepare
    const subject = cluster({ tags: red, globalCluster: { identifier: 'orders-global', memberRegions: ['eu-west-1', 'us-east-1'] } });
    // Assess
    expect(judge(check, subject)).toMatchObject({ status: 'PASS', reason: 'member of global database orders-global with members in us-east-1' });
  });

  it('passes a red cluster with a cross-region read replica', () => {
    expect(judge(check, cluster({ tags: red, readReplicaIdentifiers: [`arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders-replica`] })).status).toBe('PASS');
  });

  it('passes a red cluster with a recent snapshot copied to another region', () => {
    // Prepare
    const copy = snapshot({
      name: 'orders-prod-copy-2026-10-30', region: 'us-east-1',
      sourceSnapshotArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:rds:orders-prod-2026-10-30-02-10`,
    });
    // Assess
    expect(judge(check, cluster({ tags: red }), [copy])).toMatchObject({ status: 'PASS', reason: expect.stringContaining('in us-east-1 was copied from this region') });
  });

  it('fails a red cluster with no copy elsewhere (an old copy does not count), at HIGH', () => {
    // Prepare
    const old = snapshot({ name: 'orders-prod-copy-2025', region: 'us-east-1', snapshotCreateTime: '2025-01-01T00:00:00.000Z', sourceSnapshotArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:x` });
    // Act
    const verdict = judge(check, cluster({ tags: red }), [old]);
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH', reason: expect.stringContaining('no copy in another region: not a global database member') });
  });

  it('fails a global database whose members are all in this region', () => {
    expect(judge(check, cluster({ tags: red, globalCluster: { identifier: 'orders-global', memberRegions: ['eu-west-1'] } })).status).toBe('FAIL');
  });

  it('is not applicable to orange data', () => {
    expect(judge(check, cluster()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when global clusters could not be read and nothing else shows a copy', () => {
    // Prepare
    const subject = cluster({ tags: red, globalCluster: undefined, unknown: { globalCluster: 'rds:DescribeGlobalClusters failed: AccessDenied' } });
    // Assess
    expect(judge(check, subject)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'rds:DescribeGlobalClusters failed: AccessDenied' });
  });
});
