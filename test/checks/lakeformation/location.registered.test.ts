import { describe, expect, it } from 'vitest';
import check from '../../../checks/lakeformation/location.registered.js';
import { collectionError, judge } from '../../builders/inventory.js';
import { location } from '../glue/builders.js';

describe('lakeformation.location.registered', () => {
  it('passes a registered location, noting hybrid access mode', () => {
    expect(judge(check, location()).status).toBe('PASS');
    expect(judge(check, location({ hybridAccessEnabled: true })).reason).toContain('hybrid access mode is on');
  });

  it('fails an unregistered location holding tables, raised for red data', () => {
    const verdict = judge(check, location({ location: 's3://lake-raw-111122223333', registered: false, registeredAs: undefined, tables: ['raw.clickstream'], lfTags: { data_classification: 'red' } }));
    expect(verdict).toMatchObject({ status: 'FAIL', severity: 'HIGH' });
    expect(verdict.reason).toContain('holds tables raw.clickstream and is not registered');
  });

  it('is not evaluated when registered locations could not be listed', () => {
    expect(judge(check, location(), [], { errors: [collectionError('lakeformation:ListResources')] }).status).toBe('NOT_EVALUATED');
  });
});
