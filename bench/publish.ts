/**
 * `npm run bench:publish`: what delta publishing sends to Security Hub over a sequence of scheduled scans
 * of the bundled demo account, through the real scan() and publisher into the fake Security Hub (which
 * holds findings between scans and honours ids, UpdatedAt ordering and RecordState).
 *
 * Scans: the first one; the next day with nothing changed; the next day with one table fixed and one
 * deleted; eight days later with no configuration change: past the 7-day refresh interval, and past the
 * backup window of tables whose last backup is now older than 7 days.
 */
import { buildConfig } from '../src/config/scan-config.js';
import { scan } from '../src/scan.js';
import type { PublishReport } from '../src/publish/securityhub.js';
import { DEMO_RECORDED_AT, loadDemoAccount } from '../test/fake-aws/demo.js';
import { FakeAws } from '../test/fake-aws/fake-aws.js';
import type { DynamoDbSpec } from '../test/fake-aws/services/dynamodb.js';

const DAY_MS = 86_400_000;
const demo = loadDemoAccount();
const fake = new FakeAws(demo.spec, { faults: demo.faults });
const restore = fake.install();
const config = buildConfig({ regions: demo.regions, publish: { securityHub: true, importPasses: false, refreshIntervalDays: 7 } });
const start = Date.parse(DEMO_RECORDED_AT);

const rows: string[][] = [];
async function run(label: string, day: number): Promise<PublishReport> {
  const before = fake.callsTo('securityhub:BatchImportFindings').flatMap((c) => c.input.Findings as unknown[]).length;
  const result = await scan(config, { now: () => new Date(start + day * DAY_MS) });
  const report = result.publish!;
  const sentNow = fake.callsTo('securityhub:BatchImportFindings').flatMap((c) => c.input.Findings as unknown[]).length - before;
  rows.push([label, String(result.findings.length), String(sentNow), String(report.created), String(report.refreshed), String(report.resolved), String(report.archived), String(report.unchanged), String(report.ingestionEventsSaved), String(report.batches), String(report.failed.length)]);
  return report;
}

try {
  await run('day 0: first scan', 0);
  await run('day 1: unchanged', 1);
  const eu = fake.account.regions['eu-west-1']!.dynamodb as DynamoDbSpec;
  const sessions = eu.tables.find((t) => t.name === 'session-cache');
  if (sessions) sessions.pitr = true;
  eu.tables = eu.tables.filter((t) => t.name !== 'tenant-documents');
  await run('day 2: 1 table fixed, 1 deleted', 2);
  await run('day 10: no change (backups now older than 7 days)', 10);
} finally {
  restore();
}

const head = ['scan', 'verdicts', 'sent', 'created', 'refreshed', 'resolved', 'archived', 'unchanged', 'saved', 'batches', 'failed'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
process.stdout.write(`Security Hub delta publishing over the demo account (${demo.regions.join(', ')}; passes not imported, refresh interval 7 days)\n`);
process.stdout.write(`${line(head)}\n${rows.map(line).join('\n')}\n`);
process.stdout.write('sent = findings in BatchImportFindings calls; saved = findings a send-everything publisher would have imported and this one did not\n');
