import { describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/account.multi_region_trail.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { trail, trailAccount } from './builders.js';

describe('cloudtrail.account.multi_region_trail', () => {
  it('passes with a logging multi-region trail recording all management events, homed in another region', () => {
    // Prepare: an organization trail homed in us-east-1 seen as a shadow trail in eu-west-1.
    const org = trail({ trailName: 'org-audit-trail', homeRegion: 'us-east-1', ownerAccountId: '210987654321', organization: true });
    // Act
    const verdict = judge(check, trailAccount([org]), [org]);
    // Assess
    expect(verdict).toMatchObject({ status: 'PASS', reason: 'trail org-audit-trail is multi-region, logging, and records read and write management events' });
  });

  it('fails when no trail is multi-region, logging and recording read and write management events', () => {
    const regional = trail({ trailName: 'legacy', multiRegion: false });
    const stopped = trail({ trailName: 'stopped', isLogging: false });
    const writesOnly = trail({ trailName: 'writes', selectors: { basic: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, dataResources: [], excludeManagementEventSources: [] }], advanced: [] } });
    const verdict = judge(check, trailAccount([regional, stopped, writesOnly]), [regional, stopped, writesOnly]);
    expect(verdict).toMatchObject({
      status: 'FAIL',
      severity: 'HIGH',
      reason: 'no trail qualifies: trail legacy: IsMultiRegionTrail is false; trail stopped: IsLogging is false; trail writes: management events: write only',
    });
  });

  it('reads management events from advanced selectors', () => {
    const advanced = trail({ selectors: { basic: [], advanced: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] } });
    expect(judge(check, trailAccount([advanced]), [advanced]).status).toBe('PASS');
    const readsOnly = trail({ selectors: { basic: [], advanced: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['true'] }] }] } });
    expect(judge(check, trailAccount([readsOnly]), [readsOnly]).status).toBe('FAIL');
  });

  it('fails when the region has no trail at all', () => {
    expect(judge(check, trailAccount([]))).toMatchObject({ status: 'FAIL', reason: 'DescribeTrails lists no trail for eu-west-1' });
  });

  it('is not evaluated when the only candidate is homed in a region the scan does not cover', () => {
    const account = trailAccount([], { trailArns: ['arn:aws:cloudtrail:eu-central-1:111122223333:trail/security-tooling'], trailHomeRegions: { 'arn:aws:cloudtrail:eu-central-1:111122223333:trail/security-tooling': 'eu-central-1' } });
    expect(judge(check, account)).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('homed in eu-central-1, which this scan does not cover') });
  });

  it('is not evaluated when trails could not be described or a trail status was denied', () => {
    const account = trailAccount([], { trailArns: undefined, unknown: { trailArns: 'cloudtrail:DescribeTrails failed: AccessDeniedException' } });
    expect(judge(check, account)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'cloudtrail:DescribeTrails failed: AccessDeniedException' });
    const unknownStatus = trail({ isLogging: undefined, unknown: { isLogging: 'cloudtrail:GetTrailStatus failed: AccessDeniedException' } });
    expect(judge(check, trailAccount([unknownStatus]), [unknownStatus]).status).toBe('NOT_EVALUATED');
    expect(judge(check, trailAccount([trail()]), [trail()], { errors: [collectionError('cloudtrail:DescribeTrails')] }).status).toBe('NOT_EVALUATED');
  });
});
