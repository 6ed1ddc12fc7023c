/**
 * Context cues shared by detectors: a word such as "MRN", "fax" or "daughter" near a span raises (or, for
 * negative cues, lowers) confidence — the approach of Presidio's LemmaContextAwareEnhancer, done on raw text.
 */

/** A case-insensitive, whole-word regex for a list of cue phrases (spaces match any run of whitespace). */
export function cueRegex(phrases: readonly string[]): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
}

/** True when `cue` matches within the `within` characters that end at `start`. */
export function hasCueBefore(text: string, start: number, cue: RegExp, within = 40): boolean {
  return cue.test(text.slice(Math.max(0, start - within), start));
}

/** True when `cue` matches within the `within` characters that start at `end`. */
export function hasCueAfter(text: string, end: number, cue: RegExp, within = 40): boolean {
  return cue.test(text.slice(end, end + within));
}

/** True when `cue` matches on either side of the span, within `within` characters. */
export function hasCueNear(text: string, start: number, end: number, cue: RegExp, within = 40): boolean {
  return hasCueBefore(text, start, cue, within) || hasCueAfter(text, end, cue, within);
}
