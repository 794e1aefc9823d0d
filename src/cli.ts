/** The CLI entry point: wires process streams and Ctrl-C into runCli. */
import process from 'node:process';
import { runCli } from './cli/run.js';

const controller = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('interrupted: finishing with what was collected (Ctrl-C again to quit)\n');
  controller.abort(new Error('interrupted'));
  process.once('SIGINT', () => process.exit(130));
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: controller.signal,
});
