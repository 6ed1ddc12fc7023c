import type { Candidate, Detector } from '../../detector';

/**
 * Builds a detector from native regular expressions written for this codebase. Pack regexes run on a
 * linear-time engine that is too slow for large case-insensitive alternations on every keystroke, so the
 * baseline's grammar-like rules live here instead; every pattern is reviewed to have only bounded or
 * unambiguous repetition, so backtracking stays linear.
 */
export function patternDetector(id: string, description: string, patterns: readonly RegExp[]): Detector {
  for (const p of patterns) if (!p.global) throw new Error(`${id}: patterns must be global`);
  return {
    id,
    description,
    detect({ text }) {
      const out: Candidate[] = [];
      for (const pattern of patterns) {
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
