import { describe, expect, it } from 'vitest';
import { dataCoverage, describeCoverage, fieldAccepts, managementCoverage } from '../../src/engine/trail-coverage.js';
import type { EventSelection } from '../../src/inventory/cloudtrail.js';

const TABLE = 'arn:aws:dynamodb:eu-west-1:111122223333:table/customer-profiles';
const advanced = (...fieldSelectors: EventSelection['advanced'][number]['fieldSelectors']): EventSelection => ({ basic: [], advanced: [{ fieldSelectors }] });

describe('advanced field selectors', () => {
  it('ORs the positive operators and lets any negative one exclude', () => {
    expect(fieldAccepts({ field: 'resources.ARN', equals: ['x'], startsWith: ['arn:aws:dynamodb:eu-west-1:'] }, TABLE)).toBe(true);
    expect(fieldAccepts({ field: 'resources.ARN', startsWith: ['arn:aws:dynamodb:'], notEndsWith: ['/customer-profiles'] }, TABLE)).toBe(false);
    expect(fieldAccepts({ field: 'resources.ARN', notStartsWith: ['arn:aws:dynamodb:us-east-1:'] }, TABLE)).toBe(true);
    expect(fieldAccepts({ field: 'resources.ARN', endsWith: ['/orders'] }, TABLE)).toBe(false);
  });
});

describe('managementCoverage', () => {
  it('unions classic selectors by ReadWriteType and skips those without management events', () => {
    const selection: EventSelection = {
      basic: [
        { readWriteType: 'ReadOnly', includeManagementEvents: true, dataResources: [], excludeManagementEventSources: [] },
        { readWriteType: 'All', includeManagementEvents: false, dataResources: [], excludeManagementEventSources: [] },
      ],
      advanced: [],
    };
    expect(describeCoverage(managementCoverage(selection))).toBe('read only');
  });

  it('reads readOnly on advanced management selectors', () => {
    expect(managementCoverage(advanced({ field: 'eventCategory', equals: ['Management'] }))).toEqual({ read: true, write: true });
    expect(managementCoverage(advanced({ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['false'] }))).toEqual({ read: false, write: true });
    expect(managementCoverage(advanced({ field: 'eventCategory', equals: ['Data'] }))).toEqual({ read: false, write: false });
  });
});

describe('dataCoverage', () => {
  it('matches classic data resources by exact ARN or prefix, and only of the asked type', () => {
    const classic = (type: string, values: string[]): EventSelection => ({ basic: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type, values }], excludeManagementEventSources: [] }], advanced: [] });
    expect(dataCoverage(classic('AWS::DynamoDB::Table', ['arn:aws:dynamodb']), 'AWS::DynamoDB::Table', TABLE)).toMatchObject({ read: true, write: true });
    expect(dataCoverage(classic('AWS::S3::Object', ['arn:aws:s3']), 'AWS::DynamoDB::Table', TABLE)).toMatchObject({ read: false, write: false });
  });

  it('does not count a selector narrowed by event name, and says so', () => {
    const narrowed = advanced({ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::DynamoDB::Table'] }, { field: 'eventName', equals: ['DeleteItem'] });
    expect(dataCoverage(narrowed, 'AWS::DynamoDB::Table', TABLE)).toEqual({ read: false, write: false, narrowed: ['advanced selector 0 (filters eventName)'] });
  });

  it('reads readOnly true as reads only', () => {
    const reads = advanced({ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::DynamoDB::Table'] }, { field: 'readOnly', equals: ['true'] });
    expect(describeCoverage(dataCoverage(reads, 'AWS::DynamoDB::Table', TABLE))).toBe('read only');
  });
});
