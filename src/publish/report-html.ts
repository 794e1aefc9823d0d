/**
 * `--format html`: one self-contained page (no scripts, no external assets) an engineer can open or attach
 * to a ticket: the scan's scope, counts per control area and severity, then every failure and blind spot
 * with its reason and remediation, and the passes folded away. Every value is escaped.
 */
import { CONTROL_AREAS, SEVERITIES, STATUSES, type ControlArea } from '../vocabulary.js';
import type { ScanResult } from './result.js';
import { toJsonFindings, type JsonFinding } from './report-json.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2330}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #dde1e8;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f8;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev{font-weight:600;border-radius:3px;padding:0 .35rem;white-space:nowrap}
.CRITICAL{background:#7a0019;color:#fff}.HIGH{background:#c4320a;color:#fff}.MEDIUM{background:#f2b01e}
.LOW{background:#cfe3f7}.INFORMATIONAL{background:#e8eaed}
.muted{color:#5d6778}.arn{font-family:ui-monospace,monospace;font-size:12px;word-break:break-all}
details{margin:.5rem 0}summary{cursor:pointer}`;

function row(cells: string[], header = false): string {
  const tag = header ? 'th' : 'td';
  return `<tr>${cells.map((c) => `<${tag}${/^\d+$/.test(c) ? ' class="n"' : ''}>${c}</${tag}>`).join('')}</tr>`;
}

function findingRows(findings: JsonFinding[]): string {
  const head = row(['Severity', 'Status', 'Check', 'Resource', 'Reason', 'Remediation'], true);
  const body = findings.map((f) =>
    row([
      `<span class="sev ${esc(f.severity)}">${esc(f.severity)}</span>`,
      esc(f.suppression ? `SUPPRESSED (${f.suppression.reason})` : f.status),
      `${esc(f.checkId)}<div class="muted">${esc(f.title)}</div>`,
      `${esc(f.resourceName)} <span class="muted">${esc(f.region)} · ${esc(f.tier)}</span><div class="arn">${esc(f.resourceArn)}</div>`,
      esc(f.reason),
      `${esc(f.remediation.text)}${f.remediation.url ? ` <a href="${esc(f.remediation.url)}">docs</a>` : ''}`,
    ]),
  );
  return `<table>${head}${body.join('')}</table>`;
}

export function toHtml(result: ScanResult, now: Date): string {
  const findings = toJsonFindings(result);
  const rank = (f: JsonFinding) => SEVERITIES.indexOf(f.severity);
  const byWeight = (a: JsonFinding, b: JsonFinding) => rank(b) - rank(a) || a.checkId.localeCompare(b.checkId) || a.resourceArn.localeCompare(b.resourceArn);
  const failures = findings.filter((f) => f.status === 'FAIL').sort(byWeight);
  const blind = findings.filter((f) => f.status === 'NOT_EVALUATED').sort(byWeight);
  const passes = findings.filter((f) => f.status === 'PASS').sort(byWeight);

  const areas = (Object.keys(CONTROL_AREAS) as ControlArea[]).map((area) =>
    row([esc(CONTROL_AREAS[area]), ...STATUSES.map((s) => String(findings.filter((f) => f.control === area && f.status === s).length))]),
  );
  const severities = [...SEVERITIES].reverse().map((s) => row([`<span class="sev ${s}">${s}</span>`, String(failures.filter((f) => f.severity === s && !f.suppression).length)]));
  const inv = result.inventory;
  const partial = result.partial
    ? `<p><strong>Partial scan:</strong> ${esc(inv.scopes.filter((s) => s.state !== 'complete').map((s) => `${s.service}/${s.region} ${s.state}`).join(', '))}. What could not be collected is NOT_EVALUATED.</p>`
    : '';
  const errors = inv.errors.length
    ? `<h2>Collection errors (${inv.errors.length})</h2><table>${row(['Service', 'Region', 'Call', 'Error', 'Resource'], true)}${inv.errors
        .map((e) => row([esc(e.service), esc(e.region), esc(e.action), `${esc(e.code)}: ${esc(e.message)}`, `<span class="arn">${esc(e.resourceArn ?? '')}</span>`]))
        .join('')}</table>`
    : '';

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>data-posture: account ${esc(inv.accountId)}</title><style>${STYLE}</style></head>
<body>
<h1>data-posture scan of account ${esc(inv.accountId)}</h1>
<p class="muted">Regions ${esc(inv.regions.join(', ') || '(snapshot)')} · data collected ${esc(inv.collectedAt)} · report ${esc(now.toISOString())} · ${inv.resources.length} resources, ${findings.length} verdicts</p>
${partial}
<h2>By control area</h2><table>${row(['Control area', ...STATUSES], true)}${areas.join('')}</table>
<h2>Failures by severity</h2><table>${row(['Severity', 'Failures'], true)}${severities.join('')}${row(['Suppressed', String(failures.filter((f) => f.suppression).length)])}</table>
<h2>Failures (${failures.length})</h2>${failures.length ? findingRows(failures) : '<p>None.</p>'}
<h2>Not evaluated (${blind.length})</h2>${blind.length ? findingRows(blind) : '<p>None: every check could decide.</p>'}
${errors}
<details><summary>Passes (${passes.length})</summary>${findingRows(passes)}</details>
</body></html>
`;
}
