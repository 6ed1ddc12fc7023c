// Bundles the CLI (lib/cli) and the engine it runs into one ES module for Node, so `npx phi-guard` starts
// fast and needs no TypeScript loader. Runs on `npm install` (prepare) and `npm run build`.
//   node scripts/build-cli.mjs [--outdir DIR]   (DIR inside the repo, so node_modules resolve; default dist/cli)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist/cli';
await build({
  absWorkingDir: root,
  entryPoints: { 'phi-guard': 'lib/cli/run.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay in node_modules; only our own code is bundled.
  packages: 'external',
  alias: { '@': root },
  sourcemap: true,
  logLevel: 'warning',
});
