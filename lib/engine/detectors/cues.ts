/**
 * Context cues shared by detectors: a word such as "MRN", "fax" or "daughter" near a span raises (or, for
 * negative cues, lowers) confidence — the approach of Presidio's LemmaContextAwareEnhancer, done on raw text.
 */
import { foldCase } from './fold-case';

/** Whether a piece of text contains one of a list of cue phrases, as whole words and in any letter case. */
export interface CueMatcher {
  test(text: string): boolean;
}

/**
 * The whole-word pattern for a list of cue phrases (lower-case ASCII; spaces match any run of whitespace),
 * in lower case and meant for `foldCase` text: a regex without the `i` flag compiles several times faster.
 */
export function cuePattern(phrases: readonly string[]): string {
  const body = [...phrases]
    .map((p) => p.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}

/** A case-insensitive, whole-word matcher for a list of cue phrases. */
export function cueMatcher(phrases: readonly string[]): CueMatcher {
  const pattern = new RegExp(cuePattern(phrases), 'u');
  return { test: (text) => pattern.test(foldCase(text)) };
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
