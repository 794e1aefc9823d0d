import { describe, expect, it } from 'vitest';
import check from '../../../checks/glue/catalog.access_logged.js';
import type { ScopeStatus } from '../../../src/inventory/types.js';
import { collectionError, judge, scopeOf } from '../../builders/inventory.js';
import { trail, trailAccount } from '../cloudtrail/builders.js';
import { catalog } from './builders.js';

const GLUE_COMPLETE: ScopeStatus[] = [scopeOf('glue', 'eu-west-1', 'complete', { resources: 1, errors: 0 })];
const writesOnly = { basic: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, dataResources: [], excludeManagementEventSources: [] }], advanced: [] };
const withTrail = (fields = {}) => {
  const t = trail(fields);
  return [trailAccount([t]), t];
};

describe('glue.catalog.access_logged', () => {
  it('passes when a logging trail records management read events in the region', () => {
    expect(judge(check, catalog(), withTrail(), { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'PASS', reason: 'trail data-platform-audit records management read events (read and write); the catalog holds 3 table(s)' });
  });

  it('fails when trails record only writes, or do not log', () => {
    expect(judge(check, catalog(), withTrail({ selectors: writesOnly }), { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'FAIL', severity: 'MEDIUM', reason: expect.stringContaining('trail data-platform-audit: management events write only') });
    expect(judge(check, catalog(), withTrail({ isLogging: false }), { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('not logging') });
    expect(judge(check, catalog(), [trailAccount([])], { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'FAIL', reason: 'no logging trail or event data store records management read events in eu-west-1' });
  });

  it('is not applicable when the region has no catalog tables and no jobs', () => {
    expect(judge(check, catalog({ tableCount: 0, databaseCount: 0 }), withTrail({ selectors: writesOnly }), { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'NOT_APPLICABLE', reason: 'eu-west-1 has no catalog tables and no Glue jobs' });
  });

  it('is not evaluated when tables or trails could not be read', () => {
    expect(judge(check, catalog({ tableCount: undefined, unknown: { tableCount: 'glue:GetTables failed for some databases' } }), withTrail(), { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'NOT_EVALUATED', reason: 'glue:GetTables failed for some databases' });
    expect(judge(check, catalog(), [], { scopes: GLUE_COMPLETE })).toMatchObject({ status: 'NOT_EVALUATED', reason: 'CloudTrail was not collected in eu-west-1' });
    expect(judge(check, catalog(), withTrail(), { scopes: GLUE_COMPLETE, errors: [collectionError('cloudtrail:DescribeTrails')] }).status).toBe('NOT_EVALUATED');
  });
});
