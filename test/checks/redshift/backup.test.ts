import { describe, expect, it } from 'vitest';
import automatedSnapshots from '../../../checks/redshift/cluster.automated_snapshots.js';
import crossRegionCopy from '../../../checks/redshift/cluster.cross_region_snapshot_copy.js';
import multiAz from '../../../checks/redshift/cluster.multi_az.js';
import versionUpgrade from '../../../checks/redshift/cluster.version_upgrade.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { cluster } from './builders.js';

const RED = { data_classification: 'red' };

describe('redshift.cluster.automated_snapshots', () => {
  it('passes 7 days of retention', () => {
    expect(judge(automatedSnapshots, cluster()).status).toBe('PASS');
  });

  it('fails the 1-day default', () => {
    expect(judge(automatedSnapshots, cluster({ automatedSnapshotRetentionDays: 1 }))).toMatchObject({ status: 'FAIL', reason: 'AutomatedSnapshotRetentionPeriod is 1 day, below the required 7' });
  });

  it('fails disabled automated snapshots', () => {
    expect(judge(automatedSnapshots, cluster({ automatedSnapshotRetentionDays: 0 })).reason).toContain('off');
  });

  it('follows the configured minimum', () => {
    expect(judge(automatedSnapshots, cluster({ automatedSnapshotRetentionDays: 7 }), [], {}, { minBackupRetentionDays: 14 }).status).toBe('FAIL');
  });

  it('is not evaluated when unknown', () => {
    expect(judge(automatedSnapshots, cluster({ automatedSnapshotRetentionDays: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.cross_region_snapshot_copy', () => {
  it('passes red data copied to another region', () => {
    expect(judge(crossRegionCopy, cluster({ tags: RED, snapshotCopy: { destinationRegion: 'eu-central-1', retentionDays: 7 } }))).toMatchObject({ status: 'PASS', reason: expect.stringContaining('eu-central-1') });
  });

  it('fails red data without a copy, at HIGH', () => {
    expect(judge(crossRegionCopy, cluster({ tags: RED, snapshotCopy: null }))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
  });

  it('does not apply to orange data', () => {
    expect(judge(crossRegionCopy, cluster()).status).toBe('NOT_APPLICABLE');
  });

  it('is not evaluated for red data when DescribeClusters failed', () => {
    expect(judge(crossRegionCopy, cluster({ tags: RED, snapshotCopy: null }), [], { errors: [collectionError('redshift:DescribeClusters')] }).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.multi_az', () => {
  it('passes a Multi-AZ cluster', () => {
    expect(judge(multiAz, cluster()).status).toBe('PASS');
  });

  it('fails a single-AZ DC2 cluster and says RA3 is needed', () => {
    expect(judge(multiAz, cluster({ multiAz: 'Disabled', nodeType: 'dc2.large' }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('needs a move to RA3') });
  });

  it('is not evaluated when unknown', () => {
    expect(judge(multiAz, cluster({ multiAz: undefined })).status).toBe('NOT_EVALUATED');
  });
});

describe('redshift.cluster.version_upgrade', () => {
  it('passes with AllowVersionUpgrade', () => {
    expect(judge(versionUpgrade, cluster()).status).toBe('PASS');
  });

  it('fails without it', () => {
    expect(judge(versionUpgrade, cluster({ allowVersionUpgrade: false })).status).toBe('FAIL');
  });

  it('is not evaluated when unknown', () => {
    expect(judge(versionUpgrade, cluster({ allowVersionUpgrade: undefined })).status).toBe('NOT_EVALUATED');
  });
});
