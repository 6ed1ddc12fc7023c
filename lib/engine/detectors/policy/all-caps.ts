import type { Candidate, Detector } from '../../detector';

/**
 * Long runs of ALL-CAPS words are harder to read (word shapes disappear, which hurts readers with dyslexia
 * or low vision), some screen readers spell them out letter by letter, and they read as shouting. Sources:
 * GOV.UK style guide, "Capitals"; W3C, "Making Content Usable for People with Cognitive and Learning
 * Disabilities". Acronyms stay fine: only a run of
 * at least `minWords` capitalised words (option, default 4) with at least 15 letters is reported.
 */
const WORD = /[\p{L}\p{N}'’-]+/gu;
const HAS_LOWER = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const UPPER = /\p{Lu}/gu;
const SEPARATOR_ONLY = /^[\s,.;:!?"“”()&/-]*$/;
const DEFAULT_MIN_WORDS = 4;
const MIN_LETTERS = 15;

export const allCapsDetector: Detector = {
  id: 'all-caps',
  description: 'Runs of 4 or more ALL-CAPS words (GOV.UK style guide; screen readers may spell them out).',
  detect({ text, options }) {
    const minWords = typeof options.minWords === 'number' && options.minWords > 1 ? options.minWords : DEFAULT_MIN_WORDS;
    // Most drafts have no two capitals in a row; nothing to do then.
    if (!TWO_CAPITALS.test(text)) return [];
    const out: Candidate[] = [];
    let runStart = -1;
    let runEnd = -1;
    let words = 0;
    let letters = 0;
    const close = () => {
      if (words >= minWords && letters >= MIN_LETTERS) out.push({ start: runStart, end: runEnd, confidence: 1 });
      runStart = -1;
      words = 0;
      letters = 0;
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0];
      const hasLower = HAS_LOWER.test(word);
      if (hasLower && runStart < 0) continue; // the common case: an ordinary word outside any run
      const upper = hasLower ? 1 : (word.match(UPPER)?.length ?? 0);
      const isCaps = upper > 0 && !hasLower;
      // Words with no letters (numbers) or a lone "I"/"A" neither start nor break a run.
      const neutral = upper === 0 ? !/\p{L}/u.test(word) : isCaps && upper === 1 && runStart >= 0;
      const gapIsPlain = runStart < 0 || SEPARATOR_ONLY.test(text.slice(runEnd, m.index));
      if (!gapIsPlain) close();
      if (isCaps && !(upper === 1 && runStart < 0)) {
        if (runStart < 0) runStart = m.index;
        runEnd = m.index + word.length;
        // Only words of three or more letters count: a list of codes ("AK AL AR GA") is not shouting.
        if (upper >= 3) words++;
        letters += upper;
      } else if (neutral && runStart >= 0) {
        runEnd = m.index + word.length;
      } else if (runStart >= 0) {
        close();
      }
    }
    if (runStart >= 0) close();
    return out;
  },
};
