/**
 * Lake Formation: the region's data lake settings, grants to principals outside the account, and the S3
 * locations catalog tables read from (registered with Lake Formation or not). Grants on databases and
 * tables are also attached to the `glue.database` / `glue.table` resources they apply to (`lfGrants`).
 */
import type { ResourceBase } from './types.js';

/** Principal Lake Formation uses for "IAM permissions only" (legacy, pre-Lake-Formation behaviour). */
export const IAM_ALLOWED_PRINCIPALS = 'IAM_ALLOWED_PRINCIPALS';

export interface LakeFormationSettings extends ResourceBase<'lakeformation.settings'> {
  dataLakeAdmins?: string[];
  readOnlyAdmins?: string[];
  createDatabaseDefaultPermissions?: { principal: string; permissions: string[] }[];
  createTableDefaultPermissions?: { principal: string; permissions: string[] }[];
  trustedResourceOwners?: string[];
  allowExternalDataFiltering?: boolean;
  allowFullTableExternalDataAccess?: boolean;
  externalDataFilteringAllowList?: string[];
  authorizedSessionTagValueList?: string[];
  /** LF-tag keys defined in the account (ListLFTags), with their allowed values. */
  lfTagKeys?: Record<string, string[]>;
}

/** One Lake Formation grant to a principal outside the scanned account. */
export interface LakeFormationPermission extends ResourceBase<'lakeformation.permission'> {
  principal: string;
  /** Account id the principal belongs to; organization / OU ARNs carry none. */
  principalAccount?: string;
  /** `account`, `iam`, `organization`, `organizational-unit`, `saml`, `other`. */
  principalType: string;
  /** e.g. `table sales.orders`, `database sales`, `location arn:aws:s3:::bucket/prefix`, `lf-tag-policy TABLE classification=red`. */
  resourceDescription: string;
  permissions: string[];
  permissionsWithGrantOption: string[];
  /** RAM resource shares the grant is shared through. */
  resourceShares?: string[];
}

export interface LakeFormationLocation extends ResourceBase<'lakeformation.location'> {
  /** s3://bucket/prefix */
  location: string;
  /** Registered with Lake Formation (ListResources) directly or through a parent path. */
  registered: boolean;
  /** The registered resource ARN covering it. */
  registeredAs?: string;
  /** Role Lake Formation uses to access the location (service-linked role when absent). */
  roleArn?: string;
  hybridAccessEnabled?: boolean;
  /** `database.table` names whose data lives here. */
  tables: string[];
}

declare module './types.js' {
  interface ResourceKinds {
    'lakeformation.settings': LakeFormationSettings;
    'lakeformation.permission': LakeFormationPermission;
    'lakeformation.location': LakeFormationLocation;
  }
}
