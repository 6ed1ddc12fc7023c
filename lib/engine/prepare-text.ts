/**
 * Folds the characters that people (and evasive copy-paste) put between the characters of an identifier so
 * that detectors match "555\u200B-0134" as they match "555-0134", while every finding still points at the
 * exact characters of the original draft.
 */

// Zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator: invisible, removed.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/;
// No-break and typographic spaces: one code unit each, folded to a plain space.
const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

export interface PreparedText {
  /** What detectors read. */
  text: string;
  /** Maps a [start, end) span of `text` to the span of the original draft it came from. */
  toOriginal(start: number, end: number): [number, number];
}

/** A zero-width joiner inside an emoji sequence (👩‍⚕️) is part of one glyph, not an evasion: keep it. */
function joinsEmoji(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x200d) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  const emojiBefore = (before >= 0xdc00 && before <= 0xdfff) || before === 0xfe0f || (before >= 0x2600 && before <= 0x27bf);
  const emojiAfter = (after >= 0xd800 && after <= 0xdbff) || (after >= 0x2600 && after <= 0x27bf);
  return emojiBefore && emojiAfter;
}

export function prepareText(original: string): PreparedText {
  // Fast path: most drafts have nothing to fold, and then offsets are the identity.
  if (!/[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u00A0\u2000-\u200A\u202F\u205F\u3000\uFF10-\uFF19]/.test(original)) {
    return { text: original, toOriginal: (start, end) => [start, end] };
  }
  const out: string[] = [];
  // origin[i] is the index in `original` of out[i].
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch) && !joinsEmoji(original, i)) continue;
    const code = ch.charCodeAt(0);
    if (SPACE_LIKE.test(ch)) out.push(' ');
    else if (code >= 0xff10 && code <= 0xff19) out.push(String.fromCharCode(code - 0xff10 + 0x30));
    else out.push(ch);
    origin.push(i);
  }
  const text = out.join('');
  return {
    text,
    toOriginal(start, end) {
      if (end <= start) {
        const at = start < origin.length ? origin[start]! : original.length;
        return [at, at];
      }
      return [origin[start]!, origin[end - 1]! + 1];
    },
  };
}
