import type { Candidate, Detector } from '../../detector';
import { findLinks } from './links';

/**
 * X's weighted post length, following twitter-text's configuration v3 (github.com/twitter/twitter-text,
 * config/v3.json): limit 280, code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
 * weigh 1, every other code point (CJK, most symbols) weighs 2, every link counts as 23 whatever its length,
 * and an emoji counts as 2 however many code points it is built from (skin tones, variation selectors).
 * The finding covers the part that does not fit. Option `limit` raises the limit (longer posts for
 * subscribed accounts).
 */
const DEFAULT_LIMIT = 280;
const LINK_WEIGHT = 23;
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];
// Sticky, so testing one position allocates nothing.
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/uy;

function isLight(cp: number): boolean {
  return LIGHT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** Code points that extend the emoji before them and add no weight of their own. */
function extendsEmoji(cp: number): boolean {
  return (
    cp === 0xfe0f || cp === 0x200d || cp === 0x20e3 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0020 && cp <= 0xe007f) // tag sequences (subdivision flags)
  );
}

/**
 * Pictographs above U+10FF are emoji as typed; "©" and "®" sit in the weight-1 range and only become emoji
 * with the emoji variation selector (U+FE0F) after them.
 */
function isEmojiAt(text: string, i: number, cp: number): boolean {
  // No pictograph sits below U+00A9, between U+3300 and U+FFFF (CJK, Hangul) or below U+1F000 in the astral planes.
  if (cp < 0xa9 || (cp >= 0x3300 && cp < 0x1f000)) return false;
  PICTOGRAPHIC.lastIndex = i;
  if (!PICTOGRAPHIC.test(text)) return false;
  return cp > 0x10ff || text.charCodeAt(i + 1) === 0xfe0f;
}

export interface WeightedOverflow {
  weighted: number;
  /** UTF-16 offset where the text first exceeds the limit; -1 when it fits. */
  overflowAt: number;
}

export function xWeightedLength(text: string, limit = DEFAULT_LIMIT): WeightedOverflow {
  const links = findLinks(text);
  let linkIndex = 0;
  let weighted = 0;
  let overflowAt = -1;
  let inEmoji = false;
  let regionalPending = false;
  for (let i = 0; i < text.length; ) {
    const link = links[linkIndex];
    if (link && i === link.start) {
      weighted += LINK_WEIGHT;
      if (overflowAt < 0 && weighted > limit) overflowAt = i;
      i = link.end;
      linkIndex++;
      inEmoji = false;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let weight: number;
    if (inEmoji && extendsEmoji(cp)) {
      weight = 0;
    } else if (isEmojiAt(text, i, cp)) {
      // Two regional indicators make one flag.
      const isRegional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
      weight = isRegional && regionalPending ? 0 : 2;
      regionalPending = isRegional && !regionalPending;
      inEmoji = true;
    } else {
      weight = isLight(cp) ? 1 : 2;
      inEmoji = false;
      regionalPending = false;
    }
    weighted += weight;
    if (overflowAt < 0 && weighted > limit) overflowAt = i;
    i += width;
  }
  return { weighted, overflowAt };
}

export const xWeightedLengthDetector: Detector = {
  id: 'x-weighted-length',
  description: "X's weighted length (twitter-text config v3: links 23, CJK and emoji 2, limit 280); flags the overflow.",
  detect({ text, options }) {
    const limit = typeof options.limit === 'number' && options.limit > 0 ? options.limit : DEFAULT_LIMIT;
    const { weighted, overflowAt } = xWeightedLength(text, limit);
    if (overflowAt < 0) return [];
    const over = weighted - limit;
    const candidate: Candidate = {
      start: overflowAt,
      end: text.length,
      confidence: 1,
      message: `${over} over X's ${limit}-character limit (links count as 23, emoji and CJK characters as 2)`,
    };
    return [candidate];
  },
};
