import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { rdsCollectors } from '../../src/collectors/rds.js';
import { buildConfig } from '../../src/config/scan-config.js';
import { scan } from '../../src/scan.js';
import { secretsmanagerCollectors } from '../../src/collectors/secretsmanager.js';
import type { RdsCluster, RdsClusterSnapshot, RdsInstance, RdsProxy } from '../../src/inventory/rds.js';
import type { Secret } from '../../src/inventory/secretsmanager.js';
import type { Resource } from '../../src/inventory/types.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeAuroraCluster, RdsSpec } from '../fake-aws/services/rds.js';
import type { FakeSecret } from '../fake-aws/services/secretsmanager.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const VPC = 'vpc-0c1d2e3f4a5b60718';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`;
const SUBNETS = ['subnet-0c1d2e3f4a5b60011', 'subnet-0c1d2e3f4a5b60012'];

function aurora(id: string, extra: Partial<FakeAuroraCluster> = {}): FakeAuroraCluster {
  return {
    id, engine: 'aurora-postgresql', kmsKeyId: KEY, masterUsername: 'orders_admin', masterSecret: `rds!cluster-${id}`, subnetGroup: 'orders-private',
    parameterGroup: 'orders-secure-pg16', securityGroups: ['sg-0c1d2e3f4a5b60001'], retentionDays: 14, tags: { data_classification: 'red' },
    instances: [{ id: `${id}-1`, writer: true }, { id: `${id}-2` }], ...extra,
  };
}

