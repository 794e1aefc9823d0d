import { describe, expect, it } from 'vitest';
import { normalizeArguments } from '../../../src/collectors/glue-arguments.js';
import type { Resource } from '../../../src/inventory/types.js';
import { catalog, connection, crawler, jdbc, job, location, mlTransform, permission, securityConfiguration, settings, table } from '../../checks/glue/builders.js';
import { resource } from '../../builders/inventory.js';
import { shapeOf } from '../builders.js';

const map = (r: Resource) => shapeOf(r.kind, r as never);

describe('ASFF resources for Glue and Lake Formation', () => {
  const every: Resource[] = [
    job(), crawler(), connection(), jdbc(), securityConfiguration(), catalog(), mlTransform(), table(), settings(), permission(), location(),
    resource('glue.database', { name: 'sales', databaseName: 'sales', lfTags: { data_classification: 'orange' } }),
  ];

  it.each(every.map((r) => [r.kind, r] as const))('maps %s to Other with string facts within the limits', (_kind, r) => {
    // Act
    const shape = map(r);
    // Assess
    expect(shape.Type).toBe('Other');
    const other = shape.Details?.Other ?? {};
    expect(other.kind).toBe(r.kind);
    expect(other.dataTier).toBe(r.classification.effectiveTier);
    expect(Object.keys(other).length).toBeLessThanOrEqual(50);
    for (const [k, v] of Object.entries(other)) {
      expect(typeof v).toBe('string');
      expect(k.length).toBeLessThanOrEqual(127);
      expect(v.length).toBeLessThanOrEqual(1023);
    }
  });

  it('shows job argument keys, never their values', () => {
    // Prepare
    const secret = 'Winter2026!orders';
    const j = job({ arguments: normalizeArguments({ '--db_password': secret, '--enable-continuous-cloudwatch-log': 'true' }, undefined) });
    // Act
    const other = map(j).Details?.Other;
    // Assess
    expect(other?.argumentKeys).toBe('--db_password,--enable-continuous-cloudwatch-log');
    expect(JSON.stringify(other)).not.toContain(secret);
  });

  it('truncates long values and keeps at most 50 pairs', () => {
    // Prepare
    const long = location({ tables: Array.from({ length: 500 }, (_, i) => `sales.table_with_a_rather_long_name_${i}`) });
    // Act
    const other = map(long).Details?.Other;
    // Assess
    expect(other?.tables).toBe('500');
    expect(other?.sampleTables?.split(',')).toHaveLength(10);
    expect(map(table({ location: `s3://bucket/${'x'.repeat(2000)}` })).Details?.Other?.location).toHaveLength(1023);
  });
});
