import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { cloudtrailCollector } from '../../src/collectors/cloudtrail.js';
import { runCollectors, type CollectionResult } from '../../src/collectors/runner.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import type { CloudTrailAccount, CloudTrailEventDataStore, CloudTrailTrail } from '../../src/inventory/cloudtrail.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { CloudTrailSpec } from '../fake-aws/services/cloudtrail.js';
import type { FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const MANAGEMENT = '210987654321';
const EU = 'eu-west-1';
const US = 'us-east-1';
const ORG_ARN = `arn:aws:cloudtrail:${US}:${MANAGEMENT}:trail/org-audit-trail`;
const LEGACY_ARN = `arn:aws:cloudtrail:${EU}:${ACCOUNT}:trail/legacy-eu-trail`;

const SPEC: Record<string, { cloudtrail: CloudTrailSpec }> = {
  [US]: {
    cloudtrail: {
      trails: [{ name: 'org-audit-trail', owner: MANAGEMENT, organization: true, multiRegion: true, logFileValidation: true, kmsKeyId: `arn:aws:kms:${US}:${MANAGEMENT}:key/2c3d4e5f-6a7b-4c8d-9e0f-a1b2c3d4e5f6` }],
      eventDataStores: Array.from({ length: 3 }, (_, i) => ({
        id: `0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4${i}`,
        name: `lake-${i}`,
        advancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }],
      })),
    },
  },
  [EU]: {
    cloudtrail: {
      trails: [
        { name: 'legacy-eu-trail', logging: false },
        {
          name: 'dynamodb-sensitive-data',
          kmsKeyId: `arn:aws:kms:${EU}:${ACCOUNT}:key/8e9f0a1b-2c3d-4e5f-9a0b-1c2d3e4f5a6b`,
          advancedEventSelectors: [{ Name: 'profiles', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::DynamoDB::Table'] }, { Field: 'resources.ARN', Equals: [`arn:aws:dynamodb:${EU}:${ACCOUNT}:table/customer-profiles`] }] }],
        },
      ],
    },
  },
};

let restore: (() => void) | undefined;
afterEach(() => restore?.());

async function collect(faults: FaultSpec[] = []): Promise<{ fake: FakeAws; result: CollectionResult }> {
  const fake = new FakeAws({ accountId: ACCOUNT, regions: SPEC }, { faults });
  restore = fake.install();
  const result = await runCollectors({
    collectors: [cloudtrailCollector], regions: [EU, US], accountId: ACCOUNT, partition: 'aws', factory: new ClientFactory(), classification: DEFAULT_CLASSIFICATION, signal: new AbortController().signal,
  });
  return { fake, result };
}

const trails = (r: CollectionResult) => r.resources.filter((x): x is CloudTrailTrail => x.kind === 'cloudtrail.trail');
const accountIn = (r: CollectionResult, region: string) => r.resources.find((x): x is CloudTrailAccount => x.kind === 'cloudtrail.account' && x.region === region);

describe('cloudtrail collector', () => {
  it('asks for shadow trails in every region and emits each trail once, from its home region', async () => {
    // Act
    const { fake, result } = await collect();
    // Assess
    expect(fake.callsTo('cloudtrail:DescribeTrails').map((c) => [c.region, c.input.includeShadowTrails])).toEqual(expect.arrayContaining([[EU, true], [US, true]]));
    expect(trails(result).map((t) => t.arn).sort()).toEqual([`arn:aws:cloudtrail:${EU}:${ACCOUNT}:trail/dynamodb-sensitive-data`, LEGACY_ARN, ORG_ARN].sort());
    expect(accountIn(result, EU)?.trailArns).toEqual([`arn:aws:cloudtrail:${EU}:${ACCOUNT}:trail/dynamodb-sensitive-data`, LEGACY_ARN, ORG_ARN]);
    expect(accountIn(result, EU)?.trailHomeRegions?.[ORG_ARN]).toBe(US);
    expect(accountIn(result, US)?.trailArns).toEqual([ORG_ARN]);
  });

  it('reads status and selectors in the trail home region, and keeps an organization trail in the scanned account', async () => {
    // Act
    const { fake, result } = await collect();
    // Assess
    expect(fake.callsTo('cloudtrail:GetTrailStatus').map((c) => [c.region, c.input.Name]).sort()).toEqual([[EU, `arn:aws:cloudtrail:${EU}:${ACCOUNT}:trail/dynamodb-sensitive-data`], [EU, LEGACY_ARN], [US, ORG_ARN]].sort());
    const org = trails(result).find((t) => t.arn === ORG_ARN);
    expect(org).toMatchObject({ region: US, accountId: ACCOUNT, ownerAccountId: MANAGEMENT, organization: true, multiRegion: true, isLogging: true, logFileValidation: true, cloudWatchLogsLogGroupArn: null });
    expect(org?.kmsKeyRefs).toBeUndefined();
    expect(org?.selectors?.basic).toEqual([{ readWriteType: 'All', includeManagementEvents: true, dataResources: [], excludeManagementEventSources: [] }]);
    const legacy = trails(result).find((t) => t.arn === LEGACY_ARN);
    expect(legacy).toMatchObject({ isLogging: false, kmsKeyId: null, logFileValidation: false });
    const data = trails(result).find((t) => t.trailName === 'dynamodb-sensitive-data');
    expect(data?.selectors?.advanced[0]?.fieldSelectors[2]).toEqual({ field: 'resources.ARN', equals: [`arn:aws:dynamodb:${EU}:${ACCOUNT}:table/customer-profiles`] });
    expect(data?.kmsKeyRefs).toEqual([`arn:aws:kms:${EU}:${ACCOUNT}:key/8e9f0a1b-2c3d-4e5f-9a0b-1c2d3e4f5a6b`]);
  });

  it('lists and describes event data stores', async () => {
    // Act
    const { result } = await collect();
    // Assess
    const stores = result.resources.filter((x): x is CloudTrailEventDataStore => x.kind === 'cloudtrail.event_data_store');
    expect(stores).toHaveLength(3);
    expect(stores[0]).toMatchObject({ region: US, status: 'ENABLED', multiRegion: true, selectors: { basic: [], advanced: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] } });
    expect(accountIn(result, US)?.eventDataStoreArns).toHaveLength(3);
  });

  it('degrades only the trail whose selectors are denied', async () => {
    // Act
    const { result } = await collect([{ service: 'cloudtrail', operation: 'GetEventSelectors', input: { TrailName: LEGACY_ARN }, error: 'AccessDeniedException' }]);
    // Assess
    const legacy = trails(result).find((t) => t.arn === LEGACY_ARN);
    expect(legacy?.selectors).toBeUndefined();
    expect(legacy?.unknown?.selectors).toMatch(/AccessDeniedException/);
    expect(legacy?.isLogging).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ action: 'cloudtrail:GetEventSelectors', resourceArn: LEGACY_ARN })]);
    expect(result.scopes.find((s) => s.service === 'cloudtrail' && s.region === EU)?.state).toBe('partial');
  });

  it('marks the region failed and its trail list unknown when DescribeTrails is denied', async () => {
    // Act
    const { result } = await collect([{ service: 'cloudtrail', operation: 'DescribeTrails', region: EU, error: 'AccessDeniedException' }]);
    // Assess
    expect(result.scopes.find((s) => s.service === 'cloudtrail' && s.region === EU)?.state).toBe('failed');
    expect(accountIn(result, EU)?.unknown?.trailArns).toMatch(/AccessDeniedException/);
    expect(accountIn(result, US)?.trailArns).toEqual([ORG_ARN]);
  });

  it('follows NextToken through every page of event data stores', async () => {
    // Prepare: more stores than one ListEventDataStores page (1000) holds; a real account has far fewer.
    const stores = Array.from({ length: 1002 }, (_, i) => ({ id: `eds-${String(i).padStart(4, '0')}`, name: `lake-${i}`, advancedEventSelectors: [] }));
    const fake = new FakeAws({ accountId: ACCOUNT, regions: { [US]: { cloudtrail: { eventDataStores: stores } } } });
    restore = fake.install();
    // Act
    const result = await collectWith([cloudtrailCollector], [US]);
    // Assess
    expect(fake.callsTo('cloudtrail:ListEventDataStores')).toHaveLength(2);
    expect(accountIn(result, US)?.eventDataStoreArns).toHaveLength(1002);
    expect(result.errors).toEqual([]);
  });
});
