import { acceptPack, jsonDepth, MAX_PACK_DEPTH, type ActiveVersion, type RefusalCode } from '../policy/accept-pack';
import { packCompileProblems, parsePackText } from '../policy/load';
import { loadEnginesFor } from '../policy/optional-engines';
import type { Pack, PackProblem } from '../policy/schema';
import { SignatureError, verifyPack } from '../policy/signature';

/**
 * Checks a pack file the user imports in the options page: a signed compact JWS (verified against the
 * organisation's trusted keys before anything in it is read) or pack JSON. Unlike the background's sync,
 * which keeps one line for the admin, this lists every problem with its JSON path, so the author can fix
 * the file. The same rules then apply as to any pack from outside: no reserved ids, no rollback, no expired pack.
 */

export type ImportResult =
  | { ok: true; pack: Pack; signature: 'verified' | 'unsigned'; unchanged: boolean }
  | { ok: false; problems: PackProblem[] };

export interface ImportOptions {
  /** The organisation's trusted keys (JWK Set) from enterprise policy, if any. */
  trustedKeys?: unknown;
  now: number;
  activeOf?: (packId: string) => ActiveVersion | undefined;
}

const LOOKS_SIGNED = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/** Where in the pack each refusal of `acceptPack` points. */
const REFUSAL_PATHS: Partial<Record<RefusalCode, string>> = {
  'reserved-id': 'id',
  'wrong-id': 'id',
  'not-yet-published': 'publishedAt',
  expired: 'expiresAt',
  rollback: 'version',
  'same-version-changed': 'version',
};

export async function checkImportedPack(fileText: string, options: ImportOptions): Promise<ImportResult> {
  const text = fileText.trim();
  let json = text;
  let signature: 'verified' | 'unsigned' = 'unsigned';
  if (LOOKS_SIGNED.test(text)) {
    if (options.trustedKeys === undefined) {
      return problem('(signature)', 'this is a signed pack, and no trusted signing keys are set by your organisation to verify it');
    }
    try {
      json = (await verifyPack(text, options.trustedKeys)).payloadText;
    } catch (error) {
      if (error instanceof SignatureError) return problem('(signature)', `signature refused: ${error.message}`);
      throw error;
    }
    signature = 'verified';
  }
  if (jsonDepth(json) > MAX_PACK_DEPTH) return problem('(root)', `JSON nested deeper than ${MAX_PACK_DEPTH} levels`);
  await loadEnginesFor(json);
  const parsed = parsePackText(json);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const compileProblems = packCompileProblems(parsed.pack);
  if (compileProblems.length) return { ok: false, problems: compileProblems };
  const accepted = acceptPack(parsed.pack, { now: options.now, activeOf: options.activeOf });
  if (!accepted.ok) return problem(REFUSAL_PATHS[accepted.code] ?? '(root)', accepted.reason);
  return { ok: true, pack: accepted.pack, signature, unchanged: accepted.unchanged };
}

function problem(path: string, message: string): ImportResult {
  return { ok: false, problems: [{ path, message }] };
}
