/**
 * Fake Redshift Serverless: workgroups, namespaces, snapshot copy configurations and tags, in the API's
 * camelCase. Spec shape (`regions[region]['redshift-serverless']`):
 *
 * {
 *   workgroups: [{ name, namespace, publiclyAccessible?, enhancedVpcRouting?, config?: { require_ssl: 'true', ... },
 *                  subnetIds, securityGroupIds, vpcId?, port?, baseCapacity?, status?, tags? }],
 *   namespaces: [{ name, adminUsername?, managedPassword?, kmsKeyId?, logExports?, iamRoles?, defaultIamRole?,
 *                  status?, tags? }],
 *   snapshotCopies: [{ namespace, destinationRegion, retentionDays?, destinationKmsKeyId? }]
 * }
 *
 * Page sizes as the API: maxResults 1..100 (default 100), token `nextToken`.
 */
import {
  ListNamespacesCommand,
  ListSnapshotCopyConfigurationsCommand,
  ListTagsForResourceCommand,
  ListWorkgroupsCommand,
  RedshiftServerlessClient,
} from '@aws-sdk/client-redshift-serverless';
import { awsError } from '../errors.js';
import { page } from '../paging.js';
import type { FakeContext, ServiceFake } from '../types.js';
import { fakeUuid } from './redshift.js';

export interface FakeWorkgroup {
  name: string;
  namespace: string;
  publiclyAccessible?: boolean;
  enhancedVpcRouting?: boolean;
  /** configParameters overriding the defaults. */
  config?: Record<string, string>;
  subnetIds: string[];
  securityGroupIds: string[];
  vpcId?: string;
  port?: number;
  baseCapacity?: number;
  status?: string;
  tags?: Record<string, string>;
}

export interface FakeNamespace {
  name: string;
  adminUsername?: string;
  managedPassword?: boolean;
  /** A key ARN; absent for the AWS owned key. */
  kmsKeyId?: string;
  logExports?: string[];
  iamRoles?: string[];
  defaultIamRole?: string;
  status?: string;
  tags?: Record<string, string>;
}

export interface RedshiftServerlessSpec {
  workgroups?: FakeWorkgroup[];
  namespaces?: FakeNamespace[];
  snapshotCopies?: { namespace: string; destinationRegion: string; retentionDays?: number; destinationKmsKeyId?: string }[];
}

/** configParameters a new workgroup reports. */
const DEFAULT_CONFIG: Record<string, string> = {
  auto_mv: 'true',
  datestyle: 'ISO, MDY',
  enable_case_sensitive_identifier: 'false',
  enable_user_activity_logging: 'true',
  max_query_execution_time: '14400',
  query_group: 'default',
  require_ssl: 'true',
  search_path: '$user, public',
  use_fips_ssl: 'false',
};
const MAX_RESULTS = 100;

const spec = (ctx: FakeContext): RedshiftServerlessSpec => (ctx.spec as RedshiftServerlessSpec | undefined) ?? {};
const workgroupArn = (ctx: FakeContext, w: FakeWorkgroup) => `arn:${ctx.partition}:redshift-serverless:${ctx.region}:${ctx.accountId}:workgroup/${fakeUuid(`wg:${w.name}`)}`;
const namespaceArn = (ctx: FakeContext, n: FakeNamespace) => `arn:${ctx.partition}:redshift-serverless:${ctx.region}:${ctx.accountId}:namespace/${fakeUuid(`ns:${n.name}`)}`;
const byName = <T extends { name: string }>(items: T[] | undefined) => [...(items ?? [])].sort((a, b) => a.name.localeCompare(b.name));

function paged<T>(items: readonly T[], input: Record<string, unknown>, prefix: string) {
  const requested = input.maxResults as number | undefined;
  if (requested !== undefined && (requested < 1 || requested > MAX_RESULTS)) throw awsError('ValidationException', `maxResults must be between 1 and ${MAX_RESULTS}`);
  return page(items, input.nextToken as string | undefined, requested, MAX_RESULTS, prefix);
}

