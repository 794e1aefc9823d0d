/**
 * Reports of a scan for people and pipelines: a table, a JSON array of findings, ASFF as Security Hub
 * would receive it, or a self-contained HTML page (report-html.ts). Pure: each returns text; the doors decide where it goes.
 */
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { CONTROL_AREAS, SEVERITIES, STATUSES, type ControlArea, type Status } from '../vocabulary.js';
import { toAsff } from '../findings/asff.js';
import type { ScanResult } from './result.js';
import { toHtml } from './report-html.js';
import { toJsonFindings } from './report-json.js';
import { publishRegion } from './securityhub.js';

export const REPORT_FORMATS = ['table', 'json', 'asff', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export { toJsonFindings, type JsonFinding } from './report-json.js';

/** ASFF of every finding Security Hub would hold (NOT_APPLICABLE is never imported). */
export function toAsffFindings(result: ScanResult, now: Date): AwsSecurityFinding[] {
  const byArn = new Map(result.inventory.resources.map((r) => [r.arn, r]));
  const { partition } = result.inventory;
  return result.findings
    .filter((f) => f.status !== 'NOT_APPLICABLE')
    .map((f) => toAsff(f, byArn.get(f.resourceArn), { partition, region: publishRegion(f, result.inventory), now, create: true }));
}

const ORDER: Record<Status, number> = { FAIL: 0, NOT_EVALUATED: 1, PASS: 2, NOT_APPLICABLE: 3 };
const MAX_REASON = 110;

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** Failures and blind spots, most severe first, then counts per control area. */
export function toTable(result: ScanResult): string {
  const rows = result.findings
    .filter((f) => f.status === 'FAIL' || f.status === 'NOT_EVALUATED')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.checkId.localeCompare(b.checkId) || a.resourceArn.localeCompare(b.resourceArn));
  const lines: string[] = [];
  const head = ['SEVERITY', 'STATUS', 'CHECK', 'RESOURCE', 'REASON'];
  const width = { severity: 13, status: 13, check: 48, resource: 42 };
  lines.push([cell(head[0]!, width.severity), cell(head[1]!, width.status), cell(head[2]!, width.check), cell(head[3]!, width.resource), head[4]].join(' '));
  for (const f of rows) {
    const status = f.suppression ? 'SUPPRESSED' : f.status;
    const reason = f.reason.length > MAX_REASON ? `${f.reason.slice(0, MAX_REASON - 1)}…` : f.reason;
    lines.push([cell(f.severity, width.severity), cell(status, width.status), cell(f.checkId, width.check), cell(`${f.resourceName} (${f.region})`, width.resource), reason].join(' '));
  }
  if (rows.length === 0) lines.push('(no failures and nothing left unevaluated)');
  lines.push('', summaryTable(result), '', severityTable(result));
  return `${lines.join('\n')}\n`;
}

/** Verdict counts per control area. */
export function summaryTable(result: ScanResult): string {
  const counts = new Map<ControlArea, Record<Status, number>>();
  for (const area of Object.keys(CONTROL_AREAS) as ControlArea[]) counts.set(area, { PASS: 0, FAIL: 0, NOT_EVALUATED: 0, NOT_APPLICABLE: 0 });
  for (const f of result.findings) counts.get(f.control)![f.status] += 1;
  const lines = [[cell('CONTROL AREA', 22), ...STATUSES.map((s) => cell(s, 15))].join(' ')];
  for (const [area, c] of counts) lines.push([cell(CONTROL_AREAS[area], 22), ...STATUSES.map((s) => cell(String(c[s]), 15))].join(' '));
  lines.push([cell('Total', 22), ...STATUSES.map((s) => cell(String(result.counts[s]), 15))].join(' '));
  return lines.join('\n');
}

/** Unsuppressed failures by severity, and how many were suppressed. */
export function severityTable(result: ScanResult): string {
  const fails = result.findings.filter((f) => f.status === 'FAIL');
  const header = [cell('FAILURES BY SEVERITY', 22), ...[...SEVERITIES].reverse().map((s) => cell(s, 15)), 'SUPPRESSED'].join(' ');
  const counts = [...SEVERITIES].reverse().map((s) => cell(String(fails.filter((f) => f.severity === s && !f.suppression).length), 15));
  return [header, [cell('', 22), ...counts, String(fails.filter((f) => f.suppression).length)].join(' ')].join('\n');
}

export function render(result: ScanResult, format: ReportFormat, now: Date): string {
  if (format === 'json') return `${JSON.stringify(toJsonFindings(result), null, 2)}\n`;
  if (format === 'asff') return `${JSON.stringify(toAsffFindings(result, now), null, 2)}\n`;
  if (format === 'html') return toHtml(result, now);
  return toTable(result);
}
