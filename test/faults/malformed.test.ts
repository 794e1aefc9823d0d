import { describe, expect, it } from 'vitest';
import { SERVICE_FAKES } from '../fake-aws/services/index.js';
import type { FakeHandler, ServiceFake } from '../fake-aws/types.js';
import { scanWith, verdicts } from './scenario.js';

const CMK = 'dynamodb.table.encrypted_cmk';
const PITR = 'dynamodb.table.pitr';

/** The registered fakes, with some handlers of one service replaced (given the original). */
function variant(service: string, replace: Record<string, (original: FakeHandler) => FakeHandler>): ServiceFake[] {
  return SERVICE_FAKES.map((f) =>
    f.service !== service ? f : { ...f, handlers: { ...f.handlers, ...Object.fromEntries(Object.entries(replace).map(([op, make]) => [op, make(f.handlers[op]!)])) } },
  );
}

describe('malformed or surprising responses', () => {
  it('DescribeTable without Table: the encryption verdict is NOT_EVALUATED saying so, never a pass', async () => {
    // Act
    const { result } = await scanWith({ services: variant('dynamodb', { DescribeTable: () => () => ({}) }) });
    // Assess
    const cmk = result.findings.filter((f) => f.checkId === CMK);
    expect(cmk.length).toBeGreaterThan(0);
    for (const f of cmk) expect(f).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('DescribeTable returned no Table') });
  });

  it('DescribeContinuousBackups without PointInTimeRecoveryDescription: PITR is NOT_EVALUATED, never a pass', async () => {
    // Act
    const { result } = await scanWith({ services: variant('dynamodb', { DescribeContinuousBackups: () => () => ({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED' } }) }) });
    // Assess
    const pitr = result.findings.filter((f) => f.checkId === PITR);
    expect(pitr.length).toBeGreaterThan(0);
    for (const f of pitr) expect(f).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('PointInTimeRecoveryStatus') });
  });

  it('DescribeKey without KeyManager: tables on that key are NOT_EVALUATED, not passed as customer managed', async () => {
    // Act
    const { result } = await scanWith({
      services: variant('kms', {
        DescribeKey: (original) => (input, ctx) => {
          const out = original(input, ctx) as { KeyMetadata: Record<string, unknown> };
          delete out.KeyMetadata.KeyManager;
          return out;
        },
      }),
    });
    // Assess
    const onKeys = result.findings.filter((f) => f.checkId === CMK && result.inventory.resources.find((r) => r.arn === f.resourceArn)?.kmsKeyRefs?.length);
    expect(onKeys.length).toBeGreaterThan(0);
    for (const f of onKeys) expect(f.status).toBe('NOT_EVALUATED');
  });

  it('an empty first page with a continuation token, then tiny pages: every table is still found', async () => {
    // Prepare: the first ListTables page is empty but carries a token; the rest come two at a time.
    const clean = await scanWith();
    const services = variant('dynamodb', {
      ListTables: (original) => (input, ctx) =>
        input.ExclusiveStartTableName === undefined ? { TableNames: [], LastEvaluatedTableName: '!' } : original({ ...input, Limit: 2 }, ctx),
    });
    // Act
    const { result } = await scanWith({ services });
    // Assess
    expect(result.inventory.errors).toEqual([]);
    expect(verdicts(result)).toEqual(verdicts(clean.result));
  });

  it('a paginator returning the same token twice: stops, keeps what it read, marks the scope failed, no infinite loop', async () => {
    // Prepare: ListTables always answers the first page with a token.
    const services = variant('dynamodb', {
      ListTables: (original) => (input, ctx) => {
        const first = original({ Limit: 3 }, ctx) as { TableNames: string[] };
        return { TableNames: first.TableNames, LastEvaluatedTableName: first.TableNames.at(-1) };
      },
    });
    // Act
    const { result, fake } = await scanWith({ services });
    // Assess
    expect(fake.callsTo('dynamodb:ListTables')).toHaveLength(4);
    const errors = result.inventory.errors.filter((e) => e.operation === 'ListTables');
    expect(errors).toEqual([expect.objectContaining({ code: 'InvalidResponse', message: expect.stringContaining('pagination token repeated') }), expect.objectContaining({ code: 'InvalidResponse' })]);
    expect(result.inventory.scopes.filter((s) => s.service === 'dynamodb').map((s) => s.state)).toEqual(['failed', 'failed']);
    expect(result.partial).toBe(true);
  });

  it('a response with lists as null and unknown extra fields: no crash, tags read as none', async () => {
    // Act
    const { result } = await scanWith({
      services: variant('dynamodb', { ListTagsOfResource: () => () => ({ Tags: null, Surprise: { nested: true } }) }),
    });
    // Assess
    const tables = result.inventory.resources.filter((r) => r.kind === 'dynamodb.table');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.tags).toEqual({});
    expect(result.inventory.errors).toEqual([]);
  });
});
