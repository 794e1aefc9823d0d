import { collectWith } from '../fake-aws/collect.js';
import { describe, expect, it } from 'vitest';
import { daxCollector } from '../../src/collectors/dax.js';
import type { DaxCluster } from '../../src/inventory/dynamodb.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import { daxFake, type FakeDaxCluster } from '../fake-aws/services/dax.js';
import { SERVICE_FAKES } from '../fake-aws/services/index.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGIONS = ['eu-west-1', 'us-east-1'];

function account(clusters: FakeDaxCluster[], usEast: FakeDaxCluster[] = []): FakeAccountSpec {
  return { accountId: ACCOUNT, regions: { 'eu-west-1': { dax: { clusters } }, 'us-east-1': { dax: { clusters: usEast } } } };
}

async function collect(fake: FakeAws, regions = REGIONS) {
  const restore = fake.install();
  try {
    return await collectWith([daxCollector], regions);
  } finally {
    restore();
  }
}

const clusters = (resources: { kind: string }[]) => resources.filter((r): r is DaxCluster => r.kind === 'dax.cluster');

/** DAX is offered in some regions only: elsewhere the endpoint's host name does not resolve. */
function withoutDaxIn(region: string) {
  return {
    ...daxFake,
    handlers: {
      ...daxFake.handlers,
      DescribeClusters: (input: Record<string, unknown>, ctx: Parameters<(typeof daxFake.handlers)[string]>[1]) => {
        if (ctx.region === region) {
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND dax.${region}.amazonaws.com`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: `dax.${region}.amazonaws.com` });
        }
        return daxFake.handlers.DescribeClusters!(input, ctx);
      },
    },
  };
}

describe('dax collector', () => {
  it('reads every cluster over pages of 100', async () => {
    // Prepare
    const many = Array.from({ length: 130 }, (_, i) => ({ name: `cache-${i}`, encrypted: true, tls: true }));
    const fake = new FakeAws(account(many));
    // Act
    const result = await collect(fake, ['eu-west-1']);
    // Assess
    expect(fake.callsTo('dax:DescribeClusters').map((c) => c.input.MaxResults)).toEqual([100, 100]);
    expect(clusters(result.resources)).toHaveLength(130);
    expect(result.scopes[0]?.state).toBe('complete');
  });

  it('normalizes encryption at rest, endpoint TLS, placement and tags', async () => {
    // Act
    const result = await collect(new FakeAws(account([
      { name: 'orders-cache', encrypted: true, tls: true, nodes: 3, subnetGroup: 'data-private', securityGroups: ['sg-0d1e2f3a4b5c6d7e8'], tags: { data_classification: 'orange' } },
      { name: 'legacy-cache', encrypted: false, tls: false, nodes: 1 },
    ])), ['eu-west-1']);
    // Assess
    const [legacy, orders] = clusters(result.resources).sort((a, b) => a.name.localeCompare(b.name));
    expect(orders).toMatchObject({
      arn: `arn:aws:dax:eu-west-1:${ACCOUNT}:cache/orders-cache`, encryptedAtRest: true, endpointEncryption: 'TLS', nodeCount: 3, subnetGroup: 'data-private',
      network: { securityGroupIds: ['sg-0d1e2f3a4b5c6d7e8'], port: 9111 }, classification: { effectiveTier: 'orange' },
    });
    expect(legacy).toMatchObject({ encryptedAtRest: false, endpointEncryption: 'NONE', tags: {} });
  });

  it('keeps a cluster whose tags are denied, with its tags unknown', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'dax', operation: 'ListTags', error: 'AccessDeniedException' }];
    // Act
    const result = await collect(new FakeAws(account([{ name: 'orders-cache', encrypted: true, tls: true, tags: { data_classification: 'green' } }]), { faults }), ['eu-west-1']);
    // Assess
    const [cluster] = clusters(result.resources);
    expect(cluster?.tags).toBeUndefined();
    expect(cluster?.unknown?.tags).toContain('AccessDeniedException');
    expect(cluster?.classification.source).toContain('tags could not be read');
    expect(cluster?.encryptedAtRest).toBe(true);
    expect(result.scopes[0]?.state).toBe('partial');
  });

  it('marks the scope failed when DescribeClusters is denied', async () => {
    // Act
    const result = await collect(new FakeAws(account([{ name: 'orders-cache' }]), { faults: [{ service: 'dax', operation: 'DescribeClusters', error: 'AccessDeniedException' }] }), ['eu-west-1']);
    // Assess
    expect(clusters(result.resources)).toEqual([]);
    expect(result.scopes[0]).toMatchObject({ service: 'dax', state: 'failed' });
  });

  it('records a region without DAX (host name does not resolve) as a collection error and still collects the others', async () => {
    // Prepare
    const fake = new FakeAws(account([{ name: 'orders-cache', encrypted: true, tls: true }], [{ name: 'ghost' }]), {
      services: [...SERVICE_FAKES.filter((s) => s.service !== 'dax'), withoutDaxIn('us-east-1')],
    });
    // Act
    const result = await collect(fake);
    // Assess
    expect(clusters(result.resources).map((c) => c.name)).toEqual(['orders-cache']);
    expect(result.errors).toEqual([expect.objectContaining({ region: 'us-east-1', action: 'dax:DescribeClusters', code: 'ENOTFOUND', message: expect.stringContaining('dax.us-east-1.amazonaws.com') })]);
    expect(result.scopes.find((s) => s.region === 'us-east-1')?.state).toBe('failed');
    expect(result.scopes.find((s) => s.region === 'eu-west-1')?.state).toBe('complete');
  });

  it('records an InvalidParameterValueException from an unsupported region the same way', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'dax', operation: 'DescribeClusters', region: 'us-east-1', error: 'InvalidParameterValueException', message: 'Access to DAX is not supported in this region' }];
    // Act
    const result = await collect(new FakeAws(account([{ name: 'orders-cache' }]), { faults }));
    // Assess
    expect(result.errors).toEqual([expect.objectContaining({ region: 'us-east-1', code: 'InvalidParameterValueException' })]);
    expect(clusters(result.resources)).toHaveLength(1);
  });
});
