/** Tunable requirements the checks read. Defaults are what an audit team expects out of the box. */
export interface CheckSettings {
  /** Accounts trusted in resource policies besides the scanned one (e.g. the organization's data accounts). */
  trustedAccounts: string[];
  /** A recovery point at least this recent satisfies "recent backups". */
  backupMaxAgeDays: number;
  /** Minimum automated snapshot / backup retention. */
  minBackupRetentionDays: number;
  /** Minimum CloudWatch Logs retention for data-service logs. */
  minLogRetentionDays: number;
  /** Datashare consumer accounts/namespaces that are known and allowed. */
  allowedDatashareConsumers: string[];
  /** Tag key marking multi-tenant tables (their access needs dynamodb:LeadingKeys). */
  multiTenantTagKey: string;
  /** Tag key that marks a VPC as hosting data workloads even when no collected store sits in it. */
  dataVpcTagKey: string;
  /** SQL-level checks (RLS, grants, masking) through the Data API; off by default. */
  deepSql: boolean;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  trustedAccounts: [],
  backupMaxAgeDays: 7,
  minBackupRetentionDays: 7,
  minLogRetentionDays: 365,
  allowedDatashareConsumers: [],
  multiTenantTagKey: 'multi_tenant',
  dataVpcTagKey: 'data_workloads',
  deepSql: false,
};
