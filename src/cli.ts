/** The CLI entry point: wires process streams and Ctrl-C into runCli. */
import process from 'node:process';
import { runCli } from './cli/run.js';

// The lockfile pins SDK releases that support Node 20; the SDK's notice that later releases will need
// Node 22 would otherwise open every run's output. README: "Node versions".
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// A reader that closes early (`| head`) is not an error: stop writing and end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

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
