/**
 * The CLI door, in-process and testable: argv and streams in, an exit code out. No logic beyond parsing
 * flags, calling scan() and writing the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../../checks/index.js';
import { ConfigError } from '../config/errors.js';
import { severityAtLeast, type Severity } from '../vocabulary.js';
import type { Finding } from '../findings/finding.js';
import { SnapshotError } from '../inventory/snapshot.js';
import { render } from '../publish/report.js';
import { assertPublished, PublishError } from '../publish/securityhub.js';
import { scan, type ScanDeps, type ScanResult } from '../scan.js';
import { parseCliArgs, scanConfigOf, USAGE } from './args.js';

export const EXIT = { ok: 0, error: 1, failOn: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Fires on Ctrl-C: collection stops and what was collected is still reported. */
  signal?: AbortSignal;
}

/** Unsuppressed failures at or above `threshold`. */
export function failuresAtLeast(findings: readonly Finding[], threshold: Severity): Finding[] {
  return findings.filter((f) => f.status === 'FAIL' && !f.suppression && severityAtLeast(f.severity, threshold));
}

function listChecks(): string {
  const rows = [...CHECKS].sort((a, b) => a.id.localeCompare(b.id)).map((c) => {
    const severity = typeof c.severity === 'string' ? c.severity : `red ${c.severity.red} / orange ${c.severity.orange} / green ${c.severity.green}`;
    return `${c.id.padEnd(52)} ${c.control.padEnd(10)} ${severity.padEnd(10)} ${c.title}`;
  });
  return `${rows.join('\n')}\n${CHECKS.length} checks\n`;
}

function summary(result: ScanResult): string {
  const c = result.counts;
  const lines = [
    `scanned ${result.inventory.resources.length} resources in ${result.inventory.regions.join(', ') || '(snapshot)'} for account ${result.inventory.accountId}: ` +
      `${c.FAIL} FAIL (${result.suppressed} suppressed), ${c.PASS} PASS, ${c.NOT_EVALUATED} NOT_EVALUATED, ${c.NOT_APPLICABLE} NOT_APPLICABLE; ` +
      `${result.api.calls} API calls, ${result.api.throttles} throttled, ${result.inventory.errors.length} collection errors, ${result.durationMs} ms`,
  ];
  if (result.partial) {
    const cut = result.inventory.scopes.filter((s) => s.state !== 'complete').map((s) => `${s.service}/${s.region} ${s.state}`);
    lines.push(`warning: the scan is partial (${cut.join(', ')}); what could not be collected is NOT_EVALUATED`);
  }
  for (const e of result.expiredSuppressions) lines.push(`warning: ${e.message}`);
  const p = result.publish;
  if (p) {
    lines.push(
      `Security Hub: ${p.created} created, ${p.refreshed} refreshed, ${p.resolved} resolved, ${p.archived} archived, ${p.unchanged} unchanged, ${p.failed.length} failed` +
        (p.regionErrors.length ? `, ${p.regionErrors.length} region(s) not published` : ''),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, deps: ScanDeps = {}): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.env, (path) => readFileSync(path, 'utf8'));
    if (args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (args.command === 'checks') {
      io.stdout(listChecks());
      return EXIT.ok;
    }
    const config = scanConfigOf(args);
    const onProgress = args.quiet ? undefined : (message: string) => io.stderr(`${message}\n`);
    const result = await scan(config, { ...deps, onProgress: deps.onProgress ?? onProgress }, io.signal);
    const report = render(result, args.format, (deps.now ?? (() => new Date()))());
    if (args.output) writeFileSync(args.output, report);
    else io.stdout(report);
    if (!args.quiet) io.stderr(summary(result));
    if (result.publish) assertPublished(result.publish);
    if (args.failOn) {
      const failing = failuresAtLeast(result.findings, args.failOn);
      if (failing.length > 0) {
        io.stderr(`--fail-on ${args.failOn.toLowerCase()}: ${failing.length} unsuppressed failure(s) at or above ${args.failOn}\n`);
        return EXIT.failOn;
      }
    }
    if (result.snapshotError) {
      io.stderr(`data-posture: --save-snapshot: ${result.snapshotError}\n`);
      return EXIT.error;
    }
    // An interrupted scan is not done: a pipeline gate must not pass on what it never collected.
    if (io.signal?.aborted) {
      io.stderr(`data-posture: interrupted: the report holds only what was collected before the interruption\n`);
      return EXIT.error;
    }
    return EXIT.ok;
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof SnapshotError || error instanceof PublishError;
    io.stderr(`data-posture: ${known ? '' : 'error: '}${(error as Error).message}\n`);
    if (!known && (error as Error).stack && io.env.DATA_POSTURE_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return EXIT.error;
  }
}
