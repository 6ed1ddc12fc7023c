/**
 * Context cues shared by detectors: a word such as "MRN", "fax" or "daughter" near a span raises (or, for
 * negative cues, lowers) confidence — the approach of Presidio's LemmaContextAwareEnhancer, done on raw text.
 */
import { foldCase } from './fold-case';

/** Whether a piece of text contains one of a list of cue phrases, as whole words and in any letter case. */
export interface CueMatcher {
  test(text: string): boolean;
}

/** The phrases (lower-case ASCII) as regex alternatives, longest first; spaces match any run of whitespace. */
function alternatives(phrases: readonly string[]): string {
  return [...phrases]
    .map((p) => p.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * Cue phrases for scanning folded text (`foldCase`; the patterns are lower case, without the `i` flag, which
 * makes V8 compile a regex several times slower). Whole words need Unicode letter lookarounds, which V8 takes
 * about a millisecond to build and compile; the bare phrases cost a fraction of that and rule out most texts,
 * so the whole-word regex is built and compiled only once a text holds one of the phrases.
 */
export interface CueScan {
  /** Matches wherever a phrase occurs, whole word or not: no match means no cue. */
  readonly anywhere: RegExp;
  /** The global whole-word regex, built on first use. */
  wholeWords(): RegExp;
}

/** A `CueScan` for a hand-written whole-word pattern and a test for the words it needs. */
export function patternScan(anywhere: RegExp, wholeWords: () => RegExp): CueScan {
  let built: RegExp | undefined;
  return { anywhere, wholeWords: () => (built ??= wholeWords()) };
}

/** A `CueScan` for a list of cue phrases. */
export function cueScan(phrases: readonly string[]): CueScan {
  const body = alternatives(phrases);
  return patternScan(new RegExp(body), () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu'));
}

/** Whether `folded` (a `foldCase` text) holds a cue. */
export function holdsCue(folded: string, cue: CueScan): boolean {
  if (!cue.anywhere.test(folded)) return false;
  const wholeWords = cue.wholeWords();
  wholeWords.lastIndex = 0;
  return wholeWords.test(folded);
}

/** A case-insensitive, whole-word matcher for a list of cue phrases. */
export function cueMatcher(phrases: readonly string[]): CueMatcher {
  const scan = cueScan(phrases);
  return { test: (text) => holdsCue(foldCase(text), scan) };
}

/** True when `cue` matches within the `within` characters that end at `start`. */
export function hasCueBefore(text: string, start: number, cue: CueMatcher, within = 40): boolean {
  return cue.test(text.slice(Math.max(0, start - within), start));
}

/** True when `cue` matches within the `within` characters that start at `end`. */
export function hasCueAfter(text: string, end: number, cue: CueMatcher, within = 40): boolean {
  return cue.test(text.slice(end, end + within));
}

/** True when `cue` matches on either side of the span, within `within` characters. */
export function hasCueNear(text: string, start: number, end: number, cue: CueMatcher, within = 40): boolean {
  return hasCueBefore(text, start, cue, within) || hasCueAfter(text, end, cue, within);
}
