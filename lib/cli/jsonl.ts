import { z } from 'zod';
import { check, checkContextSchema, type CheckContext, type CompiledPolicy, type Finding } from '../engine';
import { CliError } from './io';
import { formatPath } from '../policy/schema';

/**
 * The batch contract the benchmarks drive: one `{"id", "text", "site"?, "surface"?, "replyTo"?}` per line in,
 * one `{"id", "findings"}` per line out, same order. Other fields (a gold file's labels) are ignored.
 */
export const jsonlInputSchema = z.object({
  ...checkContextSchema.shape,
  id: z.union([z.string().min(1).max(1000), z.number()]),
  text: z.string(),
});
export type JsonlInput = z.infer<typeof jsonlInputSchema>;

/**
 * Parses and validates every line before anything is checked, so a malformed line stops the run with
 * nothing written: a half-written output file would be scored as if the missing lines had no findings.
 * Reading the whole input first costs little (the largest benchmark set is 2.2 MB). Blank lines are skipped
 * but still counted, so the line numbers in errors match an editor's.
 */
export function parseJsonl(input: string): JsonlInput[] {
  const items: JsonlInput[] = [];
  const lines = input.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(`line ${i + 1}: not valid JSON (${reason})`);
    }
    const parsed = jsonlInputSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? `field "${formatPath(issue.path)}"` : 'the line';
      throw new CliError(`line ${i + 1}: ${field}: ${issue.message}`);
    }
    items.push(parsed.data);
  }
  return items;
}

export interface JsonlOutcome {
  output: string;
  blocked: boolean;
}

/** Checks each item; `defaults` (from --site/--surface) apply where a line does not say. */
export function checkJsonl(items: readonly JsonlInput[], policy: CompiledPolicy, defaults: CheckContext): JsonlOutcome {
  const out: string[] = [];
  let blocked = false;
  for (const item of items) {
    const context = contextOf({
      site: item.site ?? defaults.site,
      surface: item.surface ?? defaults.surface,
      replyTo: item.replyTo ?? defaults.replyTo,
    });
    const findings: Finding[] = check(item.text, context, policy);
    blocked ||= findings.some((f) => f.severity === 'block');
    out.push(`${JSON.stringify({ id: item.id, findings })}\n`);
  }
  return { output: out.join(''), blocked };
}

/** Drops absent fields, so the engine sees exactly the context that was given. */
export function contextOf(fields: CheckContext): CheckContext {
  const context: CheckContext = {};
  if (fields.site !== undefined) context.site = fields.site;
  if (fields.surface !== undefined) context.surface = fields.surface;
  if (fields.replyTo !== undefined) context.replyTo = fields.replyTo;
  return context;
}
