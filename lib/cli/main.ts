import { runCalendar, CALENDAR_USAGE } from './calendar-command';
import { runCheck, CHECK_USAGE } from './check-command';
import { CliError, processIO, type CliIO } from './io';
import { runPack, PACK_USAGE } from './pack-command';
import { VERSION } from './version';
import { registerImportedEngines } from '../policy/imported-engines';

export const HELP = `phi-guard ${VERSION} — checks social-media drafts for patient health information (HIPAA Safe Harbor
identifiers) and healthcare social-media policy, on this machine.

Usage:
  ${CHECK_USAGE}
      Checks files (stdin when none). Exit 1 when any finding blocks, 2 on bad usage or input, 0 otherwise.
      --jsonl     stdin lines {"id","text","site"?,"surface"?,"replyTo"?} → stdout lines {"id","findings"}
      --pack      a policy pack JSON file (repeatable; default: the built-in baseline; a pack that extends
                  the baseline gets it)
      --format    text (default), json, or sarif (SARIF 2.1.0)
  ${CALENDAR_USAGE}
      Checks every post in a Hootsuite, Sprout Social or Buffer CSV export, row by row.
  ${PACK_USAGE.replace(/\n\s+/g, '\n  ')}
      Validates a pack; makes an Ed25519 key pair (JWK); signs a pack as a compact JWS (EdDSA); verifies one.
  phi-guard --help | --version
`;

/** Runs the CLI with `argv` (without node and script) and resolves to the process exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  registerImportedEngines();
  const [command, ...rest] = argv;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(HELP);
    return 0;
  }
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'calendar':
        return await runCalendar(rest, io);
      case 'pack':
        return await runPack(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case undefined:
        io.stderr.write(HELP);
        return 2;
      default:
        throw new CliError(`unknown command "${command}"; try phi-guard --help`);
    }
  } catch (error) {
    // User errors are one line; anything else is a bug, reported in one line too (no stack, no draft text).
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`phi-guard: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}
