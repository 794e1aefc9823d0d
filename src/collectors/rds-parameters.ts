/** The parameters of each cluster parameter group a collected Aurora cluster uses, engine defaults included. */
import { DescribeDBClusterParametersCommand, type DBClusterParameterGroupDetails, type RDSClient } from '@aws-sdk/client-rds';
import type { RdsCluster, RdsParameter } from '../inventory/rds.js';
import { markUnknown } from './common.js';
import { forEachLimit } from '../limit.js';
import { RDS_PAGE } from './rds-pages.js';
import { COLLECTION_LIMITS, type CollectorContext } from './types.js';

const PARAMETER_FIELDS = ['parameters'] as const;

/** Each attached cluster parameter group is read once per region, every page, engine defaults included. */
export async function fillParameters(ctx: CollectorContext, rds: RDSClient, clusters: RdsCluster[]): Promise<void> {
  const byGroup = new Map<string, RdsCluster[]>();
  for (const c of clusters) {
    if (c.parameterGroupName) byGroup.set(c.parameterGroupName, [...(byGroup.get(c.parameterGroupName) ?? []), c]);
    else markUnknown(c, PARAMETER_FIELDS, 'DescribeDBClusters listed no DBClusterParameterGroup for the cluster');
  }
  await forEachLimit([...byGroup.keys()].sort(), COLLECTION_LIMITS.perResource, async (group) => {
    const users = byGroup.get(group) ?? [];
    const read = await ctx.all(
      rds,
      // No Source filter: engine-default, system and user parameters all come back, each with its Source.
      (token) => new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: group, Marker: token, MaxRecords: RDS_PAGE.parameters }),
      (o: DBClusterParameterGroupDetails) => ({ items: o.Parameters, next: o.Marker }),
      { resourceArn: ctx.arn('rds.cluster', { name: group }, 'parameterGroup') },
    );
    if (!read.ok) {
      for (const c of users) markUnknown(c, PARAMETER_FIELDS, read.reason);
      return;
    }
    const parameters: Record<string, RdsParameter> = {};
    for (const p of read.items) {
      if (!p.ParameterName) continue;
      parameters[p.ParameterName] = { ...(p.ParameterValue !== undefined ? { value: p.ParameterValue } : {}), ...(p.Source ? { source: p.Source } : {}), ...(p.ApplyType ? { applyType: p.ApplyType } : {}) };
    }
    for (const c of users) c.parameters = parameters;
  });
}
