import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { COLLECTORS } from '../../src/collectors/index.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { ASFF_RESOURCE_MAPPERS } from '../../src/findings/asff-resources/index.js';
import { ASFF_TYPES, ASFF_TYPES_WITHOUT_DETAILS, buildArn, KIND_NAMES, KINDS, parseArn } from '../../src/inventory/kinds/index.js';
import { collect } from '../../src/scan.js';
import { CHECKS } from '../../checks/index.js';
import { SERVICE_NAMES } from '../../src/vocabulary.js';
import { loadDemoAccount } from '../fake-aws/demo.js';
import { FakeAws } from '../fake-aws/fake-aws.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCOPE = { partition: 'aws', region: 'eu-west-1', accountId: '111122223333' };

describe('resource-kind descriptors', () => {
  it.each(KIND_NAMES.map((k) => [k] as const))('%s names its own kind, a scanned service and an ASFF type', (kind) => {
    // Assess
    const d = KINDS[kind];
    expect(d.kind).toBe(kind);
    expect(SERVICE_NAMES).toContain(d.service);
    expect(ASFF_TYPES).toContain(d.asff);
    for (const type of d.cloudformation) expect(type).toMatch(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
    for (const type of d.terraform) expect(type).toMatch(/^aws_[a-z0-9_]+$/);
  });

  it.each(KIND_NAMES.map((k) => [k] as const))('%s builds an ARN that parses back to the same parts', (kind) => {
    // Prepare
    const d = KINDS[kind];
    const parts = Object.fromEntries(d.arnParts.map((p, i) => [p, `${p}-${i}x`]));
    // Act
    const arn = buildArn(d, SCOPE, parts);
    const parsed = parseArn(d, arn);
    // Assess
    expect(parsed?.parts).toEqual(parts);
    expect(parsed?.scope.accountId).toBe(d.arn.includes('{account}') ? SCOPE.accountId : '');
  });

  it('is produced by the collector of its service, which declares the listing and tag calls it names', () => {
    // Act
    const problems: string[] = [];
    for (const c of COLLECTORS) {
      for (const kind of c.produces) {
        const d = KINDS[kind];
        if (d.service !== c.service) problems.push(`${kind}: descriptor service ${d.service}, collector ${c.service}`);
        if (d.listing.by === 'list' && !c.actions.includes(d.listing.action)) problems.push(`${kind}: listing ${d.listing.action} not declared`);
        if (d.tags.from === 'call' && !c.actions.includes(d.tags.action)) problems.push(`${kind}: tag call ${d.tags.action} not declared`);
      }
    }
    // Assess
    expect(problems).toEqual([]);
  });

  it('has an ASFF mapper for every kind a check evaluates, and details only for types that carry them', () => {
    // Assess
    const judged = [...new Set(CHECKS.map((c) => c.resource as string))].sort();
    expect(judged.filter((k) => !(k in ASFF_RESOURCE_MAPPERS))).toEqual([]);
    for (const kind of KIND_NAMES) {
      if (ASFF_TYPES_WITHOUT_DETAILS.includes(KINDS[kind].asff)) expect(KINDS[kind].asff).not.toBe('Other');
    }
  });

  it('is the only way collectors build ARNs', () => {
    // Prepare
    const dir = join(ROOT, 'src', 'collectors');
    // Act
    const handBuilt = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((line, i) => ({ where: `${f}:${i + 1}`, line })))
      .filter(({ line }) => /`arn:\$\{/.test(line));
    // Assess
    expect(handBuilt).toEqual([]);
  });

  it('matches the ARN of every resource the demo account yields, so absence is judged against the right scope', async () => {
    // Prepare
    const demo = loadDemoAccount();
    const fake = new FakeAws(demo.spec, { faults: demo.faults });
    const factory = new ClientFactory({ transport: fake.transport(), maxAttempts: 1 });
    // Act
    const inventory = await collect(buildConfig({ regions: demo.regions, accountId: demo.spec.accountId }), {}, factory, CHECKS, new AbortController().signal);
    // Assess
    const mismatched = inventory.resources.filter((r) => !parseArn(KINDS[r.kind], r.arn)).map((r) => `${r.kind} ${r.arn}`);
    expect(mismatched).toEqual([]);
  });
});
