import { afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/client-factory.js';
import { buildConfig } from '../../src/config.js';
import { rdsCollectors } from '../../src/collectors/rds.js';
import { runCollectors } from '../../src/collectors/runner.js';
import { DEFAULT_CLASSIFICATION } from '../../src/inventory/classification.js';
import type { AuroraCluster, AuroraClusterSnapshot, AuroraInstance, RdsProxy } from '../../src/inventory/rds.js';
import type { Resource } from '../../src/inventory/types.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeAuroraCluster, RdsSpec } from '../fake-aws/services/rds.js';
import { secretArn, type FakeSecret } from '../fake-aws/services/secretsmanager.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const VPC = 'vpc-0b1c2d3e4f5a60718';
const SUBNETS = ['subnet-0b1c2d3e4f5a60011', 'subnet-0b1c2d3e4f5a60012'];
const SG = 'sg-0b1c2d3e4f5a60001';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`;

function cluster(id: string, extra: Partial<FakeAuroraCluster> = {}): FakeAuroraCluster {
  return {
    id, engine: 'aurora-postgresql', engineVersion: '16.4', kmsKeyId: KEY, masterUsername: 'orders_admin', masterSecret: `rds!cluster-${id}`,
    iamAuth: true, logExports: ['postgresql'], retentionDays: 14, deletionProtection: true, parameterGroup: 'orders-pg16-secure',
    subnetGroup: 'orders-private', securityGroups: [SG], tags: { data_classification: 'red' },
    instances: [{ id: `${id}-1`, writer: true }, { id: `${id}-2` }], ...extra,
  };
}

function secretFor(id: string, extra: Partial<FakeSecret> = {}): FakeSecret {
  return { name: `rds!cluster-${id}`, owningService: 'rds', rotationEnabled: true, automaticallyAfterDays: 7, lastRotated: '2026-10-28T03:00:00Z', ...extra };
}

function account(clusters: FakeAuroraCluster[], rds: Partial<RdsSpec> = {}, extraParameters: Record<string, string> = {}): FakeAccountSpec {
  return {
    accountId: ACCOUNT,
    regions: {
      [REGION]: {
        rds: {
          clusters,
          parameterGroups: [
            { name: 'orders-pg16-secure', family: 'aurora-postgresql16', parameters: { 'rds.force_ssl': '1', shared_preload_libraries: 'pg_stat_statements,pgaudit', 'pgaudit.log': 'ddl,role', ...extraParameters } },
            { name: 'legacy-unused', family: 'aurora-postgresql16', parameters: { 'rds.force_ssl': '0' } },
          ],
          subnetGroups: [{ name: 'orders-private', vpcId: VPC, subnetIds: SUBNETS }],
          ...rds,
        },
        secretsmanager: { secrets: clusters.filter((c) => c.masterSecret).map((c) => secretFor(c.id)) },
        ec2: {
          vpcs: [{ id: VPC, cidr: '10.30.0.0/16' }],
          subnets: SUBNETS.map((id, i) => ({ id, vpcId: VPC, az: `${REGION}${'ab'[i]}`, cidr: `10.30.${i + 1}.0/24` })),
          routeTables: [{ id: 'rtb-0b1c2d3e4f5a60020', vpcId: VPC, main: true, routes: [{ dest: '0.0.0.0/0', target: 'nat-0b1c2d3e4f5a60031' }] }],
          securityGroups: [{ id: SG, vpcId: VPC, name: 'orders-db', ingress: [{ from: 5432, to: 5432, groups: ['sg-0b1c2d3e4f5a60002'] }] }],
        },
        kms: { keys: [{ id: KEY.split('/')[1]!, manager: 'CUSTOMER' }] },
      },
    },
  };
}

async function collect(spec: FakeAccountSpec, faults: FaultSpec[] = []) {
  const fake = new FakeAws(spec, { faults });
  restore = fake.install();
  const result = await runCollectors({
    collectors: [...rdsCollectors],
    regions: [REGION],
    accountId: ACCOUNT,
    partition: 'aws',
    factory: new ClientFactory(),
    classification: DEFAULT_CLASSIFICATION,
    signal: new AbortController().signal,
  });
  const of = <T extends Resource>(kind: string) => result.resources.filter((r): r is T => r.kind === kind);
  return {
    fake, result,
    clusters: of<AuroraCluster>('rds.cluster'), instances: of<AuroraInstance>('rds.instance'),
    snapshots: of<AuroraClusterSnapshot>('rds.cluster_snapshot'), proxies: of<RdsProxy>('rds.proxy'),
  };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('rds collector', () => {
  it('reads every page of clusters and describes each Aurora cluster with its network, key, secret and logs', async () => {
    // Prepare
    const many = Array.from({ length: 120 }, (_, i) => cluster(`orders-${String(i).padStart(3, '0')}`, { instances: [] }));
    // Act
    const { fake, clusters, result } = await collect(account(many));
    // Assess
    expect(fake.callsTo('rds:DescribeDBClusters')).toHaveLength(2);
    expect(clusters).toHaveLength(120);
    expect(clusters.find((c) => c.name === 'orders-000')).toMatchObject({
      arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-000`,
      engine: 'aurora-postgresql',
      storageEncrypted: true,
      kmsKeyId: KEY,
      kmsKeyRefs: [KEY],
      masterUsername: 'orders_admin',
      masterUserSecret: { secretArn: expect.stringContaining(':secret:rds!cluster-orders-000-'), status: 'active' },
      masterSecretRotation: { rotationEnabled: true, automaticallyAfterDays: 7, lastRotatedDate: '2026-10-28T03:00:00.000Z' },
      iamDatabaseAuthenticationEnabled: true,
      enabledCloudwatchLogsExports: ['postgresql'],
      backupRetentionPeriod: 14,
      deletionProtection: true,
      network: { vpcId: VPC, subnetIds: SUBNETS, securityGroupIds: [SG], port: 5432 },
      globalCluster: null,
      classification: { effectiveTier: 'red' },
    });
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('complete');
  });

  it('skips clusters, instances and snapshots of engines other than Aurora PostgreSQL and MySQL', async () => {
    // Prepare
    const spec = account([cluster('orders'), cluster('graph', { engine: 'neptune', masterSecret: undefined, instances: [{ id: 'graph-1' }] })], {
      instances: [{ id: 'legacy-postgres', engine: 'postgres' }],
      snapshots: [{ id: 'graph-snap', clusterId: 'graph', engine: 'neptune', type: 'manual' }, { id: 'orders-snap', clusterId: 'orders', type: 'manual' }],
    });
    // Act
    const { clusters, instances, snapshots } = await collect(spec);
    // Assess
    expect(clusters.map((c) => c.name)).toEqual(['orders']);
    expect(instances.map((i) => i.name).sort()).toEqual(['orders-1', 'orders-2']);
    expect(snapshots.map((s) => s.name)).toEqual(['orders-snap']);
  });

  it('reads member instances over several pages, with the cluster they belong to and their public accessibility', async () => {
    // Prepare
    const clusters = Array.from({ length: 60 }, (_, i) => cluster(`orders-${String(i).padStart(2, '0')}`, { masterSecret: undefined }));
    clusters[3]!.instances![1]!.publiclyAccessible = true;
    // Act
    const { fake, instances } = await collect(account(clusters));
    // Assess
    expect(fake.callsTo('rds:DescribeDBInstances')).toHaveLength(2);
    expect(instances).toHaveLength(120);
    expect(instances.find((i) => i.name === 'orders-03-2')).toMatchObject({
      dbClusterIdentifier: 'orders-03', publiclyAccessible: true, isClusterWriter: false, network: { vpcId: VPC, subnetIds: SUBNETS, securityGroupIds: [SG], port: 5432 },
    });
    expect(instances.find((i) => i.name === 'orders-03-1')?.isClusterWriter).toBe(true);
  });

  it('reads each attached cluster parameter group once, every page, with engine defaults, and never unused groups', async () => {
    // Prepare: 120 user parameters push the group past one 100-record page.
    const extra = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`custom.setting_${i}`, String(i)]));
    const spec = account([cluster('orders-a'), cluster('orders-b'), cluster('billing', { engine: 'aurora-mysql', engineVersion: undefined, parameterGroup: undefined })], {}, extra);
    // Act
    const { fake, clusters } = await collect(spec);
    // Assess
    const calls = fake.callsTo('rds:DescribeDBClusterParameters');
    expect(calls.map((c) => c.input.DBClusterParameterGroupName).sort()).toEqual(['default.aurora-mysql8.0', 'orders-pg16-secure', 'orders-pg16-secure']);
    expect(calls.every((c) => c.input.Source === undefined)).toBe(true);
    const a = clusters.find((c) => c.name === 'orders-a')!;
    expect(a.parameters?.['rds.force_ssl']).toEqual({ value: '1', source: 'user', applyType: 'dynamic' });
    expect(a.parameters?.ssl).toMatchObject({ value: '1', source: 'engine-default' });
    expect(a.parameters?.['custom.setting_119']).toMatchObject({ value: '119' });
    expect(clusters.find((c) => c.name === 'billing')?.parameters?.require_secure_transport).toMatchObject({ value: 'OFF', source: 'engine-default' });
  });

  it('keeps each member instance’s parameter group status so a pending reboot is visible', async () => {
    // Act
    const { clusters } = await collect(account([cluster('orders', { pendingReboot: true })]));
    // Assess
    expect(clusters[0]?.parameterGroupStatus).toEqual({ 'orders-1': 'pending-reboot', 'orders-2': 'pending-reboot' });
  });

  it('marks the parameters of the clusters using a group unknown when reading it fails, and only those', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeDBClusterParameters', input: { DBClusterParameterGroupName: 'orders-pg16-secure' }, error: 'AccessDenied' }];
    // Act
    const { clusters, result } = await collect(account([cluster('orders'), cluster('reporting', { parameterGroup: undefined })]), faults);
    // Assess
    expect(clusters.find((c) => c.name === 'orders')?.unknown?.parameters).toContain('rds:DescribeDBClusterParameters failed');
    expect(clusters.find((c) => c.name === 'reporting')?.parameters?.['rds.force_ssl']?.value).toBe('0');
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('partial');
  });

  it('leaves only the master secret rotation unknown when DescribeSecret is denied', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'secretsmanager', operation: 'DescribeSecret', error: 'AccessDeniedException' }];
    // Act
    const { clusters, result } = await collect(account([cluster('orders')]), faults);
    // Assess
    const c = clusters[0]!;
    expect(c.masterSecretRotation).toBeUndefined();
    expect(Object.keys(c.unknown ?? {})).toEqual(['masterSecretRotation']);
    expect(c.masterUserSecret?.status).toBe('active');
    expect(result.errors).toEqual([expect.objectContaining({ action: 'secretsmanager:DescribeSecret', resourceArn: c.arn })]);
  });

  it('never asks Secrets Manager about clusters whose master password is not managed', async () => {
    // Act
    const { fake, clusters } = await collect(account([cluster('orders', { masterSecret: undefined })]));
    // Assess
    expect(fake.callsTo('secretsmanager:DescribeSecret')).toEqual([]);
    expect(clusters[0]?.masterUserSecret).toBeNull();
  });

  it('records global database membership with the regions of every member', async () => {
    // Prepare
    const member = `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders`;
    const spec = account([cluster('orders'), cluster('reporting')], {
      globalClusters: [{ id: 'orders-global', members: [member, `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders-dr`] }],
    });
    // Act
    const { clusters } = await collect(spec);
    // Assess
    expect(clusters.find((c) => c.name === 'orders')?.globalCluster).toEqual({ identifier: 'orders-global', memberRegions: [REGION, 'us-east-1'] });
    expect(clusters.find((c) => c.name === 'reporting')?.globalCluster).toBeNull();
  });

  it('reads snapshots over several pages and the restore attribute of manual snapshots only', async () => {
    // Prepare
    const snapshots = Array.from({ length: 110 }, (_, i) => ({ id: `rds:orders-2026-10-${String(i).padStart(3, '0')}`, clusterId: 'orders', type: 'automated' as const }));
    const spec = account([cluster('orders')], {
      snapshots: [...snapshots, { id: 'orders-before-migration', clusterId: 'orders', type: 'manual', restore: ['all'] }, { id: 'orders-shared', clusterId: 'orders', type: 'manual', restore: ['444455556666'] }],
    });
    // Act
    const { fake, snapshots: collected } = await collect(spec);
    // Assess
    expect(fake.callsTo('rds:DescribeDBClusterSnapshots')).toHaveLength(2);
    expect(collected).toHaveLength(112);
    expect(fake.callsTo('rds:DescribeDBClusterSnapshotAttributes').map((c) => c.input.DBClusterSnapshotIdentifier).sort()).toEqual(['orders-before-migration', 'orders-shared']);
    expect(collected.find((s) => s.name === 'orders-before-migration')).toMatchObject({ snapshotType: 'manual', restoreAttribute: ['all'], storageEncrypted: true, kmsKeyRefs: [KEY] });
    expect(collected.find((s) => s.name === 'rds:orders-2026-10-000')?.restoreAttribute).toBeUndefined();
  });

  it('leaves one snapshot’s restore attribute unknown when its attributes are denied', async () => {
    // Prepare
    const spec = account([cluster('orders')], { snapshots: [{ id: 'a-manual', clusterId: 'orders', type: 'manual' }, { id: 'b-manual', clusterId: 'orders', type: 'manual' }] });
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeDBClusterSnapshotAttributes', input: { DBClusterSnapshotIdentifier: 'b-manual' }, error: 'AccessDenied' }];
    // Act
    const { snapshots } = await collect(spec, faults);
    // Assess
    expect(snapshots.find((s) => s.name === 'a-manual')?.restoreAttribute).toEqual([]);
    expect(snapshots.find((s) => s.name === 'b-manual')?.unknown?.restoreAttribute).toContain('AccessDenied');
  });

  it('reads proxies over several pages with their TLS requirement and network', async () => {
    // Prepare
    const proxies = Array.from({ length: 101 }, (_, i) => ({ name: `orders-proxy-${i}`, engineFamily: 'POSTGRESQL' as const, requireTls: i % 2 === 0, vpcId: VPC, subnetIds: SUBNETS, securityGroups: [SG] }));
    // Act
    const { fake, proxies: collected } = await collect(account([], { proxies }));
    // Assess
    expect(fake.callsTo('rds:DescribeDBProxies')).toHaveLength(2);
    expect(collected).toHaveLength(101);
    expect(collected.find((p) => p.name === 'orders-proxy-1')).toMatchObject({ requireTls: false, engineFamily: 'POSTGRESQL', network: { vpcId: VPC, subnetIds: SUBNETS, securityGroupIds: [SG], port: 5432 } });
    expect(collected[0]?.unknown?.tags).toContain('DescribeDBProxies returns no tags');
  });

  it('marks the subnets unknown when the DB subnet groups cannot be listed', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeDBSubnetGroups', error: 'AccessDenied' }];
    // Act
    const { clusters } = await collect(account([cluster('orders')]), faults);
    // Assess
    expect(clusters[0]?.network?.subnetIds).toBeUndefined();
    expect(clusters[0]?.unknown?.['network.subnetIds']).toContain('rds:DescribeDBSubnetGroups failed');
  });

  it('marks global membership unknown when global clusters cannot be listed', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'rds', operation: 'DescribeGlobalClusters', error: 'AccessDenied' }];
    // Act
    const { clusters } = await collect(account([cluster('orders')]), faults);
    // Assess
    expect(clusters[0]?.globalCluster).toBeUndefined();
    expect(clusters[0]?.unknown?.globalCluster).toContain('AccessDenied');
  });

  it.each(['DescribeDBClusters', 'DescribeDBInstances', 'DescribeDBClusterSnapshots', 'DescribeDBProxies'])('marks the scope failed when %s cannot list', async (operation) => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'rds', operation, error: 'AccessDenied' }];
    // Act
    const { result } = await collect(account([cluster('orders')]), faults);
    // Assess
    expect(result.scopes.find((s) => s.service === 'rds')?.state).toBe('failed');
  });

  it('degrades only the master secret rotation check of the cluster whose DescribeSecret was denied', async () => {
    // Prepare
    const spec = account([cluster('orders-a'), cluster('orders-b')]);
    const denied = `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-b`;
    const secretOfB = secretArn({ partition: 'aws', region: REGION, accountId: ACCOUNT }, 'rds!cluster-orders-b');
    const fake = new FakeAws(spec, { faults: [{ service: 'secretsmanager', operation: 'DescribeSecret', input: { SecretId: secretOfB }, error: 'AccessDeniedException' }] });
    restore = fake.install();
    // Act
    const result = await scan(buildConfig({ regions: [REGION], services: ['rds'], accountId: ACCOUNT }), { now: () => new Date('2026-11-01T12:00:00Z') });
    // Assess
    const of = (name: string, id: string) => result.findings.find((f) => f.resourceName === name && f.checkId === id);
    expect(of('orders-b', 'rds.cluster.secret_rotation')).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('AccessDeniedException') });
    expect(of('orders-a', 'rds.cluster.secret_rotation')?.status).toBe('PASS');
    expect(of('orders-b', 'rds.cluster.master_password_in_secrets_manager')?.status).toBe('PASS');
    const degraded = result.findings.filter((f) => f.status === 'NOT_EVALUATED' && f.resourceName === 'orders-b').map((f) => f.checkId);
    expect(degraded.sort()).toEqual(['rds.cluster.fine_grained_access', 'rds.cluster.log_retention', 'rds.cluster.secret_rotation']);
    expect(result.inventory.errors.map((e) => [e.action, e.resourceArn])).toEqual([['secretsmanager:DescribeSecret', denied]]);
  });
});

