/**
 * The pipeline's arrows only go down: each module imports only from its own layer or those below, and no
 * module reaches itself again through its imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Layers, lowest first; a module's layer is the first whose pattern matches its path. */
const LAYERS: readonly { name: string; matches: RegExp }[] = [
  { name: 'vocabulary', matches: /^src\/(vocabulary|limit)\.ts$/ },
  { name: 'aws', matches: /^src\/aws\// },
  { name: 'inventory', matches: /^src\/inventory\// },
  { name: 'engine', matches: /^src\/engine\// },
  { name: 'checks', matches: /^checks\// },
  { name: 'collectors', matches: /^src\/collectors\// },
  { name: 'findings', matches: /^src\/findings\// },
  { name: 'config', matches: /^src\/(config|lambda-input)(\/|\.ts$|-)/ },
  { name: 'publish', matches: /^src\/publish\// },
  { name: 'pipeline', matches: /^src\/(scan|permissions)\.ts$/ },
  { name: 'doors', matches: /^src\/(cli|handler)(\/|\.ts$)/ },
];

/** Layers that may not see each other although one sits above the other: collection and evaluation never mix. */
const APART: readonly [string, string][] = [
  ['collectors', 'engine'],
  ['collectors', 'checks'],
  ['collectors', 'findings'],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'checks'))].map((f) => relative(ROOT, f));
const layerOf = (file: string): number => LAYERS.findIndex((l) => l.matches.test(file));

/** Relative imports of a file, resolved to repository paths (`.js` specifiers name `.ts` sources). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1]!);
  return specs.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, '.ts'));
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('module layers', () => {
  it('places every module in a layer', () => {
    // Assess
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('imports only from the same layer or below, and never across collection and evaluation', () => {
    // Act
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      const mine = layerOf(file);
      for (const target of imports) {
        const theirs = layerOf(target);
        const names = [LAYERS[mine]?.name, LAYERS[theirs]?.name];
        if (theirs > mine) upward.push(`${file} (${names[0]}) -> ${target} (${names[1]})`);
        if (APART.some(([a, b]) => names[0] === a && names[1] === b)) upward.push(`${file} (${names[0]}) -> ${target} (${names[1]}): collection and evaluation never mix`);
      }
    }
    // Assess
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    // Act
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of [...graph.keys()].sort()) visit(file, []);
    // Assess
    expect(cycles).toEqual([]);
  });
});
