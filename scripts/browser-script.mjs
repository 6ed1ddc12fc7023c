// Runs a TypeScript browser script (one that drives the built extension through tests/e2e/harness.ts) in Node:
// bundles it with esbuild beside the harness, whose paths (the built extension, the fixtures) are relative to
// itself, and imports it.
//   node scripts/browser-script.mjs scripts/screenshots.ts
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `entry` (relative to the repo) and returns its module. */
export async function importBrowserScript(entry) {
  const outfile = path.join(root, 'tests/e2e', `.${path.basename(entry, '.ts')}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    external: ['../fixtures/build.mjs'],
    alias: { '@': root },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = process.argv[2];
  if (!entry) {
    console.error('usage: node scripts/browser-script.mjs FILE.ts');
    process.exit(2);
  }
  const mod = await importBrowserScript(entry);
  await mod.default?.();
}
