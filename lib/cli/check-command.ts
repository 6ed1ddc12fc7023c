import { check, SURFACES, type CheckContext } from '../engine';
import { oneOf, parseCommandArgs } from './args';
import { CliError, readStdin, readTextFile, type CliIO } from './io';
import { checkJsonl, contextOf, parseJsonl } from './jsonl';
import { loadPolicy } from './policy-files';
import { formatFindings, formatSummary, hasBlocking, locate, type CheckedText } from './report';
import { toSarif } from './sarif';

export const CHECK_USAGE =
  'phi-guard check [FILE…] [--jsonl] [--pack FILE]… [--format text|json|sarif] [--site HOST] [--surface post|reply|comment|message] [--reply-to TEXT]';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** `phi-guard check`: files (or stdin) → report; exit 1 when anything blocks. */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      jsonl: { type: 'boolean' },
      pack: { type: 'string', multiple: true },
      format: { type: 'string' },
      site: { type: 'string' },
      surface: { type: 'string' },
      'reply-to': { type: 'string' },
    },
    CHECK_USAGE,
  );
  const format = oneOf('format', values.format, FORMATS) ?? 'text';
  const defaults: CheckContext = contextOf({
    site: values.site,
    surface: oneOf('surface', values.surface, SURFACES),
    replyTo: values['reply-to'],
  });
  if (values.jsonl && (positionals.length || values.format)) {
    throw new CliError('--jsonl reads stdin and writes JSON lines; it takes no FILE and no --format');
  }
  const policy = await loadPolicy(values.pack ?? []);

  if (values.jsonl) {
    const items = parseJsonl(await readStdin(io));
    const { output, blocked } = checkJsonl(items, policy, defaults);
    io.stdout.write(output);
    return blocked ? 1 : 0;
  }

  // Every input is read before anything is printed, so an unreadable file never leaves half a report.
  const inputs: { source: string; text: string }[] = [];
  if (positionals.length === 0) inputs.push({ source: '<stdin>', text: await readStdin(io) });
  for (const path of positionals) inputs.push({ source: path, text: await readTextFile(path) });
  const results: CheckedText[] = inputs.map(({ source, text }) => ({ source, text, findings: check(text, defaults, policy) }));

  if (format === 'sarif') io.stdout.write(`${JSON.stringify(toSarif(results, policy), null, 2)}\n`);
  else if (format === 'json') {
    const files = results.map((r) => ({ file: r.source, findings: locate(r.text, r.findings) }));
    io.stdout.write(`${JSON.stringify({ packs: policy.packs, files }, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout.write(formatFindings(r));
    io.stdout.write(formatSummary(results, 'input'));
  }
  return hasBlocking(results) ? 1 : 0;
}
