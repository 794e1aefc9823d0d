import { describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table.cloudtrail_data_events.js';
import type { AdvancedEventSelector, EventSelection } from '../../../src/inventory/cloudtrail.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { eventDataStore, trail, trailAccount, ALL_MANAGEMENT } from '../cloudtrail/builders.js';
import { table } from './builders.js';

const RED = table({ name: 'customer-profiles', tags: { data_classification: 'red', pii: 'high' } });
const dataSelector = (arnField?: AdvancedEventSelector['fieldSelectors'][number], extra: AdvancedEventSelector['fieldSelectors'] = []): EventSelection => ({
  basic: [],
  advanced: [{ name: 'tables', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::DynamoDB::Table'] }, ...(arnField ? [arnField] : []), ...extra] }],
});
const classic = (values: string[], readWriteType = 'All'): EventSelection => ({
  basic: [...ALL_MANAGEMENT.basic, { readWriteType, includeManagementEvents: false, dataResources: [{ type: 'AWS::DynamoDB::Table', values }], excludeManagementEventSources: [] }],
  advanced: [],
});
const withTrail = (selectors: EventSelection, fields = {}) => {
  const t = trail({ selectors, ...fields });
  return [trailAccount([t]), t];
};

describe('dynamodb.table.cloudtrail_data_events', () => {
  it('passes with classic data resources naming the table, a prefix of its ARN, or every table', () => {
    for (const values of [[RED.arn], ['arn:aws:dynamodb:eu-west-1:111122223333:table/customer-'], ['arn:aws:dynamodb']]) {
      expect(judge(check, RED, withTrail(classic(values)))).toMatchObject({ status: 'PASS', reason: 'trail data-platform-audit records read and write data events on the table' });
    }
  });

  it('passes with advanced selectors using Equals or StartsWith, or no ARN field at all', () => {
    expect(judge(check, RED, withTrail(dataSelector({ field: 'resources.ARN', equals: [RED.arn] }))).status).toBe('PASS');
    expect(judge(check, RED, withTrail(dataSelector({ field: 'resources.ARN', startsWith: ['arn:aws:dynamodb:eu-west-1:111122223333:table/'] }))).status).toBe('PASS');
    expect(judge(check, RED, withTrail(dataSelector())).status).toBe('PASS');
  });

  it('passes with an ingesting multi-region event data store of another region', () => {
    const store = eventDataStore(dataSelector({ field: 'resources.ARN', notStartsWith: ['arn:aws:dynamodb:eu-west-1:111122223333:table/session-'] }), { region: 'us-east-1', multiRegion: true });
    expect(judge(check, RED, [trailAccount([]), store])).toMatchObject({ status: 'PASS', reason: 'event data store pci-data-events records read and write data events on the table' });
  });

  it('fails when the selectors exclude the table, record only writes, or the trail is not logging', () => {
    expect(judge(check, RED, withTrail(dataSelector({ field: 'resources.ARN', notEquals: [RED.arn] })))).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(judge(check, RED, withTrail(classic([RED.arn], 'WriteOnly')))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('records write only data events') });
    expect(judge(check, RED, withTrail(classic([RED.arn]), { isLogging: false }))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('selects the table but is not logging') });
    expect(judge(check, RED, withTrail(dataSelector(undefined, [{ field: 'eventName', equals: ['DeleteItem'] }])))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('filters eventName') });
  });

  it('fails when only management events are recorded', () => {
    expect(judge(check, RED, withTrail(ALL_MANAGEMENT))).toMatchObject({ status: 'FAIL', reason: expect.stringContaining('(1 trail(s) and event data store(s) checked)') });
  });

  it('is not applicable to tables that are neither red nor pii=high', () => {
    expect(judge(check, table({ tags: { data_classification: 'orange', pii: 'low' } }), withTrail(ALL_MANAGEMENT))).toMatchObject({ status: 'NOT_APPLICABLE' });
    expect(judge(check, table({ tags: { data_classification: 'green', pii: 'high' } }), withTrail(ALL_MANAGEMENT)).status).toBe('FAIL');
  });

  it('is not evaluated when trails could not be listed or a trail selectors were denied', () => {
    expect(judge(check, RED)).toMatchObject({ status: 'NOT_EVALUATED', reason: 'CloudTrail was not collected in eu-west-1' });
    const denied = trail({ selectors: undefined, unknown: { selectors: 'cloudtrail:GetEventSelectors failed: AccessDeniedException' } });
    expect(judge(check, RED, [trailAccount([denied]), denied])).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('GetEventSelectors failed') });
    expect(judge(check, RED, withTrail(classic([RED.arn])), { errors: [collectionError('cloudtrail:DescribeTrails')] }).status).toBe('NOT_EVALUATED');
  });
});
