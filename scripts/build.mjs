// Bundles the Lambda handler and the CLI with esbuild (and, with --bench, the benchmark's scanning process). SAM builds the handler the same way (template.yaml Metadata).
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { build } from 'esbuild';

/**
 * Each SDK client keeps its schemas in one module that opens with a string constant for every shape name
 * of the whole service (EC2: about 8,900). esbuild drops the schemas we never reference but keeps those
 * constants, so the EC2 client alone would add half a megabyte. Inlining the constants where they are used
 * lets the unused ones go with the schemas that named them; the schemas kept are unchanged.
 */
const inlineSchemaNames = {
  name: 'inline-sdk-schema-names',
  setup(b) {
    b.onLoad({ filter: /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = new Map();
      const body = source.replace(/^const (_\w+) = ("(?:[^"\\\n]|\\.)*");\n/gm, (_, name, value) => {
        names.set(name, value);
        return '';
      });
      return { contents: body.replace(/(?<![\w$.])_\w+\b/g, (id) => names.get(id) ?? id), loader: 'js' };
    });
  },
};

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
  plugins: [inlineSchemaNames],
  logLevel: quiet ? 'error' : 'info',
};

await build({ ...common, entryPoints: { handler: 'src/handler.ts', cli: 'src/cli.ts' }, outdir: 'dist', metafile: false });
// `--bench`: the benchmark's scanning process, bundled like the handler so it holds what a Lambda would.
if (process.argv.includes('--bench')) {
  await build({ ...common, entryPoints: { 'scan-child': 'bench/scan-child.ts' }, outdir: 'dist/bench', metafile: false });
}
