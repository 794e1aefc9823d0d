/**
 * Writes the files derived from the registries, so the mapping lives in one place (style rule 8):
 * the template's IAM actions (from the collectors' declarations), docs/checks.md and the README's check
 * list (from the check registry). `npm run generate` rewrites them; a contract test fails when stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../checks/index.js';
import type { AnyCheck } from '../src/engine/check.js';
import { CONTROL_AREAS, PILLARS, SERVICES, type ControlArea, type ServiceName } from '../src/vocabulary.js';
import { collectorActions } from '../src/permissions.js';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
export const GENERATED_FILES = { template: root('template.yaml'), checksDoc: root('docs/checks.md'), readme: root('README.md') } as const;

const TEMPLATE_BEGIN = '# BEGIN generated collector actions (npm run generate)';
const TEMPLATE_END = '# END generated collector actions';
const README_BEGIN = '<!-- BEGIN generated check list (npm run generate) -->';
const README_END = '<!-- END generated check list -->';

/** Replaces what sits between two marker lines, keeping the markers. */
function between(text: string, begin: string, end: string, body: (indent: string) => string, file: string): string {
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`${file}: markers "${begin}" ... "${end}" not found`);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const indent = text.slice(lineStart, start);
  const endLineStart = text.lastIndexOf('\n', stop) + 1;
  return `${text.slice(0, start + begin.length)}\n${body(indent)}${text.slice(endLineStart)}`;
}

export function renderTemplate(current: string): string {
  return between(current, TEMPLATE_BEGIN, TEMPLATE_END, (indent) => collectorActions().map((a) => `${indent}- ${a}\n`).join(''), 'template.yaml');
}

function severityText(c: AnyCheck): string {
  return typeof c.severity === 'string' ? c.severity : `red ${c.severity.red}, orange ${c.severity.orange}, green ${c.severity.green}`;
}

const byService = (): Map<ServiceName, AnyCheck[]> => {
  const m = new Map<ServiceName, AnyCheck[]>();
  for (const c of [...CHECKS].sort((a, b) => a.id.localeCompare(b.id))) m.set(c.service, [...(m.get(c.service) ?? []), c]);
  return m;
};

const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Checks per (service, control area), the coverage of the control matrix. */
export function coverageTable(): string {
  const areas = Object.keys(CONTROL_AREAS) as ControlArea[];
  const lines = [`| Service | ${areas.map((a) => CONTROL_AREAS[a]).join(' | ')} | Total |`, `|---|${areas.map(() => '---:').join('|')}|---:|`];
  for (const [service, checks] of byService()) {
    lines.push(`| ${service} | ${areas.map((a) => String(checks.filter((c) => c.control === a).length)).join(' | ')} | ${checks.length} |`);
  }
  lines.push(`| **all** | ${areas.map((a) => String(CHECKS.filter((c) => c.control === a).length)).join(' | ')} | ${CHECKS.length} |`);
  return lines.join('\n');
}

export function renderChecksDoc(): string {
  const out = [
    '# Checks',
    '',
    '<!-- Generated from the check registry by `npm run generate`; do not edit. -->',
    '',
    `${CHECKS.length} checks. Severity is the baseline: the engine raises it one level for red data, unless the check gives a severity per tier. ` +
      'A check that cannot decide reports NOT_EVALUATED with the reason; nothing passes by default.',
    '',
    '## Coverage by control area',
    '',
    coverageTable(),
  ];
  for (const [service, checks] of byService()) {
    out.push('', `## ${service} (\`${SERVICES[service]}\`)`, '', '| Check | Control area | Pillar | Severity | Standards | What it requires |', '|---|---|---|---|---|---|');
    for (const c of checks) {
      out.push(`| \`${c.id}\` | ${CONTROL_AREAS[c.control]} | ${PILLARS[c.pillar]} | ${severityText(c)} | ${(c.standards ?? []).join(', ') || '–'} | ${escape(c.title)}. [Fix](${c.remediation.url}) |`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderReadme(current: string): string {
  return between(
    current,
    README_BEGIN,
    README_END,
    () => {
      const lines = [coverageTable(), ''];
      for (const [service, checks] of byService()) lines.push(`- **${service}**: ${checks.map((c) => `\`${c.id}\``).join(', ')}`);
      return `${lines.join('\n')}\n`;
    },
    'README.md',
  );
}

/** Every generated file with its expected content. */
export function generated(read: (path: string) => string = (p) => readFileSync(p, 'utf8')): { path: string; content: string }[] {
  return [
    { path: GENERATED_FILES.template, content: renderTemplate(read(GENERATED_FILES.template)) },
    { path: GENERATED_FILES.checksDoc, content: renderChecksDoc() },
    { path: GENERATED_FILES.readme, content: renderReadme(read(GENERATED_FILES.readme)) },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { path, content } of generated()) writeFileSync(path, content);
  process.stderr.write(`generated ${Object.values(GENERATED_FILES).length} files from ${CHECKS.length} checks and ${collectorActions().length} collector actions\n`);
}
