import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadSuppressions, parseSuppressions } from '../../src/config/suppressions.js';
import { applySuppressions, globMatches } from '../../src/findings/suppressions.js';
import { ACCOUNT, findingOf, findingsFor, table } from './builders.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'suppressions');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const NOW = new Date('2026-11-01T12:00:00Z');

/** The ConfigError `fn` throws. */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const file = (suppressions: unknown[]) => JSON.stringify({ version: 1, suppressions });
const entry = { checkId: 'dynamodb.table.pitr', reason: 'restored from exports', owner: 'data-platform@example.com', expires: '2027-03-31' };

describe('parseSuppressions', () => {
  it('reads a versioned file with check, ARN pattern and tag matchers', () => {
    // Act
    const parsed = loadSuppressions(join(FIXTURES, 'accepted-risks.json'));
    // Assess
    expect(parsed.suppressions).toHaveLength(3);
    expect(parsed.suppressions[1]).toEqual({ tag: { key: 'env', value: 'sandbox' }, reason: 'Sandbox account data is synthetic', owner: 'platform-security@example.com', expires: '2026-10-01' });
  });

  it('rejects an entry with no matcher, naming its index and the fix', () => {
    // Act
    const error = configError(() => parseSuppressions(fixture('no-matcher.json'), 'no-matcher.json'));
    // Assess
    expect(error.field).toBe('no-matcher.json suppressions[1] (#2)');
    expect(error.problem).toContain('no matcher');
    expect(error.fix).toBe('Add at least one of checkId, resourceArn or tag');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    // Act
    const error = configError(() => parseSuppressions(fixture('bad-date.json'), 'bad-date.json'));
    // Assess
    expect(error.message).toBe('bad-date.json suppressions[0] (#1).expires: "31/03/2027" is not a date. Write the date as YYYY-MM-DD, e.g. "2027-03-31"');
  });

  it.each([
    ['an impossible date', { ...entry, expires: '2027-02-30' }, '.expires'],
    ['a missing expiry', { ...entry, expires: undefined }, '.expires'],
    ['a missing owner', { ...entry, owner: undefined }, '.owner'],
    ['an empty reason', { ...entry, reason: ' ' }, '.reason'],
    ['a misspelled field', { ...entry, checkid: 'dynamodb.table.pitr' }, '.checkid'],
    ['a malformed check id', { ...entry, checkId: 'PITR' }, '.checkId'],
    ['an ARN pattern that is not an ARN', { ...entry, resourceArn: 'table/orders' }, '.resourceArn'],
    ['a tag without a value', { ...entry, tag: { key: 'env' } }, '.tag'],
  ])('rejects %s, naming the field', (_what, bad, field) => {
    // Act
    const error = configError(() => parseSuppressions(file([entry, bad]), 's.json'));
    // Assess
    expect(error.field).toBe(`s.json suppressions[1] (#2)${field}`);
  });

  it('rejects an unknown check id when the registry is given', () => {
    // Act
    const error = configError(() => parseSuppressions(file([{ ...entry, checkId: 'dynamodb.table.backups' }]), 's.json', ['dynamodb.table.pitr']));
    // Assess
    expect(error.problem).toBe('no check has the id dynamodb.table.backups');
  });

  it('rejects an unsupported version and invalid JSON', () => {
    expect(configError(() => parseSuppressions('{"version":2,"suppressions":[]}', 's.json')).field).toBe('s.json version');
    expect(configError(() => parseSuppressions('{"version":1,', 's.json')).problem).toContain('not valid JSON');
  });
});

describe('applySuppressions', () => {
  const scenario = () =>
    findingsFor([
      table('scratch-events'),
      table('orders'),
      table('sandbox-orders', { tags: { data_classification: 'orange', env: 'sandbox' } }),
      table('clickstream', { tags: { data_classification: 'orange', owner: 'analytics-team' } }),
    ]);

  it('marks failures an active suppression covers, with its reason, owner and expiry', () => {
    // Prepare
    const { findings, inventory } = scenario();
    const suppressions = loadSuppressions(join(FIXTURES, 'accepted-risks.json'));
    // Act
    const result = applySuppressions(findings, suppressions, inventory, NOW);
    // Assess
    expect(findingOf(result.findings, 'dynamodb.table.pitr', 'scratch-events').suppression).toEqual({
      reason: 'Scratch tables are rebuilt from S3 exports every night',
      owner: 'data-platform@example.com',
      expires: '2027-03-31',
      index: 0,
      source: join(FIXTURES, 'accepted-risks.json'),
    });
    expect(findingOf(result.findings, 'dynamodb.table.encrypted_cmk', 'clickstream').suppression?.index).toBe(2);
    expect(findingOf(result.findings, 'dynamodb.table.pitr', 'clickstream').suppression).toBeUndefined();
    expect(findingOf(result.findings, 'dynamodb.table.pitr', 'orders').suppression).toBeUndefined();
    expect(result.suppressed).toBe(2);
  });

  it('stops applying an expired suppression and says so', () => {
    // Prepare
    const { findings, inventory } = scenario();
    const suppressions = loadSuppressions(join(FIXTURES, 'accepted-risks.json'));
    // Act
    const result = applySuppressions(findings, suppressions, inventory, NOW);
    // Assess
    expect(findingOf(result.findings, 'dynamodb.table.pitr', 'sandbox-orders').suppression).toBeUndefined();
    expect(result.expired.map((e) => e.message)).toEqual([`suppression #2 in ${join(FIXTURES, 'accepted-risks.json')} expired on 2026-10-01; no longer applied`]);
  });

  it('applies until the start of the expiry day (UTC)', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders')]);
    const suppressions = parseSuppressions(file([{ ...entry, expires: '2026-11-02' }]), 's.json');
    // Act
    const lastDay = applySuppressions(findings, suppressions, inventory, new Date('2026-11-01T23:59:59Z'));
    const expiryDay = applySuppressions(findings, suppressions, inventory, new Date('2026-11-02T00:00:00Z'));
    // Assess
    expect(lastDay.suppressed).toBe(1);
    expect(expiryDay.suppressed).toBe(0);
    expect(expiryDay.expired).toHaveLength(1);
  });

  it('never suppresses passes or checks that could not decide', () => {
    // Prepare
    const { findings, inventory } = findingsFor([table('orders', { pointInTimeRecovery: true, encryption: undefined, unknown: { encryption: 'DescribeTable failed' } })]);
    const suppressions = parseSuppressions(file([{ resourceArn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/*`, reason: 'r', owner: 'o', expires: '2027-01-01' }]), 's.json');
    // Act
    const result = applySuppressions(findings, suppressions, inventory, NOW);
    // Assess
    expect(result.suppressed).toBe(0);
    expect(result.findings.map((f) => f.status).sort()).toEqual(['NOT_EVALUATED', 'PASS']);
  });

  it('matches ARN patterns with * as any characters and everything else literally', () => {
    expect(globMatches('arn:aws:dynamodb:*:111122223333:table/tmp-*', 'arn:aws:dynamodb:eu-west-1:111122223333:table/tmp-load')).toBe(true);
    expect(globMatches('arn:aws:dynamodb:*:111122223333:table/tmp-*', 'arn:aws:dynamodb:eu-west-1:444455556666:table/tmp-load')).toBe(false);
    expect(globMatches('arn:aws:s3:::bucket.name', 'arn:aws:s3:::bucketxname')).toBe(false);
  });
});
