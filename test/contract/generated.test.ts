import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generated } from '../../scripts/generate.js';

describe('generated files', () => {
  it.each(generated().map((g) => [relative(process.cwd(), g.path), g] as const))('%s is up to date (run `npm run generate`)', (_name, g) => {
    // Assess
    expect(readFileSync(g.path, 'utf8')).toBe(g.content);
  });
});
