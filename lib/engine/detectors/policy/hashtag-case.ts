import type { Candidate, Detector } from '../../detector';
import { HASHTAG_WORDS } from './hashtag-words';

/**
 * Multi-word hashtags written in one case ("#mentalhealthawareness") are read by screen readers as one
 * unpronounceable word; capitalising each word ("#MentalHealthAwareness") fixes that. Source: Digital.gov,
 * "Improving the Accessibility of Social Media in Government" (camel case for multi-word hashtags).
 *
 * The hashtag is split into known words with the fewest pieces (so "healthcare" stays one word); a long
 * hashtag that cannot be split is still reported, without a fix.
 */
const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]{2,100})/gu;
const ONE_CASE_LETTERS = /^(?:[a-z0-9]+|[A-Z0-9]+)$/;
const MAX_WORD = 16;
const UNSPLIT_MIN_LETTERS = 15;
const MAX_FINDINGS = 200;
const MAX_ACRONYM = 7;

/** Splits lower-case letters into the fewest known words, or returns null. Linear in length × MAX_WORD. */
export function splitWords(letters: string): string[] | null {
  const n = letters.length;
  const best: (number | undefined)[] = new Array(n + 1);
  const from: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const before = best[start];
      if (before === undefined || !HASHTAG_WORDS.has(letters.slice(start, end))) continue;
      const current = best[end];
      if (current === undefined || before + 1 < current) {
        best[end] = before + 1;
        from[end] = start;
      }
    }
  }
  if (best[n] === undefined) return null;
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end]!) words.unshift(letters.slice(from[end]!, end));
  return words;
}

/** Splits digits from letters ("covid19" → "covid", "19") and camel-cases the letter runs. */
function camelCase(tag: string): { value: string; words: number } | null {
  let words = 0;
  let value = '';
  for (const part of tag.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? []) {
    if (/^[0-9]/.test(part)) {
      value += part;
      continue;
    }
    const split = splitWords(part);
    if (!split) return null;
    words += split.length;
    value += split.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  }
  return { value, words };
}

export const hashtagCaseDetector: Detector = {
  id: 'hashtag-camelcase',
  description: 'Multi-word hashtags in a single case; suggests CamelCase so screen readers read each word (Digital.gov).',
  detect({ text }) {
    const out: Candidate[] = [];
    // A paste repeats the same tags; split each distinct tag once.
    const seen = new Map<string, ReturnType<typeof camelCase>>();
    HASHTAG.lastIndex = 0;
    for (let m = HASHTAG.exec(text); m && out.length < MAX_FINDINGS; m = HASHTAG.exec(text)) {
      const tag = m[1]!;
      if (!ONE_CASE_LETTERS.test(tag) || !/[a-z]{2}|[A-Z]{2}/i.test(tag)) continue;
      if (tag.length <= MAX_ACRONYM && tag === tag.toUpperCase()) continue; // #NHS, #COVID19, #CDC
      const start = m.index;
      const end = start + m[0].length;
      let split = seen.get(tag);
      if (split === undefined) seen.set(tag, (split = camelCase(tag)));
      if (split && split.words >= 2) {
        const replacement = `#${split.value}`;
        out.push({ start, end, confidence: 1, fixes: [{ label: `Use ${replacement}`, replacement }] });
      } else if (!split && tag.replace(/[0-9]/g, '').length >= UNSPLIT_MIN_LETTERS) {
        out.push({ start, end, confidence: 0.8 });
      }
    }
    return out;
  },
};
