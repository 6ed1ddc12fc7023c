/**
 * Case folding that keeps every offset, so that cue and keyword regexes can drop the `i` flag. Compiling a
 * case-insensitive Unicode (`/iu`) regex makes V8 build the case-equivalence class of every letter and of
 * every `\p{L}`-style class: 0.5–3 ms per regex on a woken service worker's first check. A regex written in
 * lower case, without `i`, run over `foldCase(text)`, matches exactly where its `/iu` form matches `text`,
 * provided its letters are ASCII, it uses no case-dependent classes (`\p{Lu}`, `\p{Ll}`, `[A-Z]`), and `\p{M}`
 * only beside `\p{L}` (under `/iu` the Greek iota is a mark and the combining iota a letter).
 *
 * Why that holds: under `/iu` an ASCII letter matches its other case plus two non-ASCII letters whose
 * simple case folding is ASCII — KELVIN SIGN (U+212A, folds to "k") and LONG S (U+017F, folds to "s");
 * `\w` and `\b` include those two as well. `toLowerCase()` maps ASCII capitals and the Kelvin sign, keeps
 * every letter a letter (and every non-letter what it was), and changes the length of one character only:
 * CAPITAL I WITH DOT (U+0130) becomes "i" plus a combining dot, which `/iu` would not match as "i". So that
 * character is kept as it is, and the two that `toLowerCase()` leaves alone but `/iu` folds — the long s and
 * the combining iota (U+0345, a letter under `/iu` since it folds to ι) — are mapped by hand. The unit test
 * checks all of this over every code point.
 */

const LENGTH_CHANGING = '\u0130'; // İ: lower case is two code units
// Lower case already, but folded by /iu: ſ to "s", the combining iota to ι.
const FOLDED_APART = /[\u017F\u0345]/g;
const FOLDS_TO: Readonly<Record<string, string>> = { '\u017F': 's', '\u0345': '\u03B9' };

/** `text` in lower case for matching without `i`; same length, so every match offset is an offset in `text`. */
export function foldCase(text: string): string {
  const lower = text.includes(LENGTH_CHANGING)
    ? text.split(LENGTH_CHANGING).map((part) => part.toLowerCase()).join(LENGTH_CHANGING)
    : text.toLowerCase();
  return lower.includes('\u017F') || lower.includes('\u0345') ? lower.replace(FOLDED_APART, (c) => FOLDS_TO[c]!) : lower;
}

/**
 * `re.exec(text)` for a lower-case regex with the `d` flag, run over `foldCase(text)`: the match and its groups
 * are read back from `text` as written, for callers that use what was matched.
 */
export function execFolded(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(foldCase(text));
  if (m?.indices) {
    for (let k = 0; k < m.length; k++) {
      const at = m.indices[k];
      if (at) m[k] = text.slice(at[0], at[1]);
    }
  }
  return m;
}
