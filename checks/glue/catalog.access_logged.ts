import { decidedBy, defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { lakeInUse } from '../../src/engine/glue.js';
import { describeCoverage, managementCoverage, recordersFor } from '../../src/engine/trail-coverage.js';

/**
 * Reads of the Data Catalog (GetDatabases, GetTables, GetPartitions, Lake Formation GetDataAccess) are
 * CloudTrail management read events: the catalog's access is on record when a logging trail (or an
 * ingesting event data store) that applies to the region records management read events.
 */
export default defineCheck({
  id: 'glue.catalog.access_logged',
  resource: 'glue.catalog',
  uses: ['glue:GetTables', 'glue:GetJobs', 'cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors', 'cloudtrail:ListEventDataStores', 'cloudtrail:GetEventDataStore'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Data Catalog reads are recorded by CloudTrail',
  description:
    'Who listed or read catalog databases, tables and partitions (and obtained Lake Formation data access) is visible only in CloudTrail management read events. A logging trail or an ingesting event data store that applies to the region must record management read events; write-only trails miss every read.',
  severity: 'MEDIUM',
  remediation: {
    text: 'Set the trail\'s management events to All (read and write): aws cloudtrail put-event-selectors --trail-name TRAIL --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/monitor-cloudtrail.html',
  },
  evaluate(catalog, ctx) {
    const lake = lakeInUse(ctx, catalog.region);
    if (lake.inUse === undefined) return notEvaluated(lake.reason);
    if (!lake.inUse) return notApplicable(lake.reason);
    const found = recordersFor(catalog.region, ctx);
    if (!found.ok) return notEvaluated(found.reason);
    const gaps: string[] = [];
    const unknown: string[] = [];
    for (const r of found.recorders) {
      if (r.unknown) {
        unknown.push(r.unknown);
        continue;
      }
      const mgmt = managementCoverage(r.selection!);
      // Any one recorder proves it: a failed call about another source cannot undo this pass.
      if (mgmt.read && r.active) return decidedBy(['glue:GetTables', 'glue:GetJobs', ...r.actions], pass(`${r.label} records management read events (${describeCoverage(mgmt)}); ${lake.reason}`));
      gaps.push(`${r.label}: ${r.active ? `management events ${describeCoverage(mgmt)}` : 'not logging'}`);
    }
    if (unknown.length > 0) return notEvaluated(`no recorder read so far records catalog reads${gaps.length ? ` (${gaps.join('; ')})` : ''}; ${unknown.join('; ')}`);
    return fail(`no logging trail or event data store records management read events in ${catalog.region}${gaps.length ? `: ${gaps.join('; ')}` : ''}`);
  },
});
