import { collectWith } from '../fake-aws/collect.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildConfig } from '../../src/config/scan-config.js';
import { networkCollector } from '../../src/collectors/network.js';
import { redshiftCollectors } from '../../src/collectors/redshift.js';
import type { RedshiftCluster, RedshiftDatashare } from '../../src/inventory/redshift.js';
import type { Resource } from '../../src/inventory/types.js';
import { scan } from '../../src/scan.js';
import { FakeAws } from '../fake-aws/fake-aws.js';
import type { FakeRedshiftCluster } from '../fake-aws/services/redshift.js';
import type { FakeAccountSpec, FaultSpec } from '../fake-aws/types.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const VPC = 'vpc-0a1b2c3d4e5f60718';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;

function cluster(id: string, extra: Partial<FakeRedshiftCluster> = {}): FakeRedshiftCluster {
  return {
    id, vpcId: VPC, subnetGroup: 'analytics-private', securityGroups: ['sg-0a1b2c3d4e5f60001'], parameterGroup: 'analytics-secure',
    kmsKeyId: KEY, masterUsername: 'analytics_admin', managedPassword: true, retentionDays: 7, tags: { data_classification: 'orange' }, ...extra,
  };
}

function account(clusters: FakeRedshiftCluster[], extraParameters: Record<string, string> = {}): FakeAccountSpec {
  return {
    accountId: ACCOUNT,
    regions: {
      [REGION]: {
        ec2: {
          vpcs: [{ id: VPC, cidr: '10.20.0.0/16', tags: { Name: 'analytics' } }],
          subnets: [
            { id: 'subnet-0a1b2c3d4e5f60011', vpcId: VPC, az: `${REGION}a`, cidr: '10.20.1.0/24' },
            { id: 'subnet-0a1b2c3d4e5f60012', vpcId: VPC, az: `${REGION}b`, cidr: '10.20.2.0/24' },
          ],
          routeTables: [{ id: 'rtb-0a1b2c3d4e5f60020', vpcId: VPC, main: true, routes: [{ dest: '0.0.0.0/0', target: 'nat-0a1b2c3d4e5f60031' }] }],
          securityGroups: [{ id: 'sg-0a1b2c3d4e5f60001', vpcId: VPC, name: 'analytics-clients', ingress: [{ from: 5439, cidrs: ['10.20.0.0/16'] }] }],
        },
        kms: { keys: [{ id: KEY.split('/')[1]!, manager: 'CUSTOMER' }] },
        redshift: {
          clusters,
          parameterGroups: [
            { name: 'analytics-secure', parameters: { require_ssl: 'true', enable_user_activity_logging: 'true', ...extraParameters } },
            { name: 'legacy-unused', parameters: { require_ssl: 'false' } },
          ],
          subnetGroups: [{ name: 'analytics-private', vpcId: VPC, subnetIds: ['subnet-0a1b2c3d4e5f60011', 'subnet-0a1b2c3d4e5f60012'] }],
          dataShares: [
            { namespaceId: '5b3a1c2d-7e8f-4a9b-8c0d-1e2f3a4b5c6d', name: 'sales_share', consumers: [{ id: '444455556666' }] },
            { namespaceId: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'partner_feed', producerAccount: '777788889999', consumers: [{ id: ACCOUNT }] },
          ],
        },
      },
    },
  };
}

