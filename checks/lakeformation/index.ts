/** Lake Formation checks, listed explicitly (style rule 10). */
import locationRegistered from './location.registered.js';
import permissionCrossAccountKnown from './permission.cross_account_known.js';
import settingsAdminsMinimal from './settings.admins_minimal.js';
import settingsDefaultsNotIamOnly from './settings.defaults_not_iam_only.js';
import settingsExternalFilteringRestricted from './settings.external_filtering_restricted.js';
import tableCellFilters from './table.cell_filters.js';
import tableLfTagged from './table.lf_tagged.js';
import tableNoIamAllowedPrincipals from './table.no_iam_allowed_principals.js';

export const lakeformationChecks = [
  settingsDefaultsNotIamOnly,
  tableNoIamAllowedPrincipals,
  tableLfTagged,
  tableCellFilters,
  locationRegistered,
  settingsAdminsMinimal,
  settingsExternalFilteringRestricted,
  permissionCrossAccountKnown,
] as const;
