import { compilePolicy } from './compile';
import { validatePack, type Pack, type PackProblem } from './schema';

/** Packs larger than this are refused before parsing; the baseline is a few tens of kilobytes. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type PackParseResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/**
 * Parses pack JSON text (a file, a verified JWS payload, an admin URL's body) and validates it, returning
 * every problem with its JSON path. Platform-neutral: the CLI and the extension share it.
 */
export function parsePackText(text: string): PackParseResult {
  if (text.length > MAX_PACK_BYTES) {
    return { ok: false, problems: [{ path: '(root)', message: `pack is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${reason}` }] };
  }
  return validatePack(data);
}

/**
 * Problems that only show when the pack is compiled: regexes the linear-time engine refuses, unknown
 * detectors, an `extends` that names a pack nobody loaded. The schema cannot see these, and the engine
 * silently leaves such rules out, so an author must hear about them before publishing.
 */
export function packCompileProblems(pack: Pack): PackProblem[] {
  let problems: readonly { ruleId: string; reason: string }[];
  try {
    problems = compilePolicy([pack]).problems;
  } catch (error) {
    return [{ path: 'extends', message: error instanceof Error ? error.message : String(error) }];
  }
  return problems.map(({ ruleId, reason }) => ({ path: problemPath(pack, ruleId), message: reason }));
}

function problemPath(pack: Pack, ruleId: string): string {
  const situationId = ruleId.startsWith('situation:') ? ruleId.slice('situation:'.length) : null;
  if (situationId !== null) {
    const at = pack.situations.findIndex((s) => s.id === situationId);
    if (at >= 0) return `situations[${at}].match`;
  }
  const at = pack.rules.findIndex((r) => r.id === ruleId);
  // A problem in an inherited rule (from the pack this one extends) has no path in this file.
  return at >= 0 ? `rules[${at}].match` : `(inherited rule ${ruleId})`;
}
