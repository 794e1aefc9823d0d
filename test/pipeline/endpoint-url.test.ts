import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

interface Seen {
  target: string | undefined;
  authorization: string | undefined;
}

/** A local stand-in for the DynamoDB endpoint: answers ListTables with no tables. */
function dynamodbEndpoint(seen: Seen[]): Promise<Server> {
  const server = createServer((req: IncomingMessage, res) => {
    seen.push({ target: req.headers['x-amz-target'] as string | undefined, authorization: req.headers.authorization });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ TableNames: [] }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('standard AWS environment variables', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('sends real signed requests to AWS_ENDPOINT_URL with the credentials from the environment', async () => {
    // Prepare
    const seen: Seen[] = [];
    server = await dynamodbEndpoint(seen);
    const { port } = server.address() as AddressInfo;
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: 'AKIAENDPOINTTEST0001',
      AWS_SECRET_ACCESS_KEY: 'endpoint-test-secret',
      AWS_REGION: 'eu-west-1',
    });
    delete process.env.AWS_PROFILE;
    const out: string[] = [];
    try {
      // Act
      const code = await runCli(['scan', '--checks', 'dynamodb.table.pitr', '--account-id', '111122223333', '--format', 'json', '--quiet'], {
        stdout: (t) => out.push(t),
        stderr: () => undefined,
        env: process.env,
      });
      // Assess
      expect(code).toBe(0);
      expect(JSON.parse(out.join(''))).toEqual([]);
      expect(seen.map((s) => s.target)).toContain('DynamoDB_20120810.ListTables');
      expect(seen[0]?.authorization).toContain('Credential=AKIAENDPOINTTEST0001/');
      expect(seen[0]?.authorization).toContain('/eu-west-1/dynamodb/aws4_request');
    } finally {
      process.env = saved;
    }
  });
});
