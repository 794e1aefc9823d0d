import { describe, expect, it } from 'vitest';
import check from '../../../checks/rds/cluster_snapshot.not_public.js';
import { judge } from '../../builders/inventory.js';
import { snapshot } from './builders.js';

describe('rds.cluster_snapshot.not_public', () => {
  it('passes a manual snapshot shared with no one', () => {
    expect(judge(check, snapshot())).toMatchObject({ status: 'PASS', reason: 'the restore attribute is empty: the snapshot is not shared' });
  });

  it('passes a manual snapshot shared with named accounts only', () => {
    expect(judge(check, snapshot({ restoreAttribute: ['444455556666'] }))).toMatchObject({ status: 'PASS', reason: expect.stringContaining('444455556666') });
  });

  it('fails a manual snapshot whose restore attribute contains all, at CRITICAL', () => {
    // Act
    const verdict = judge(check, snapshot({ restoreAttribute: ['all'] }));
    // Assess
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'CRITICAL', reason: expect.stringContaining('contains "all"') });
  });

  it('is not applicable to automated snapshots, which cannot be shared', () => {
    expect(judge(check, snapshot({ snapshotType: 'automated', restoreAttribute: undefined })).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated when the attributes could not be read', () => {
    // Prepare
    const subject = snapshot({ restoreAttribute: undefined, unknown: { restoreAttribute: 'rds:DescribeDBClusterSnapshotAttributes failed: AccessDenied' } });
    // Act
    const verdict = judge(check, subject);
    // Assess
    expect(verdict).toMatchObject({ status: 'NOT_EVALUATED', reason: 'rds:DescribeDBClusterSnapshotAttributes failed: AccessDenied' });
  });
});
