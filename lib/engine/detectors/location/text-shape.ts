/**
 * Small helpers about the shape of words around a span: how a place name is folded for lookup, and whether
 * the surrounding text is written in capitals (clinical notes often are, and then capitals prove nothing).
 */

/** Lower case with diacritics removed and runs of whitespace folded, the form the gazetteer stores. */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** True for a word that starts with a capital letter ("Towson", "TOWSON", "McLean"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True for a word of two or more letters written all in capitals. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && !/\p{Ll}/u.test(word) && /\p{Lu}/u.test(word);
}

const SHOUT_WINDOW = 80;

/**
 * True when the text around [start, end) is mostly capitals, as in many nursing notes: there a capitalised
 * word is no evidence of a proper name, so places need a cue. Reads a bounded window, never the whole text.
 */
export function isShoutedAround(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - SHOUT_WINDOW), Math.min(text.length, end + SHOUT_WINDOW));
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper + lower >= 12 && upper > 3 * lower;
}

/** True when the text around [start, end) has no capitals at all (terse lower-case notes and chat). */
export function isLowerCaseAround(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - SHOUT_WINDOW), Math.min(text.length, end + SHOUT_WINDOW));
  return !/\p{Lu}/u.test(window);
}

/** True when [start] begins a sentence or a line (nothing but punctuation/space since the last stop). */
export function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '"' || ch === "'" || ch === '(' || ch === '\t') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '>';
  }
  return true;
}
