import { AURORA_ENGINES } from '../inventory/rds.js';

/**
 * Page sizes of the RDS Describe calls, at the API maximum (MaxRecords 20..100, default 100).
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html
 */
export const RDS_PAGE = { clusters: 100, instances: 100, subnetGroups: 100, parameters: 100, snapshots: 100, globalClusters: 100, proxies: 100 } as const;

/** Engines this scanner judges; others the same API returns (Neptune, DocumentDB, RDS Multi-AZ clusters) are skipped. */
export const AURORA = new Set<string>(AURORA_ENGINES);