function account(rds: RdsSpec, secrets: FakeSecret[] = []): FakeAccountSpec {
  const clusterSecrets = (rds.clusters ?? []).filter((c) => c.masterSecret).map((c) => ({ name: c.masterSecret!, owningService: 'rds', rotation: { enabled: true, days: 7, lastRotated: '2026-10-30T04:00:00Z' } }));
  return {
    accountId: ACCOUNT,
    regions: {
      [REGION]: {
        rds: {
          subnetGroups: [{ name: 'orders-private', vpcId: VPC, subnetIds: SUBNETS }],
          parameterGroups: [{ name: 'orders-secure-pg16', family: 'aurora-postgresql16', parameters: { 'rds.force_ssl': '1', shared_preload_libraries: 'pg_stat_statements,pgaudit' } }],
          ...rds,
        },
        secretsmanager: { secrets: [...clusterSecrets, ...secrets] },
      },
    },
  };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function collect(spec: FakeAccountSpec, faults: FaultSpec[] = []) {
  const fake = new FakeAws(spec, { faults });
  restore = fake.install();
  const result = await collectWith([...rdsCollectors, ...secretsmanagerCollectors], [REGION]);
  const of = <T extends Resource>(kind: string) => result.resources.filter((r): r is T => r.kind === kind);
  return {
    fake, result,
    clusters: of<RdsCluster>('rds.cluster'), instances: of<RdsInstance>('rds.instance'), snapshots: of<RdsClusterSnapshot>('rds.cluster_snapshot'),
    proxies: of<RdsProxy>('rds.proxy'), secrets: of<Secret>('secretsmanager.secret'),
  };
}

describe('rds collector', () => {
  it('reads every page of clusters and instances, keeps Aurora only, and places each cluster in its members\u2019 subnets', async () => {
    // Prepare: 110 clusters of 2 instances: two pages of clusters, three of instances; one Neptune cluster to skip.
    const many = Array.from({ length: 110 }, (_, i) => aurora(`orders-${String(i).padStart(3, '0')}`));
    // Act
    const { fake, clusters, instances, result } = await collect(account({ clusters: [...many, { id: 'graph', engine: 'neptune', instances: [] }] }));
    // Assess
    expect(fake.callsTo('rds:DescribeDBClusters')).toHaveLength(2);
    expect(fake.callsTo('rds:DescribeDBInstances')).toHaveLength(3);
    expect(clusters).toHaveLength(110);
    expect(instances).toHaveLength(220);
    expect(clusters.find((c) => c.name === 'orders-000')).toMatchObject({
      arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-000`,
      engine: 'aurora-postgresql',
      storageEncrypted: true,
      kmsKeyRefs: [KEY],
      masterUserSecret: { arn: expect.stringContaining(':secret:rds!cluster-orders-000-'), status: 'active' },
      network: { vpcId: VPC, subnetIds: SUBNETS, securityGroupIds: ['sg-0c1d2e3f4a5b60001'], port: 5432 },
      members: [{ instanceIdentifier: 'orders-000-1', writer: true }, { instanceIdentifier: 'orders-000-2', writer: false }],
      globalCluster: null,
      classification: { effectiveTier: 'red' },
    });
    expect(instances.find((i) => i.name === 'orders-000-2')).toMatchObject({
      clusterIdentifier: 'orders-000', publiclyAccessible: false, classification: { effectiveTier: 'red' },
      network: { vpcId: VPC, subnetIds: SUBNETS, securityGroupIds: ['sg-0c1d2e3f4a5b60001'], port: 5432 },
    });
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('complete');
  });

  it('reads each attached cluster parameter group once, every page, with engine defaults', async () => {
    // Prepare: 110 user parameters push the group past one 100-record page.
    const extra = Object.fromEntries(Array.from({ length: 110 }, (_, i) => [`custom.setting_${i}`, String(i)]));
    const spec = account({
      clusters: [aurora('orders-a'), aurora('orders-b'), aurora('billing', { engine: 'aurora-mysql', parameterGroup: undefined, masterSecret: undefined })],
      parameterGroups: [{ name: 'orders-secure-pg16', family: 'aurora-postgresql16', parameters: { 'rds.force_ssl': '1', ...extra } }],
    });
    // Act
    const { fake, clusters } = await collect(spec);
    // Assess
    const calls = fake.callsTo('rds:DescribeDBClusterParameters');
    expect(calls.map((c) => c.input.DBClusterParameterGroupName).sort()).toEqual(['default.aurora-mysql8.0', 'orders-secure-pg16', 'orders-secure-pg16']);
    expect(calls.every((c) => c.input.Source === undefined)).toBe(true);
    const a = clusters.find((c) => c.name === 'orders-a')!;
    expect(a.parameters?.['rds.force_ssl']).toEqual({ value: '1', source: 'user', applyType: 'dynamic' });
    expect(a.parameters?.shared_preload_libraries).toMatchObject({ value: 'pg_stat_statements', source: 'engine-default' });
    expect(Object.keys(a.parameters ?? {}).length).toBeGreaterThan(100);
    expect(clusters.find((c) => c.name === 'billing')?.parameters?.require_secure_transport).toMatchObject({ value: 'OFF', source: 'engine-default' });
  });

  it('reports a parameter change waiting for a reboot', async () => {
    // Act
    const { clusters } = await collect(account({ clusters: [aurora('orders-a', { pendingReboot: true })] }));
    // Assess
    expect(clusters[0]?.parameterApplyStatus).toBe('pending-reboot');
  });

  it('reads who may restore each manual snapshot, and never asks for automated ones', async () => {
    // Prepare
    const spec = account({
      clusters: [aurora('orders-a')],
      snapshots: [
        { id: 'orders-a-pre-upgrade', cluster: 'orders-a', restore: ['all'] },
        { id: 'orders-a-shared', cluster: 'orders-a', restore: ['444455556666'] },
        { id: 'rds:orders-a-2026-11-01', cluster: 'orders-a', type: 'automated' },
        { id: 'deleted-cluster-final', cluster: 'old-orders', engine: 'aurora-postgresql', encrypted: false },
      ],
    });
    // Act
    const { fake, snapshots } = await collect(spec);
    // Assess
    expect(fake.callsTo('rds:DescribeDBClusterSnapshotAttributes').map((c) => c.input.DBClusterSnapshotIdentifier).sort()).toEqual(['deleted-cluster-final', 'orders-a-pre-upgrade', 'orders-a-shared']);
    expect(snapshots.find((s) => s.name === 'orders-a-pre-upgrade')).toMatchObject({ restoreAccounts: ['all'], storageEncrypted: true, classification: { effectiveTier: 'red' } });
    expect(snapshots.find((s) => s.name === 'rds:orders-a-2026-11-01')?.restoreAccounts).toBeUndefined();
    expect(snapshots.find((s) => s.name === 'deleted-cluster-final')).toMatchObject({ storageEncrypted: false, restoreAccounts: [] });
  });

  it('keeps the source of a snapshot copied from another region', async () => {
    // Prepare
    const source = `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:rds:orders-a-2026-11-01-03-00`;
    const spec = account({ clusters: [aurora('orders-a')], snapshots: [{ id: 'orders-a-dr-copy', cluster: 'orders-a', source }, { id: 'orders-a-local', cluster: 'orders-a' }] });
    // Act
    const { snapshots } = await collect(spec);
    // Assess
    expect(snapshots.find((s) => s.name === 'orders-a-dr-copy')?.sourceSnapshotArn).toBe(source);
    expect(snapshots.find((s) => s.name === 'orders-a-local')?.sourceSnapshotArn).toBeUndefined();
  });

  it('leaves only one snapshot\u2019s sharing unknown when its attributes are denied', async () => {
    // Prepare
    const spec = account({ clusters: [aurora('orders-a')], snapshots: [{ id: 'a', cluster: 'orders-a' }, { id: 'b', cluster: 'orders-a' }] });
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeDBClusterSnapshotAttributes', input: { DBClusterSnapshotIdentifier: 'b' }, error: 'AccessDenied' }];
    // Act
    const { snapshots, result } = await collect(spec, faults);
    // Assess
    expect(snapshots.find((s) => s.name === 'a')?.restoreAccounts).toEqual([]);
    expect(snapshots.find((s) => s.name === 'b')?.unknown?.restoreAccounts).toContain('rds:DescribeDBClusterSnapshotAttributes failed: AccessDenied');
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('partial');
  });

  it('gives each global database member the regions of all members', async () => {
    // Prepare
    const arn = `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-a`;
    const spec = account({ clusters: [aurora('orders-a', { global: 'orders-global' }), aurora('orders-b')], globalClusters: [{ id: 'orders-global', members: [arn, `arn:aws:rds:eu-central-1:${ACCOUNT}:cluster:orders-a-dr`] }] });
    // Act
    const { clusters } = await collect(spec);
    // Assess
    expect(clusters.find((c) => c.name === 'orders-a')?.globalCluster).toEqual({ identifier: 'orders-global', regions: ['eu-central-1', 'eu-west-1'] });
    expect(clusters.find((c) => c.name === 'orders-b')?.globalCluster).toBeNull();
  });

  it('reads proxies with their TLS setting and credentials', async () => {
    // Prepare
    const spec = account({ clusters: [aurora('orders-a')], proxies: [{ name: 'orders-proxy', requireTls: false, secrets: ['rds!cluster-orders-a'], vpcId: VPC, subnetIds: SUBNETS, securityGroups: ['sg-0c1d2e3f4a5b60001'] }] });
    // Act
    const { proxies } = await collect(spec);
    // Assess
    expect(proxies).toEqual([expect.objectContaining({ proxyName: 'orders-proxy', requireTls: false, authSecrets: [expect.stringContaining(':secret:rds!cluster-orders-a-')] })]);
  });

  it('reads the DB subnet group of a cluster without instances, once per group, and never for placed clusters', async () => {
    // Prepare
    const spec = account({ clusters: [aurora('orders-a'), aurora('archive-a', { instances: [] }), aurora('archive-b', { instances: [] })] });
    // Act
    const { fake, clusters } = await collect(spec);
    // Assess
    expect(fake.callsTo('rds:DescribeDBSubnetGroups').map((c) => c.input.DBSubnetGroupName)).toEqual(['orders-private']);
    expect(clusters.find((c) => c.name === 'archive-b')?.network).toEqual({ vpcId: VPC, subnetIds: SUBNETS, securityGroupIds: ['sg-0c1d2e3f4a5b60001'], port: 5432 });
  });

  it('places clusters from their subnet groups when the instance listing failed', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeDBInstances', error: 'AccessDenied' }];
    // Act
    const { clusters, result } = await collect(account({ clusters: [aurora('orders-a')] }), faults);
    // Assess
    expect(clusters[0]?.network?.subnetIds).toEqual(SUBNETS);
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('failed');
  });

  it('leaves the subnets of a headless cluster unknown when its subnet group cannot be read', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeDBSubnetGroups', error: 'AccessDenied' }];
    // Act
    const { clusters } = await collect(account({ clusters: [aurora('archive-a', { instances: [] })] }), faults);
    // Assess
    expect(clusters[0]?.network?.subnetIds).toBeUndefined();
    expect(clusters[0]?.unknown?.['network.subnetIds']).toContain('rds:DescribeDBSubnetGroups failed');
  });

  it('marks the scope failed when clusters cannot be listed', async () => {
    // Act
    const { clusters, result } = await collect(account({ clusters: [aurora('orders-a')] }), [{ service: 'rds', operation: 'DescribeDBClusters', error: 'AccessDenied' }]);
    // Assess
    expect(clusters).toEqual([]);
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('failed');
  });
});

describe('secrets manager collector', () => {
  it('describes each secret a cluster names, and lists other database secrets over every page, never their values', async () => {
    // Prepare: 120 application secrets, 3 of them for databases.
    const others: FakeSecret[] = Array.from({ length: 117 }, (_, i) => ({ name: `app/feature-${i}` }));
    const db: FakeSecret[] = [{ name: 'billing/mysql/app-user', rotation: { enabled: false } }, { name: 'reporting-db-readonly' }, { name: 'legacy', owningService: 'redshift' }];
    // Act
    const { fake, secrets } = await collect(account({ clusters: [aurora('orders-a')] }, [...others, ...db]));
    // Assess
    expect(fake.callsTo('secretsmanager:ListSecrets')).toHaveLength(2);
    expect(fake.callsTo('secretsmanager:DescribeSecret').map((c) => c.input.SecretId)).toEqual([expect.stringContaining(':secret:rds!cluster-orders-a-')]);
    expect(secrets.map((s) => s.secretName).sort()).toEqual(['billing/mysql/app-user', 'legacy', 'rds!cluster-orders-a', 'reporting-db-readonly']);
    expect(secrets.find((s) => s.secretName === 'rds!cluster-orders-a')).toMatchObject({ rotationEnabled: true, rotationDays: 7, lastRotatedAt: '2026-10-30T04:00:00.000Z', usedBy: [`arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-a`] });
    expect(fake.calls.some((c) => c.operation === 'GetSecretValue')).toBe(false);
    expect(JSON.stringify(secrets)).not.toMatch(/SecretString|password/i);
  });

  it('a denied DescribeSecret leaves only that secret\u2019s rotation unknown, naming the call', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'secretsmanager', operation: 'DescribeSecret', error: 'AccessDeniedException' }];
    // Act
    const { secrets, clusters, result } = await collect(account({ clusters: [aurora('orders-a')] }, [{ name: 'billing/mysql/app-user', rotation: { enabled: true, days: 30 } }]), faults);
    // Assess
    const managed = secrets.find((s) => s.arn === clusters[0]?.masterUserSecret?.arn)!;
    expect(managed.rotationEnabled).toBeUndefined();
    expect(managed.unknown?.rotationEnabled).toContain('secretsmanager:DescribeSecret failed: AccessDeniedException');
    expect(secrets.find((s) => s.secretName === 'billing/mysql/app-user')?.rotationEnabled).toBe(true);
    expect(result.errors).toEqual([expect.objectContaining({ action: 'secretsmanager:DescribeSecret', resourceArn: managed.arn })]);
  });

  it('reads a rate() schedule as days between rotations', async () => {
    // Act
    const { secrets } = await collect(account({}, [{ name: 'warehouse-db', rotation: { enabled: true, schedule: 'rate(10 days)' } }]));
    // Assess
    expect(secrets[0]).toMatchObject({ rotationDays: 10, rotationSchedule: 'rate(10 days)' });
  });

  it('reads a rate() schedule in hours as a fraction of a day, so an hourly rotation that stopped is not judged against 90 days', async () => {
    // Act
    const { secrets } = await collect(account({}, [{ name: 'warehouse-db', rotation: { enabled: true, schedule: 'rate(12 hours)' } }]));
    // Assess
    expect(secrets[0]).toMatchObject({ rotationDays: 0.5, rotationSchedule: 'rate(12 hours)' });
  });
});

describe('a denied DescribeSecret, end to end', () => {
  it('degrades only the cluster\u2019s rotation check; every other Aurora verdict is unchanged', async () => {
    // Prepare
    const spec = account({ clusters: [aurora('orders-a')] });
    const config = buildConfig({ regions: [REGION], services: ['rds'], accountId: ACCOUNT });
    const fake = new FakeAws(spec);
    restore = fake.install();
    const clean = await scan(config);
    restore();
    const denied = new FakeAws(spec, { faults: [{ service: 'secretsmanager', operation: 'DescribeSecret', error: 'AccessDeniedException' }] });
    restore = denied.install();
    // Act
    const result = await scan(config);
    // Assess
    const before = new Map(clean.findings.map((f) => [`${f.checkId} ${f.resourceArn}`, f.status]));
    const changed = result.findings.filter((f) => before.get(`${f.checkId} ${f.resourceArn}`) !== f.status);
    expect(changed).toEqual([expect.objectContaining({ checkId: 'rds.cluster.secret_rotation', status: 'NOT_EVALUATED', reason: expect.stringContaining('secretsmanager:DescribeSecret failed') })]);
  });
});
