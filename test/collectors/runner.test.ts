import { DynamoDBClient, ListTablesCommand, type ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { GetDatabasesCommand, GetTablesCommand, GlueClient, type GetDatabasesCommandOutput, type GetTablesCommandOutput } from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { Collector, CollectorContext } from '../../src/collectors/types.js';
import { collectWith } from '../fake-aws/collect.js';
import { awsError } from '../fake-aws/errors.js';

const REGION = 'eu-west-1';
const ddb = mockClient(DynamoDBClient);
const glue = mockClient(GlueClient);
afterEach(() => {
  ddb.reset();
  glue.reset();
});

/** A collector that lists DynamoDB tables page by page, emitting each as listed, as the real one does. */
const tableLister: Collector = {
  service: 'dynamodb',
  phase: 'primary',
  produces: ['dynamodb.table'],
  actions: ['dynamodb:ListTables'],
  async collect(ctx: CollectorContext) {
    const client = ctx.client(DynamoDBClient);
    const pages = ctx.pages(client, (t) => new ListTablesCommand({ ExclusiveStartTableName: t }), (o: ListTablesCommandOutput) => ({ items: o.TableNames, next: o.LastEvaluatedTableName }), { lists: 'dynamodb.table' });
    for await (const names of pages) {
      for (const name of names) ctx.emit<'dynamodb.table'>({ kind: 'dynamodb.table', arn: ctx.arn('dynamodb.table', { name }), name, region: ctx.region, accountId: ctx.accountId });
    }
  },
};

/** Databases, then each database's tables: the tables' listing is whole only inside a whole database listing. */
const catalogLister: Collector = {
  service: 'glue',
  phase: 'primary',
  produces: ['glue.catalog', 'glue.database', 'glue.table'],
  actions: ['glue:GetDatabases', 'glue:GetTables'],
  async collect(ctx) {
    const client = ctx.client(GlueClient);
    ctx.emit<'glue.catalog'>({ kind: 'glue.catalog', arn: ctx.arn('glue.catalog', {}), name: 'catalog', region: ctx.region, accountId: ctx.accountId, catalogId: ctx.accountId });
    const dbs = await ctx.all(client, (t) => new GetDatabasesCommand({ NextToken: t }), (o: GetDatabasesCommandOutput) => ({ items: o.DatabaseList, next: o.NextToken }), { lists: 'glue.database' });
    for (const db of dbs.items) {
      const name = db.Name!;
      ctx.emit<'glue.database'>({ kind: 'glue.database', arn: ctx.arn('glue.database', { name }), name, region: ctx.region, accountId: ctx.accountId, databaseName: name });
      const tables = await ctx.all(client, (t) => new GetTablesCommand({ DatabaseName: name, NextToken: t }), (o: GetTablesCommandOutput) => ({ items: o.TableList, next: o.NextToken }), { lists: 'glue.table' });
      for (const t of tables.items) {
        ctx.emit<'glue.table'>({ kind: 'glue.table', arn: ctx.arn('glue.table', { database: name, name: t.Name! }), name: `${name}.${t.Name!}`, region: ctx.region, accountId: ctx.accountId, databaseName: name, tableName: t.Name! });
      }
    }
  },
};

const scopeOf = async (collector: Collector, signal?: AbortSignal) => {
  const result = await collectWith([collector], [REGION], { signal });
  return result.scopes[0]!;
};

describe('what a scope proves about each kind it lists', () => {
  it('proves a kind whole when every page of its listing was read', async () => {
    // Prepare
    ddb.on(ListTablesCommand, { ExclusiveStartTableName: undefined }).resolves({ TableNames: ['a', 'b'], LastEvaluatedTableName: 'b' });
    ddb.on(ListTablesCommand, { ExclusiveStartTableName: 'b' }).resolves({ TableNames: ['c'] });
    // Act
    const scope = await scopeOf(tableLister);
    // Assess
    expect(scope).toMatchObject({ state: 'complete', accountId: '111122223333', listings: { 'dynamodb.table': { state: 'whole' } } });
  });

  it('proves only what was read when a later page fails: partial, naming the failed call', async () => {
    // Prepare
    ddb.on(ListTablesCommand, { ExclusiveStartTableName: undefined }).resolves({ TableNames: ['a'], LastEvaluatedTableName: 'a' });
    ddb.on(ListTablesCommand, { ExclusiveStartTableName: 'a' }).rejects(awsError('ThrottlingException', 'slow down'));
    // Act
    const scope = await scopeOf(tableLister);
    // Assess
    expect(scope.state).toBe('failed');
    expect(scope.listings['dynamodb.table']).toEqual({ state: 'partial', reason: 'dynamodb:ListTables failed: ThrottlingException: slow down' });
  });

  it('proves nothing when the first page fails', async () => {
    // Prepare
    ddb.on(ListTablesCommand).rejects(awsError('AccessDeniedException', 'denied'));
    // Act
    const scope = await scopeOf(tableLister);
    // Assess
    expect(scope.listings['dynamodb.table']).toMatchObject({ state: 'none' });
  });

  it('proves nothing once the deadline has passed before the listing is read', async () => {
    // Prepare
    const controller = new AbortController();
    controller.abort(new Error('the collection deadline was reached'));
    // Act
    const scope = await scopeOf(tableLister, controller.signal);
    // Assess
    expect(scope.state).toBe('aborted');
    expect(scope.listings['dynamodb.table']?.state).toBe('none');
  });

  it('keeps a listing read whole before the deadline cut the scope', async () => {
    // Prepare
    const controller = new AbortController();
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a'] });
    const thenCut: Collector = {
      ...tableLister,
      async collect(ctx) {
        await tableLister.collect(ctx);
        controller.abort(new Error('the collection deadline was reached'));
        await ctx.send(ctx.client(DynamoDBClient), new ListTablesCommand({}));
      },
    };
    // Act
    const scope = await scopeOf(thenCut, controller.signal);
    // Assess
    expect(scope.state).toBe('aborted');
    expect(scope.listings['dynamodb.table']?.state).toBe('whole');
  });

  it('proves nothing about any kind when the collector itself fails', async () => {
    // Prepare
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a'] });
    const crashing: Collector = { ...tableLister, async collect(ctx) { await tableLister.collect(ctx); throw new Error('unexpected shape'); } };
    // Act
    const scope = await scopeOf(crashing);
    // Assess
    expect(scope.state).toBe('failed');
    expect(scope.listings['dynamodb.table']).toEqual({ state: 'none', reason: 'unexpected shape' });
  });

  it('proves a kind listed inside its parents whole when the parents are, even when there are none', async () => {
    // Prepare
    glue.on(GetDatabasesCommand).resolves({ DatabaseList: [] });
    // Act
    const scope = await scopeOf(catalogLister);
    // Assess
    expect(scope.listings).toEqual({ 'glue.catalog': { state: 'whole' }, 'glue.database': { state: 'whole' }, 'glue.table': { state: 'whole' } });
  });

  it('proves the inner kind partial when one parent\u2019s inner listing fails, the parents still whole', async () => {
    // Prepare
    glue.on(GetDatabasesCommand).resolves({ DatabaseList: [{ Name: 'sales' }, { Name: 'hr' }] });
    glue.on(GetTablesCommand, { DatabaseName: 'sales' }).resolves({ TableList: [{ Name: 'orders' }] });
    glue.on(GetTablesCommand, { DatabaseName: 'hr' }).rejects(awsError('AccessDeniedException', 'denied'));
    // Act
    const scope = await scopeOf(catalogLister);
    // Assess
    expect(scope.listings['glue.database']).toEqual({ state: 'whole' });
    expect(scope.listings['glue.table']).toEqual({ state: 'partial', reason: 'glue:GetTables failed: AccessDeniedException: denied' });
  });

  it('proves the inner kind nothing when its parents were not listed whole', async () => {
    // Prepare
    glue.on(GetDatabasesCommand).rejects(awsError('AccessDeniedException', 'denied'));
    // Act
    const scope = await scopeOf(catalogLister);
    // Assess
    expect(scope.listings['glue.database']?.state).toBe('none');
    expect(scope.listings['glue.table']).toEqual({ state: 'none', reason: 'glue:GetDatabases failed: AccessDeniedException: denied' });
  });
});
