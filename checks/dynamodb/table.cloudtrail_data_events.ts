import { decidedBy, defineCheck, fail, notApplicable, notEvaluated, pass } from '../../src/engine/check.js';
import { dataCoverage, describeCoverage, recordersFor } from '../../src/engine/trail-coverage.js';

export default defineCheck({
  id: 'dynamodb.table.cloudtrail_data_events',
  resource: 'dynamodb.table',
  uses: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors', 'cloudtrail:ListEventDataStores', 'cloudtrail:GetEventDataStore'],
  control: 'audit',
  pillar: 'monitoring',
  title: 'Sensitive DynamoDB table has its item reads and writes recorded by CloudTrail',
  description:
    'Management events do not show who read or wrote which items. For red or pii=high tables, a logging trail or an ingesting CloudTrail Lake event data store must record DynamoDB data events (read and write) covering the table: classic DataResources of type AWS::DynamoDB::Table naming the table or a prefix of its ARN, or advanced selectors on resources.type and resources.ARN.',
  severity: { red: 'HIGH', orange: 'HIGH', green: 'MEDIUM' },
  remediation: {
    text: 'aws cloudtrail put-event-selectors --trail-name TRAIL --advanced-event-selectors \'[{"Name":"DynamoDB sensitive tables","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::DynamoDB::Table"]},{"Field":"resources.ARN","Equals":["TABLE_ARN"]}]}]\'',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
  },
  evaluate(table, ctx) {
    const { effectiveTier, pii } = table.classification;
    if (effectiveTier !== 'red' && pii !== 'high') return notApplicable(`data events are required for red or pii=high tables; the table is ${effectiveTier}, pii=${pii ?? 'not set'}`);
    const found = recordersFor(table.region, ctx);
    if (!found.ok) return notEvaluated(found.reason);
    const partial: string[] = [];
    const unknown: string[] = [];
    for (const r of found.recorders) {
      if (r.unknown) {
        unknown.push(r.unknown);
        continue;
      }
      const cov = dataCoverage(r.selection!, 'AWS::DynamoDB::Table', table.arn);
      partial.push(...cov.narrowed.map((n) => `${r.label}: ${n}`));
      if (!cov.read && !cov.write) continue;
      if (!r.active) {
        partial.push(`${r.label} selects the table but is not logging`);
        continue;
      }
      // Any one recorder proves it: a failed call about another source cannot undo this pass.
      if (cov.read && cov.write) return decidedBy(r.actions, pass(`${r.label} records read and write data events on the table`));
      partial.push(`${r.label} records ${describeCoverage(cov)} data events`);
    }
    if (unknown.length > 0) return notEvaluated(`no recorder read so far covers the table${partial.length ? ` (${partial.join('; ')})` : ''}; ${unknown.join('; ')}`);
    return fail(`no logging trail or event data store records read and write data events on the table${partial.length ? `: ${partial.join('; ')}` : ` (${found.recorders.length} trail(s) and event data store(s) checked)`}`);
  },
});
