import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildConfig } from '../../src/config/scan-config.js';
import { redshiftserverlessCollectors } from '../../src/collectors/redshift-serverless.js';
import type { RedshiftServerlessNamespace, RedshiftServerlessWorkgroup } from '../../src/inventory/redshift.js';
import type { Resource } from '../../src/inventory/types.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeNamespace, FakeWorkgroup, RedshiftServerlessSpec } from '../fake-aws/services/redshift-serverless.js';
import type { FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/7d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/redshift-serverless-copy`;

const workgroup = (name: string, extra: Partial<FakeWorkgroup> = {}): FakeWorkgroup => ({
  name, namespace: `${name}-ns`, subnetIds: ['subnet-0b1c2d3e4f5a60021', 'subnet-0b1c2d3e4f5a60022'], securityGroupIds: ['sg-0b1c2d3e4f5a60031'], tags: { data_classification: 'green' }, ...extra,
});
const namespace = (name: string, extra: Partial<FakeNamespace> = {}): FakeNamespace => ({
  name, adminUsername: 'wh_admin', managedPassword: true, kmsKeyId: KEY, logExports: ['connectionlog', 'userlog', 'useractivitylog'], iamRoles: [ROLE], tags: { data_classification: 'red' }, ...extra,
});

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function collect(spec: RedshiftServerlessSpec, faults: FaultSpec[] = []) {
  const fake = new FakeAws({ accountId: ACCOUNT, regions: { [REGION]: { 'redshift-serverless': spec } } }, { faults });
  restore = fake.install();
  const result = await collectWith(redshiftserverlessCollectors, [REGION]);
  return {
    fake,
    result,
    workgroups: result.resources.filter((r: Resource): r is RedshiftServerlessWorkgroup => r.kind === 'redshiftserverless.workgroup'),
    namespaces: result.resources.filter((r: Resource): r is RedshiftServerlessNamespace => r.kind === 'redshiftserverless.namespace'),
  };
}

describe('redshift serverless collector', () => {
  it('reads every page of workgroups and namespaces (nextToken, 100 a page)', async () => {
    // Prepare
    const names = Array.from({ length: 205 }, (_, i) => `etl-${String(i).padStart(3, '0')}`);
    // Act
    const { fake, workgroups, namespaces, result } = await collect({ workgroups: names.map((n) => workgroup(n)), namespaces: names.map((n) => namespace(`${n}-ns`)) });
    // Assess
    expect(fake.callsTo('redshift-serverless:ListWorkgroups')).toHaveLength(3);
    expect(fake.callsTo('redshift-serverless:ListNamespaces')).toHaveLength(3);
    expect(workgroups).toHaveLength(205);
    expect(namespaces).toHaveLength(205);
    expect(result.scopes[0]).toMatchObject({ service: 'redshiftserverless', state: 'complete' });
  });

  it('normalizes the camelCase workgroup into our inventory, network placement included', async () => {
    // Act
    const { workgroups } = await collect({ workgroups: [workgroup('bi-adhoc', { config: { require_ssl: 'false' }, port: 5440, vpcId: 'vpc-0b1c2d3e4f5a60700' })], namespaces: [] });
    // Assess
    expect(workgroups[0]).toMatchObject({
      name: 'bi-adhoc',
      arn: expect.stringMatching(new RegExp(`^arn:aws:redshift-serverless:${REGION}:${ACCOUNT}:workgroup/`)),
      namespaceName: 'bi-adhoc-ns',
      publiclyAccessible: false,
      enhancedVpcRouting: false,
      configParameters: expect.objectContaining({ require_ssl: 'false' }),
      network: { vpcId: 'vpc-0b1c2d3e4f5a60700', subnetIds: ['subnet-0b1c2d3e4f5a60021', 'subnet-0b1c2d3e4f5a60022'], securityGroupIds: ['sg-0b1c2d3e4f5a60031'], port: 5440 },
      tags: { data_classification: 'green' },
      classification: { effectiveTier: 'green' },
    });
  });

  it('normalizes namespaces: key refs, role ARNs out of the IamRole(...) strings, AWS owned key', async () => {
    // Act
    const { namespaces } = await collect({ namespaces: [namespace('finance'), namespace('scratch', { kmsKeyId: undefined, iamRoles: [] })] });
    // Assess
    expect(namespaces.find((n) => n.name === 'finance')).toMatchObject({ kmsKeyId: KEY, kmsKeyRefs: [KEY], iamRoles: [ROLE], iamRoleRefs: [ROLE], adminUsername: 'wh_admin', classification: { effectiveTier: 'red' } });
    const scratch = namespaces.find((n) => n.name === 'scratch');
    expect(scratch?.kmsKeyId).toBe('AWS_OWNED_KMS_KEY');
    expect(scratch?.kmsKeyRefs).toBeUndefined();
  });

  it('attaches snapshot copy configurations to their namespace, over several pages', async () => {
    // Prepare
    const copies = Array.from({ length: 150 }, (_, i) => ({ namespace: `ns-${i}`, destinationRegion: 'us-west-2' }));
    // Act
    const { fake, namespaces } = await collect({ namespaces: [namespace('ns-7'), namespace('ns-999')], snapshotCopies: copies });
    // Assess
    expect(fake.callsTo('redshift-serverless:ListSnapshotCopyConfigurations')).toHaveLength(2);
    expect(namespaces.find((n) => n.name === 'ns-7')?.snapshotCopies).toEqual([{ destinationRegion: 'us-west-2', retentionDays: 7 }]);
    expect(namespaces.find((n) => n.name === 'ns-999')?.snapshotCopies).toEqual([]);
  });

  it('leaves snapshot copies unknown, not empty, when listing them fails', async () => {
    // Act
    const { namespaces, result } = await collect({ namespaces: [namespace('finance')] }, [{ service: 'redshift-serverless', operation: 'ListSnapshotCopyConfigurations', error: 'AccessDeniedException' }]);
    // Assess
    expect(namespaces[0]?.snapshotCopies).toBeUndefined();
    expect(namespaces[0]?.unknown?.snapshotCopies).toContain('AccessDeniedException');
    expect(result.scopes[0]?.state).toBe('partial');
  });

  it('leaves tags unknown for the one resource whose tags could not be read', async () => {
    // Prepare
    const spec = { workgroups: [workgroup('bi-adhoc')], namespaces: [namespace('finance')] };
    const { fake: probe } = await collect(spec);
    const nsArn = probe.calls.find((c) => c.operation === 'ListTagsForResource' && String(c.input.resourceArn).includes(':namespace/'))?.input.resourceArn;
    restore?.();
    // Act
    const { namespaces, workgroups } = await collect(spec, [{ service: 'redshift-serverless', operation: 'ListTagsForResource', input: { resourceArn: nsArn }, error: 'AccessDeniedException' }]);
    // Assess
    expect(namespaces[0]?.tags).toBeUndefined();
    expect(namespaces[0]?.classification.source).toContain('tags could not be read');
    expect(workgroups[0]?.tags).toEqual({ data_classification: 'green' });
  });

  it('marks the scope failed when workgroups cannot be listed', async () => {
    // Act
    const { result } = await collect({ workgroups: [workgroup('bi-adhoc')] }, [{ service: 'redshift-serverless', operation: 'ListWorkgroups', error: 'AccessDeniedException' }]);
    // Assess
    expect(result.scopes[0]?.state).toBe('failed');
  });

  it('degrades only the snapshot copy check when ListSnapshotCopyConfigurations is denied', async () => {
    // Prepare
    const spec = { workgroups: [workgroup('customer360-wg', { namespace: 'customer360', enhancedVpcRouting: true })], namespaces: [namespace('customer360')], snapshotCopies: [{ namespace: 'customer360', destinationRegion: 'us-west-2' }] };
    const fake = new FakeAws(
      {
        accountId: ACCOUNT,
        regions: {
          [REGION]: {
            'redshift-serverless': spec,
            kms: { keys: [{ id: KEY.split('/')[1]!, manager: 'CUSTOMER' }] },
            ec2: {
              vpcs: [{ id: 'vpc-0b1c2d3e4f5a60700' }],
              subnets: [{ id: 'subnet-0b1c2d3e4f5a60021', vpcId: 'vpc-0b1c2d3e4f5a60700' }, { id: 'subnet-0b1c2d3e4f5a60022', vpcId: 'vpc-0b1c2d3e4f5a60700' }],
              routeTables: [{ id: 'rtb-0b1c2d3e4f5a60040', vpcId: 'vpc-0b1c2d3e4f5a60700', main: true }],
              securityGroups: [{ id: 'sg-0b1c2d3e4f5a60031', vpcId: 'vpc-0b1c2d3e4f5a60700', ingress: [{ from: 5439, cidrs: ['10.0.0.0/16'] }] }],
            },
          },
        },
      },
      { faults: [{ service: 'redshift-serverless', operation: 'ListSnapshotCopyConfigurations', error: 'AccessDeniedException' }] },
    );
    restore = fake.install();
    // Act
    const result = await scan(buildConfig({ regions: [REGION], services: ['redshiftserverless'], accountId: ACCOUNT }));
    // Assess
    const notEvaluated = result.findings.filter((f) => f.status === 'NOT_EVALUATED').map((f) => f.checkId);
    expect(notEvaluated).toEqual(['redshiftserverless.namespace.snapshot_copy']);
    expect(result.findings.filter((f) => f.status === 'FAIL').map((f) => f.checkId)).toEqual([]);
    expect(result.inventory.scopes.find((s) => s.service === 'redshiftserverless')?.state).toBe('partial');
  });
});
