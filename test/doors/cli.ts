/** Test harness for the CLI door: runs runCli in-process over the bundled demo recording, capturing streams. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';
import type { ScanDeps } from '../../src/scan.js';
import type { JsonFinding } from '../../src/publish/report.js';

/** The recording `npm run demo` replays. */
export const DEMO_RECORDING = fileURLToPath(new URL('../../events/demo-account', import.meta.url));
/** A day after the demo was recorded: suppressions and ASFF timestamps are judged as of then. */
export const CLI_NOW = new Date('2026-11-21T08:00:00.000Z');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  signal?: AbortSignal;
  deps?: ScanDeps;
}

/** Runs the CLI with `argv`, no ambient environment and a fixed clock. */
export async function cli(argv: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env: options.env ?? {}, signal: options.signal };
  const code = await runCli(argv, io, { now: () => CLI_NOW, ...options.deps });
  return { code, stdout, stderr };
}

/** `scan --replay <demo> --format json -q` plus `extra`, parsed. */
export async function demoJson(extra: readonly string[] = []): Promise<{ run: CliRun; findings: JsonFinding[] }> {
  const run = await cli(['scan', '--replay', DEMO_RECORDING, '--format', 'json', '--quiet', ...extra]);
  if (run.code !== 0) throw new Error(`demo scan exited ${run.code}: ${run.stderr}`);
  return { run, findings: JSON.parse(run.stdout) as JsonFinding[] };
}

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = 'dp-doors-'): { dir: string; file: (name: string, content?: string | object) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      if (content !== undefined) writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
