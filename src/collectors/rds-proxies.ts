/** RDS Proxies in front of the region's databases. */
import { DescribeDBProxiesCommand, type DescribeDBProxiesResponse, type RDSClient } from '@aws-sdk/client-rds';
import { RDS_PAGE } from './rds-pages.js';
import type { CollectorContext } from './types.js';

export async function collectProxies(ctx: CollectorContext, rds: RDSClient): Promise<void> {
  const pages = ctx.pages(
    rds,
    (token) => new DescribeDBProxiesCommand({ Marker: token, MaxRecords: RDS_PAGE.proxies }),
    (o: DescribeDBProxiesResponse) => ({ items: o.DBProxies, next: o.Marker }),
    { lists: 'rds.proxy' },
  );
  for await (const page of pages) {
    for (const p of page) {
      if (!p.DBProxyName) continue;
      const secrets = (p.Auth ?? []).map((a) => a.SecretArn).filter((s): s is string => Boolean(s));
      ctx.emit<'rds.proxy'>({
        kind: 'rds.proxy',
        arn: p.DBProxyArn ?? ctx.arn('rds.proxy', { id: p.DBProxyName }),
        name: p.DBProxyName,
        region: ctx.region,
        accountId: ctx.accountId,
        proxyName: p.DBProxyName,
        engineFamily: p.EngineFamily,
        status: p.Status,
        requireTls: p.RequireTLS,
        authSecrets: secrets,
        network: { ...(p.VpcId ? { vpcId: p.VpcId } : {}), subnetIds: p.VpcSubnetIds ?? [], securityGroupIds: p.VpcSecurityGroupIds ?? [] },
      });
    }
  }
}
