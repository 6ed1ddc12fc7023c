// The CLI process: bundled to dist/cli/phi-guard.mjs and started by bin/phi-guard.mjs.
import { main } from './main';

// `phi-guard check … | head` closes the pipe early; that is the reader's choice, not an error worth a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
