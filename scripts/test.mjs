#!/usr/bin/env node
/**
 * `npm test`: the typecheck, the linter and the test suite side by side (they do not depend on one
 * another), each one's output printed whole when it ends, the suite's last. Fails when any of them fails.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const STEPS = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  // Type-aware linting holds the product's program with every SDK client's types; capped, it collects its
  // garbage instead of growing far past what it needs (under 500 MB of heap). The rest lints without types.
  { name: 'lint (typed)', command: bin('eslint'), args: ['src', 'checks'], env: { NODE_OPTIONS: '--max-old-space-size=700' } },
  { name: 'lint', command: bin('eslint'), args: ['--ignore-pattern', 'src/**', '--ignore-pattern', 'checks/**', '.'] },
  { name: 'tests', command: bin('vitest'), args: ['run', ...process.argv.slice(2)] },
];

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command, step.args, { env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...step.env } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ step, code: 1, text: `${error.message}\n`, ms: Date.now() - started }));
    child.on('close', (code) => resolve({ step, code: code ?? 1, text: Buffer.concat(output).toString(), ms: Date.now() - started }));
  });
}

const results = [];
const pending = STEPS.map((step) =>
  run(step).then((result) => {
    // The suite's report closes the output, so its summary is the last thing a reader (or CI) sees.
    if (result.step.name !== 'tests') process.stdout.write(result.text);
    process.stderr.write(`${result.step.name}: ${result.code === 0 ? 'ok' : `failed (exit ${result.code})`} in ${(result.ms / 1000).toFixed(1)} s\n`);
    results.push(result);
  }),
);
await Promise.all(pending);
process.stdout.write(results.find((r) => r.step.name === 'tests')?.text ?? '');
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
