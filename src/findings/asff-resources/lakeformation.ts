/** ASFF resource details for Lake Formation resources: `Other` with string facts (Security Hub has no Lake Formation type). */
import type { AsffResourceMappers } from '../asff-resource.js';
import { otherDetails } from './glue.js';

const other = (details: Record<string, string>) => details;

export const lakeformationAsff: AsffResourceMappers = {
  'lakeformation.settings': (s) =>
    other(otherDetails(s, {
      dataLakeAdmins: s.dataLakeAdmins, readOnlyAdmins: s.readOnlyAdmins,
      createDatabaseDefaultPermissions: s.createDatabaseDefaultPermissions?.map((p) => `${p.principal}:${p.permissions.join('+')}`),
      createTableDefaultPermissions: s.createTableDefaultPermissions?.map((p) => `${p.principal}:${p.permissions.join('+')}`),
      allowExternalDataFiltering: s.allowExternalDataFiltering, externalDataFilteringAllowList: s.externalDataFilteringAllowList,
      allowFullTableExternalDataAccess: s.allowFullTableExternalDataAccess, trustedResourceOwners: s.trustedResourceOwners, lfTagKeys: Object.keys(s.lfTagKeys ?? {}),
    })),
  'lakeformation.permission': (p) =>
    other(otherDetails(p, {
      principal: p.principal, principalType: p.principalType, principalAccount: p.principalAccount, resource: p.resourceDescription,
      permissions: p.permissions, permissionsWithGrantOption: p.permissionsWithGrantOption, resourceShares: p.resourceShares,
    })),
  'lakeformation.location': (l) =>
    other(otherDetails(l, { location: l.location, registered: l.registered, registeredAs: l.registeredAs, role: l.roleArn, hybridAccessEnabled: l.hybridAccessEnabled, tables: l.tables.length, sampleTables: l.tables.slice(0, 10) })),
};