function workgroup(ctx: FakeContext, w: FakeWorkgroup) {
  const id = fakeUuid(`wg:${w.name}`);
  const port = w.port ?? 5439;
  const config = { ...DEFAULT_CONFIG, ...(w.config ?? {}) };
  const vpcId = w.vpcId ?? 'vpc-0a1b2c3d4e5f60718';
  return {
    workgroupId: id,
    workgroupArn: workgroupArn(ctx, w),
    workgroupName: w.name,
    namespaceName: w.namespace,
    baseCapacity: w.baseCapacity ?? 8,
    maxCapacity: 512,
    enhancedVpcRouting: w.enhancedVpcRouting ?? false,
    configParameters: Object.entries(config).map(([parameterKey, parameterValue]) => ({ parameterKey, parameterValue })),
    securityGroupIds: w.securityGroupIds,
    subnetIds: w.subnetIds,
    status: w.status ?? 'AVAILABLE',
    endpoint: {
      address: `${w.name}.${ctx.accountId}.${ctx.region}.redshift-serverless.amazonaws.com`,
      port,
      vpcEndpoints: [
        {
          vpcEndpointId: `vpce-0${id.replace(/-/g, '').slice(0, 16)}`,
          vpcId,
          networkInterfaces: w.subnetIds.slice(0, 1).map((subnetId, i) => ({ networkInterfaceId: `eni-0${id.replace(/-/g, '').slice(4, 20)}`, subnetId, privateIpAddress: `10.20.${i + 1}.25`, availabilityZone: `${ctx.region}a` })),
        },
      ],
    },
    publiclyAccessible: w.publiclyAccessible ?? false,
    creationDate: new Date('2025-05-20T08:15:00Z'),
    port,
    workgroupVersion: '1.0.117000',
    patchVersion: 'patch 189',
    trackName: 'current',
    ipAddressType: 'ipv4',
  };
}

function namespace(ctx: FakeContext, n: FakeNamespace) {
  const id = fakeUuid(`ns:${n.name}`);
  return {
    namespaceArn: namespaceArn(ctx, n),
    namespaceId: id,
    namespaceName: n.name,
    adminUsername: n.adminUsername ?? 'admin',
    dbName: 'dev',
    kmsKeyId: n.kmsKeyId ?? 'AWS_OWNED_KMS_KEY',
    ...(n.defaultIamRole ? { defaultIamRoleArn: n.defaultIamRole } : {}),
    // The API reports roles in this string form, not as plain ARNs.
    iamRoles: (n.iamRoles ?? []).map((arn) => `IamRole(applyStatus=in-sync, iamRoleArn=${arn})`),
    logExports: n.logExports ?? [],
    status: n.status ?? 'AVAILABLE',
    creationDate: new Date('2025-05-20T08:00:00Z'),
    ...(n.managedPassword
      ? { adminPasswordSecretArn: `arn:${ctx.partition}:secretsmanager:${ctx.region}:${ctx.accountId}:secret:redshift!${n.name}-admin-${id.slice(0, 6)}` }
      : {}),
  };
}

export const redshiftServerlessFake: ServiceFake = {
  service: 'redshift-serverless',
  client: RedshiftServerlessClient,
  commands: { ListWorkgroupsCommand, ListNamespacesCommand, ListSnapshotCopyConfigurationsCommand, ListTagsForResourceCommand },
  handlers: {
    ListWorkgroups: (input, ctx) => {
      const p = paged(byName(spec(ctx).workgroups), input, 'workgroups');
      return { workgroups: p.items.map((w) => workgroup(ctx, w)), nextToken: p.next };
    },
    ListNamespaces: (input, ctx) => {
      const p = paged(byName(spec(ctx).namespaces), input, 'namespaces');
      return { namespaces: p.items.map((n) => namespace(ctx, n)), nextToken: p.next };
    },
    ListSnapshotCopyConfigurations: (input, ctx) => {
      const all = (spec(ctx).snapshotCopies ?? []).filter((c) => input.namespaceName === undefined || c.namespace === input.namespaceName);
      const p = paged(all, input, 'snapshotcopies');
      return {
        snapshotCopyConfigurations: p.items.map((c) => ({
          snapshotCopyConfigurationId: fakeUuid(`copy:${c.namespace}:${c.destinationRegion}`),
          snapshotCopyConfigurationArn: `arn:${ctx.partition}:redshift-serverless:${ctx.region}:${ctx.accountId}:snapshotcopyconfiguration/${fakeUuid(`copy:${c.namespace}:${c.destinationRegion}`)}`,
          namespaceName: c.namespace,
          destinationRegion: c.destinationRegion,
          snapshotRetentionPeriod: c.retentionDays ?? 7,
          ...(c.destinationKmsKeyId ? { destinationKmsKeyId: c.destinationKmsKeyId } : {}),
        })),
        nextToken: p.next,
      };
    },
    ListTagsForResource: (input, ctx) => {
      const arn = String(input.resourceArn);
      const owner = [...(spec(ctx).workgroups ?? []).map((w) => [workgroupArn(ctx, w), w.tags] as const), ...(spec(ctx).namespaces ?? []).map((n) => [namespaceArn(ctx, n), n.tags] as const)].find(
        ([a]) => a === arn,
      );
      if (!owner) throw awsError('ResourceNotFoundException', `Resource ${arn} not found`);
      return { tags: Object.entries(owner[1] ?? {}).map(([key, value]) => ({ key, value })) };
    },
  },
};

export const redshiftserverlessFakes: readonly ServiceFake[] = [redshiftServerlessFake];
