import { check, SURFACES } from '../engine';
import { oneOf, parseCommandArgs } from './args';
import { readCalendar } from './calendar';
import { CliError, readTextFile, type CliIO } from './io';
import { contextOf } from './jsonl';
import { ensureSize, loadPolicy } from './policy-files';
import { formatFindings, formatSummary, hasBlocking, locate, type CheckedText } from './report';

export const CALENDAR_USAGE =
  'phi-guard calendar FILE.csv [--column NAME] [--pack FILE]… [--format text|json] [--site HOST] [--surface post|reply|comment|message]';

/** Calendar exports are a few hundred posts; this bounds a wrong file (a database dump) instead. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

/** `phi-guard calendar`: checks every scheduled post in a Hootsuite / Sprout Social / Buffer CSV export. */
export async function runCalendar(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      column: { type: 'string' },
      pack: { type: 'string', multiple: true },
      format: { type: 'string' },
      site: { type: 'string' },
      surface: { type: 'string' },
    },
    CALENDAR_USAGE,
  );
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  const surface = oneOf('surface', values.surface, SURFACES);
  if (positionals.length !== 1) throw new CliError(`calendar takes one CSV file (usage: ${CALENDAR_USAGE})`);
  const file = positionals[0]!;
  await ensureSize(file, MAX_CSV_BYTES);
  const policy = await loadPolicy(values.pack ?? []);
  let calendar;
  try {
    calendar = readCalendar(await readTextFile(file), values.column);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }

  const checked = calendar.rows.map((row) => {
    // An explicit --site wins; otherwise the row's network decides which site rules apply.
    const findings = check(row.text, contextOf({ site: values.site ?? row.site, surface: surface ?? 'post' }), policy);
    return { row, result: { source: `${file} row ${row.row}`, text: row.text, findings } satisfies CheckedText };
  });
  const results = checked.map((c) => c.result);

  if (format === 'json') {
    const rows = checked.map(({ row, result }) => ({
      row: row.row,
      scheduled: row.scheduled ?? null,
      network: row.network ?? null,
      findings: locate(result.text, result.findings),
    }));
    io.stdout.write(`${JSON.stringify({ file, columns: calendar.columns, packs: policy.packs, rows }, null, 2)}\n`);
  } else {
    for (const { row, result } of checked) {
      if (!result.findings.length) continue;
      const when = [row.scheduled, row.network].filter(Boolean).join('  ');
      io.stdout.write(`row ${row.row}${when ? `  ${when}` : ''}\n`);
      io.stdout.write(formatFindings(result, '  '));
    }
    io.stdout.write(formatSummary(results, 'scheduled post'));
  }
  return hasBlocking(results) ? 1 : 0;
}
