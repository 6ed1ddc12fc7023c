import { packCompileProblems, parsePackText } from './load';
import { loadEnginesFor } from './optional-engines';
import { packSchemas, type Pack, type PackProblem } from './schema';
import { SignatureError, verifyPack } from './signature';

/**
 * The gate every pack from outside (an admin URL, enterprise policy) passes before it may replace the
 * active version: signature first (nothing unverified is parsed), then JSON depth, schema and compilation,
 * then the rules that stop rollback and stale or premature packs. Each refusal carries one line that says
 * exactly why, for the popup, the options page and the admin. Platform-neutral: WebCrypto through `jose`.
 */

/** Packs nest a few levels (rules → match → options); anything deeper is an attack on the parser, not a pack. */
export const MAX_PACK_DEPTH = 32;
/** Clocks on managed machines drift; a pack published a few minutes "in the future" is not refused for it. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** The built-in baseline's namespace: a pack from outside may not replace it. */
const RESERVED_PREFIX = 'phi-guard.';

export interface ActiveVersion {
  version: number;
  pack: Pack;
}

export interface AcceptOptions {
  /** Epoch ms. */
  now: number;
  /** The active version of a pack id, if one is stored: a lower version is refused. */
  activeOf?: ((packId: string) => ActiveVersion | undefined) | undefined;
  /** The pack id this source delivered before; a source may not switch to another pack. */
  expectedId?: string | undefined;
}

export type RefusalCode =
  | 'signature'
  | 'json'
  | 'too-deep'
  | 'schema'
  | 'compile'
  | 'reserved-id'
  | 'wrong-id'
  | 'not-yet-published'
  | 'expired'
  | 'rollback'
  | 'same-version-changed';

export type AcceptResult =
  /** `unchanged`: the same version with the same content as the active one; nothing to store. */
  | { ok: true; pack: Pack; kid?: string; unchanged: boolean }
  | { ok: false; code: RefusalCode; reason: string };

/** Verifies a compact JWS against the trusted keys (a JWK Set) and decides whether its pack may become active. */
export async function acceptSignedPack(token: string, trustedKeys: unknown, options: AcceptOptions): Promise<AcceptResult> {
  let verified: Awaited<ReturnType<typeof verifyPack>>;
  try {
    verified = await verifyPack(token, trustedKeys);
  } catch (error) {
    if (error instanceof SignatureError) return refuse('signature', `signature refused: ${error.message}`);
    throw error;
  }
  await loadEnginesFor(verified.payloadText);
  const result = acceptPackText(verified.payloadText, options);
  return result.ok ? { ...result, kid: verified.kid } : result;
}

/**
 * Decides whether pack JSON that is already trusted as to its origin (a verified payload, or an inline pack
 * from enterprise policy, which only an administrator can write) may become active.
 */
export function acceptPackText(text: string, options: AcceptOptions): AcceptResult {
  const depth = jsonDepth(text);
  if (depth > MAX_PACK_DEPTH) return refuse('too-deep', `not a pack: JSON nested deeper than ${MAX_PACK_DEPTH} levels`);
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    if (first?.message.startsWith('not valid JSON')) return refuse('json', `not a pack: ${first.message}`);
    return refuse('schema', `not a valid pack: ${describeProblems(parsed.problems)}`);
  }
  return acceptPack(parsed.pack, options);
}

/** The checks on a validated pack: id, dates, version, and that every rule compiles. */
export function acceptPack(pack: Pack, { now, activeOf, expectedId }: AcceptOptions): AcceptResult {
  if (pack.id.startsWith(RESERVED_PREFIX)) {
    return refuse('reserved-id', `pack ids starting with "${RESERVED_PREFIX}" are reserved for packs built into PHI Guard`);
  }
  if (expectedId !== undefined && pack.id !== expectedId) {
    return refuse('wrong-id', `this source delivers pack "${expectedId}", not "${pack.id}"`);
  }
  if (Date.parse(pack.publishedAt) > now + CLOCK_SKEW_MS) {
    return refuse('not-yet-published', `version ${pack.version} is not published until ${pack.publishedAt}`);
  }
  if (pack.expiresAt !== undefined && Date.parse(pack.expiresAt) <= now) {
    return refuse('expired', `version ${pack.version} expired at ${pack.expiresAt}`);
  }
  const active = activeOf?.(pack.id);
  if (active) {
    if (pack.version < active.version) {
      return refuse('rollback', `version ${pack.version} is older than the active version ${active.version}; rollback refused`);
    }
    if (pack.version === active.version) {
      if (samePack(pack, active.pack)) return { ok: true, pack, unchanged: true };
      return refuse(
        'same-version-changed',
        `version ${pack.version} is already active with different content; a changed pack needs a higher version`,
      );
    }
  }
  const problems = packCompileProblems(pack);
  if (problems.length) return refuse('compile', `pack does not compile: ${describeProblems(problems)}`);
  return { ok: true, pack, unchanged: false };
}

function refuse(code: RefusalCode, reason: string): AcceptResult {
  return { ok: false, code, reason };
}

function describeProblems(problems: readonly PackProblem[]): string {
  const [first] = problems;
  if (!first) return 'unknown problem';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${first.path}: ${first.message}${more}`;
}

/**
 * Whether two packs say the same thing. Both are validated again first: parsing fills defaults only for fields
 * the input names, so the same pack read from a file and from storage can differ in which defaults it spells out.
 */
function samePack(a: Pack, b: Pack): boolean {
  const normal = (pack: Pack) => canonicalJson(packSchemas().pack.parse(pack));
  return normal(a) === normal(b);
}

/** JSON with object keys sorted, so two equal packs compare equal whatever order their fields were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing (brackets inside strings
 * do not count). One pass, no allocation: it runs before `JSON.parse` on up to the pack size limit.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    }
  }
  return deepest;
}
