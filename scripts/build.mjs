// Bundles the Lambda handler and the CLI with esbuild. SAM builds the handler the same way (template.yaml Metadata).
import process from 'node:process';
import { build } from 'esbuild';

const quiet = process.argv.includes('--quiet');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  minify: true,
  // Command and client class names identify API operations for record/replay and the IAM contract.
  keepNames: true,
  legalComments: 'none',
  // The SDK's ES module builds tree-shake to the commands we use; its CommonJS builds carry every operation.
  mainFields: ['module', 'main'],
  // ESM bundles of CommonJS dependencies need a require() in scope.
  banner: { js: "import { createRequire as __dpCreateRequire } from 'node:module'; const require = __dpCreateRequire(import.meta.url);" },
  outExtension: { '.js': '.mjs' },
  logLevel: quiet ? 'error' : 'info',
};

await build({ ...common, entryPoints: { handler: 'src/handler.ts', cli: 'src/cli.ts' }, outdir: 'dist', metafile: false });
