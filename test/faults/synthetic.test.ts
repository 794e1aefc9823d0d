import { describe, expect, it } from 'vitest';
import { SERVICE_FAKES } from '../fake-aws/services/index.js';
import { DEFAULT_SIZE, generatedServices, resourceCounts, scaled, SMALL_SIZE, syntheticAccount } from '../fake-aws/synthetic.js';
import { scanWith, blindSpots } from './scenario.js';

describe('the synthetic account builder', () => {
  it('is deterministic: two builds of one size are equal', () => {
    // Act / Assess
    expect(syntheticAccount(SMALL_SIZE)).toEqual(syntheticAccount(SMALL_SIZE));
  });

  it('generates only services whose fake is registered', () => {
    // Prepare
    const faked = new Set(SERVICE_FAKES.map((f) => f.service));
    // Act
    const services = generatedServices();
    // Assess
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) expect(faked.has(s)).toBe(true);
    for (const [name, region] of Object.entries(syntheticAccount().regions)) {
      if (name === 'global') expect(Object.keys(region)).toEqual(['iam']);
      else expect(Object.keys(region).sort()).toEqual([...services].sort());
    }
  });

  it('spreads the requested counts over the regions exactly, at any scale', () => {
    // Act
    const counts = resourceCounts(syntheticAccount(scaled(DEFAULT_SIZE, 0.1)));
    // Assess
    expect(counts.dynamodb).toBe(200);
    expect(counts.kms).toBe(50);
  });

  it('scans clean: every table judged, a mix of PASS and FAIL, no collection error', async () => {
    // Act
    const { result } = await scanWith();
    // Assess
    expect(result.inventory.errors).toEqual([]);
    expect(result.inventory.resources.filter((r) => r.kind === 'dynamodb.table')).toHaveLength(SMALL_SIZE.dynamodbTables);
    expect(result.counts.PASS).toBeGreaterThan(0);
    expect(result.counts.FAIL).toBeGreaterThan(0);
    // Only what the control plane cannot show (grants, RLS, masking: SQL access) stays NOT_EVALUATED.
    expect(blindSpots(result)).toEqual([]);
  });
});
