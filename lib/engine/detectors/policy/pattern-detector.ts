import type { Candidate, Detector } from '../../detector';

/**
 * A pattern that can only match where `needs` matches (a word every match contains, in the same letter-case
 * mode): a text without that word skips the pattern, which is then not even compiled — a long alternation
 * costs V8 about a millisecond to compile on a woken service worker's first check.
 */
export interface GatedPattern {
  needs: RegExp;
  pattern: RegExp;
}

/**
 * Builds a detector from native regular expressions written for this codebase. Pack regexes run on a
 * linear-time engine that is too slow for large case-insensitive alternations on every keystroke, so the
 * baseline's grammar-like rules live here instead; every pattern is reviewed to have only bounded or
 * unambiguous repetition, so backtracking stays linear.
 */
export function patternDetector(id: string, description: string, entries: readonly (RegExp | GatedPattern)[]): Detector {
  const gated = entries.map((e) => (e instanceof RegExp ? { pattern: e, needs: null } : e));
  for (const { pattern } of gated) if (!pattern.global) throw new Error(`${id}: patterns must be global`);
  return {
    id,
    description,
    detect({ text }) {
      const out: Candidate[] = [];
      for (const { pattern, needs } of gated) {
        if (needs && !needs.test(text)) continue;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m && out.length < 200; m = pattern.exec(text)) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          out.push({ start: m.index, end: m.index + m[0].length, confidence: 1 });
        }
      }
      return out;
    },
  };
}
