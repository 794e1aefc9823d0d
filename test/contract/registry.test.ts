import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.js';
import { COLLECTORS } from '../../src/collectors/index.js';
import type { AnyCheck } from '../../src/engine/check.js';
import { SERVICES } from '../../src/vocabulary.js';
import { ASFF_LIMITS } from '../../src/findings/asff-limits.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : name.endsWith(suffix) ? [path] : [];
  });
}

// A check's own tests live under test/checks/ (pipeline tests naming it do not count).
const checkTestText = filesUnder(join(ROOT, 'test', 'checks'), '.test.ts').map((f) => readFileSync(f, 'utf8')).join('\n');
const checkPath = (c: AnyCheck): string => {
  const [service, ...rest] = c.id.split('.');
  return join(ROOT, 'checks', service!, `${rest.join('.')}.ts`);
};

describe('check registry', () => {
  it('has unique check ids', () => {
    // Assess
    const ids = CHECKS.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s lives at checks/<service>/<resource>.<property>.ts and default-exports itself', async (_id, check) => {
    // Act
    const path = checkPath(check);
    const mod = (await import(path)) as { default?: AnyCheck };
    // Assess
    expect(existsSync(path)).toBe(true);
    expect(mod.default).toBe(check);
  });

  it('registers every check file', () => {
    // Prepare
    const registered = new Set(CHECKS.map(checkPath));
    // Act
    const files = Object.keys(SERVICES).flatMap((s) => {
      const dir = join(ROOT, 'checks', s);
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => join(dir, f)) : [];
    });
    // Assess
    expect(files.filter((f) => !registered.has(f))).toEqual([]);
  });

  it.each(CHECKS.map((c) => [c.id] as const))('%s has tests under test/checks/ that name it', (id) => {
    // Assess
    expect(checkTestText.includes(id)).toBe(true);
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s reads only data some collector provides', (_id, check) => {
    // Assess
    const declared = new Set(COLLECTORS.flatMap((c) => c.actions));
    const produced = new Set(COLLECTORS.flatMap((c) => c.produces));
    expect(check.uses.filter((a) => !declared.has(a))).toEqual([]);
    expect(produced.has(check.resource)).toBe(true);
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s has complete metadata within Security Hub limits', (_id, check) => {
    // Assess
    expect(check.title.length).toBeGreaterThan(10);
    expect(check.title.length).toBeLessThanOrEqual(ASFF_LIMITS.title);
    expect(check.description.length).toBeGreaterThan(20);
    expect(check.remediation.text.length).toBeGreaterThan(10);
    expect(check.remediation.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    for (const s of check.standards ?? []) expect(s).toMatch(/^[A-Za-z0-9 .:/-]+$/);
  });
});

describe('collector registry', () => {
  it('declares each action once per service and only for its own service', () => {
    // Assess
    for (const c of COLLECTORS) {
      expect(new Set(c.actions).size).toBe(c.actions.length);
      const prefixes = new Set(c.actions.map((a) => a.split(':')[0]));
      expect([...prefixes].every((p) => Object.values(SERVICES).includes(p as never))).toBe(true);
    }
  });
});