async function collect(spec: FakeAccountSpec, faults: FaultSpec[] = []) {
  const fake = new FakeAws(spec, { faults });
  restore = fake.install();
  const result = await collectWith([...redshiftCollectors, networkCollector], [REGION]);
  const clusters = result.resources.filter((r: Resource): r is RedshiftCluster => r.kind === 'redshift.cluster');
  const shares = result.resources.filter((r: Resource): r is RedshiftDatashare => r.kind === 'redshift.datashare');
  return { fake, result, clusters, shares };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('redshift collector', () => {
  it('reads every page of clusters and describes each with its network, keys and roles', async () => {
    // Prepare
    const many = Array.from({ length: 130 }, (_, i) => cluster(`analytics-${String(i).padStart(3, '0')}`));
    // Act
    const { fake, clusters, result } = await collect(account(many));
    // Assess
    expect(fake.callsTo('redshift:DescribeClusters')).toHaveLength(2);
    expect(clusters).toHaveLength(130);
    const first = clusters.find((c) => c.name === 'analytics-000')!;
    expect(first).toMatchObject({
      arn: `arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:analytics-000`,
      encrypted: true,
      kmsKeyRefs: [KEY],
      masterUsername: 'analytics_admin',
      masterPasswordSecretArn: expect.stringContaining(':secret:redshift!analytics-000'),
      network: { vpcId: VPC, subnetIds: ['subnet-0a1b2c3d4e5f60011', 'subnet-0a1b2c3d4e5f60012'], securityGroupIds: ['sg-0a1b2c3d4e5f60001'], port: 5439 },
      classification: { effectiveTier: 'orange' },
      logging: { enabled: false, logExports: [] },
    });
    expect(result.scopes.find((s) => s.service === 'redshift')?.state).toBe('complete');
  });

  it('reads each attached parameter group once, every page, with engine defaults, and never unused groups', async () => {
    // Prepare: 120 user parameters push the group past one 100-record page.
    const extra = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`custom_setting_${i}`, String(i)]));
    const spec = account([cluster('analytics-a'), cluster('analytics-b'), cluster('reporting', { parameterGroup: undefined })], extra);
    // Act
    const { fake, clusters } = await collect(spec);
    // Assess
    const calls = fake.callsTo('redshift:DescribeClusterParameters');
    expect(calls.map((c) => c.input.ParameterGroupName).sort()).toEqual(['analytics-secure', 'analytics-secure', 'default.redshift-1.0']);
    expect(calls.every((c) => c.input.Source === undefined)).toBe(true);
    const a = clusters.find((c) => c.name === 'analytics-a')!;
    expect(Object.keys(a.parameters ?? {})).toHaveLength(134);
    expect(a.parameters?.require_ssl).toEqual({ value: 'true', source: 'user', applyType: 'static' });
    expect(a.parameters?.auto_analyze).toMatchObject({ value: 'true', source: 'engine-default' });
    expect(clusters.find((c) => c.name === 'reporting')?.parameters?.require_ssl).toMatchObject({ value: 'false', source: 'engine-default' });
  });

  it('keeps the per-parameter apply status so a pending reboot is visible', async () => {
    // Act
    const { clusters } = await collect(account([cluster('analytics-a', { pendingReboot: ['require_ssl'] })]));
    // Assess
    expect(clusters[0]).toMatchObject({ parameterGroupApplyStatus: 'pending-reboot', parameterApplyStatus: { require_ssl: 'pending-reboot', enable_user_activity_logging: 'in-sync' } });
  });

  it('reads query monitoring rules from wlm_json_configuration', async () => {
    // Prepare
    const wlm = JSON.stringify([{ query_group: [], user_group: [], auto_wlm: true, rules: [{ rule_name: 'abort_long_scans', predicate: [{ metric_name: 'scan_row_count', operator: '>', value: 1000000000 }], action: 'abort' }] }]);
    // Act
    const { clusters } = await collect(account([cluster('analytics-a')], { wlm_json_configuration: wlm }));
    // Assess
    expect(clusters[0]?.queryMonitoringRules).toEqual(['abort_long_scans']);
  });

  it('records logging status per cluster, CloudWatch exports included', async () => {
    // Prepare
    const spec = account([cluster('analytics-a', { logging: { enabled: true, destination: 'cloudwatch', exports: ['connectionlog', 'userlog'] } })]);
    // Act
    const { clusters } = await collect(spec);
    // Assess
    expect(clusters[0]?.logging).toEqual({ enabled: true, destination: 'cloudwatch', logExports: ['connectionlog', 'userlog'] });
  });

  it('leaves only the logging of one cluster unknown when DescribeLoggingStatus is denied for it', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'redshift', operation: 'DescribeLoggingStatus', input: { ClusterIdentifier: 'analytics-b' }, error: 'AccessDenied' }];
    // Act
    const { clusters, result } = await collect(account([cluster('analytics-a'), cluster('analytics-b')]), faults);
    // Assess
    const b = clusters.find((c) => c.name === 'analytics-b')!;
    expect(b.logging).toBeUndefined();
    expect(b.unknown?.logging).toContain('AccessDenied');
    expect(b.parameters?.require_ssl?.value).toBe('true');
    expect(clusters.find((c) => c.name === 'analytics-a')?.logging).toBeDefined();
    expect(result.errors).toEqual([expect.objectContaining({ action: 'redshift:DescribeLoggingStatus', resourceArn: b.arn })]);
    expect(result.scopes.find((s) => s.service === 'redshift')?.state).toBe('partial');
  });

  it('marks the parameters of the clusters using a group unknown when reading it fails', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'redshift', operation: 'DescribeClusterParameters', input: { ParameterGroupName: 'analytics-secure' }, error: 'AccessDenied' }];
    // Act
    const { clusters } = await collect(account([cluster('analytics-a'), cluster('reporting', { parameterGroup: undefined })]), faults);
    // Assess
    expect(clusters.find((c) => c.name === 'analytics-a')?.unknown?.parameters).toContain('redshift:DescribeClusterParameters failed');
    expect(clusters.find((c) => c.name === 'reporting')?.parameters).toBeDefined();
  });

  it('marks the scope failed when clusters cannot be listed', async () => {
    // Prepare
    const faults: FaultSpec[] = [{ service: 'redshift', operation: 'DescribeClusters', error: 'AccessDenied' }];
    // Act
    const { clusters, result } = await collect(account([cluster('analytics-a')]), faults);
    // Assess
    expect(clusters).toEqual([]);
    expect(result.scopes.find((s) => s.service === 'redshift')?.state).toBe('failed');
  });

  it('keeps only datashares this account produces, with their consumers', async () => {
    // Act
    const { shares } = await collect(account([]));
    // Assess
    expect(shares).toEqual([
      expect.objectContaining({
        name: 'sales_share',
        arn: `arn:aws:redshift:${REGION}:${ACCOUNT}:datashare:5b3a1c2d-7e8f-4a9b-8c0d-1e2f3a4b5c6d/sales_share`,
        allowPubliclyAccessibleConsumers: false,
        consumers: [{ consumerIdentifier: '444455556666', status: 'ACTIVE' }],
      }),
    ]);
  });

  it('lists a datashare once even when DescribeDataShares returns it as producer and consumer, and skips other regions', async () => {
    // Prepare
    const spec = account([]);
    const shares = (spec.regions[REGION]!.redshift as { dataShares: unknown[] }).dataShares;
    shares.push(
      { namespaceId: '5b3a1c2d-7e8f-4a9b-8c0d-1e2f3a4b5c6d', name: 'sales_share', consumers: [{ id: ACCOUNT }] },
      { namespaceId: '6c4b2d3e-8f9a-4b0c-9d1e-2f3a4b5c6d7e', name: 'us_orders', producerRegion: 'us-east-1', consumers: [{ id: ACCOUNT, region: REGION }] },
    );
    // Act
    const { shares: collected } = await collect(spec);
    // Assess
    expect(collected.map((s) => s.name)).toEqual(['sales_share']);
  });

  it('degrades only the logging checks of the cluster whose DescribeLoggingStatus was denied', async () => {
    // Prepare
    const spec = account([
      cluster('analytics-a', { logging: { enabled: true, destination: 'cloudwatch' } }),
      cluster('analytics-b', { logging: { enabled: true, destination: 'cloudwatch' } }),
    ]);
    const fake = new FakeAws(spec, { faults: [{ service: 'redshift', operation: 'DescribeLoggingStatus', input: { ClusterIdentifier: 'analytics-b' }, error: 'AccessDenied' }] });
    restore = fake.install();
    // Act
    const result = await scan(buildConfig({ regions: [REGION], services: ['redshift'], accountId: ACCOUNT }));
    // Assess
    const of = (name: string, id: string) => result.findings.find((f) => f.resourceName === name && f.checkId === id);
    expect(of('analytics-b', 'redshift.cluster.audit_logging')).toMatchObject({ status: 'NOT_EVALUATED', reason: expect.stringContaining('AccessDenied') });
    expect(of('analytics-a', 'redshift.cluster.audit_logging')?.status).toBe('PASS');
    expect(of('analytics-b', 'redshift.cluster.require_ssl')?.status).toBe('PASS');
    expect(of('analytics-b', 'redshift.cluster.user_activity_logging')?.status).toBe('PASS');
    const degraded = result.findings.filter((f) => f.status === 'NOT_EVALUATED' && f.resourceName === 'analytics-b').map((f) => f.checkId);
    expect(degraded.sort()).toEqual(['redshift.cluster.audit_logging', 'redshift.cluster.fine_grained_access']);
  });
});
