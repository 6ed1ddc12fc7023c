#!/usr/bin/env node
// Entry point of the `phi-guard` command; the CLI itself is bundled from lib/cli by scripts/build-cli.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/phi-guard.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('phi-guard: the CLI is not built yet; run `npm install` or `npm run build:cli` first.');
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
