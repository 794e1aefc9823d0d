import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.js';
import { FIELD_SPECS } from '../../src/config/schema.js';

describe('SCAN_FIELDS, the one list of what a scan may be told', () => {
  it('documents every flag in the CLI help', () => {
    // Act
    const undocumented = FIELD_SPECS.flatMap(([, spec]) => (spec.flag && !USAGE.includes(`${spec.flag} `) ? [spec.flag] : []));
    // Assess
    expect(undocumented).toEqual([]);
  });

  it('spells every flag and variable once', () => {
    // Act
    const flags = FIELD_SPECS.flatMap(([, spec]) => spec.flag ?? []);
    const variables = FIELD_SPECS.flatMap(([, spec]) => spec.env ?? []);
    // Assess
    expect(new Set(flags).size).toBe(flags.length);
    expect(new Set(variables).size).toBe(variables.length);
  });
});
