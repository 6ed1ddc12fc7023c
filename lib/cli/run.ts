// The CLI process: bundled to dist/cli/phi-guard.mjs and started by bin/phi-guard.mjs.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
