import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every TypeScript file under `dir`, relative to the repository. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** The repository paths a file imports from (relative specifiers only). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => relative(ROOT, resolve(ROOT, dirname(file), m[1]!)));
}

describe('the config layer: arrows go down', () => {
  it('imports engine, inventory and findings vocabulary, never publish, collectors, the scan or a door', () => {
    // Act
    const upward = filesUnder('src/config').flatMap((file) => importsOf(file).filter((to) => /^src\/(publish|collectors|cli)\/|^src\/(scan|handler|cli)\.js$/.test(to)).map((to) => `${file} -> ${to}`));
    // Assess
    expect(upward).toEqual([]);
  });

  it('is imported by nothing below it', () => {
    // Act
    const below = ['src/engine', 'src/inventory', 'src/findings', 'src/aws', 'src/collectors', 'checks'].flatMap(filesUnder);
    const upward = below.flatMap((file) => importsOf(file).filter((to) => to.startsWith('src/config/')).map((to) => `${file} -> ${to}`));
    // Assess
    expect(upward).toEqual([]);
  });
});
