/**
 * Building blocks for the misinformation patterns: bounded gaps and word lists, so every pattern has a fixed
 * maximum reach and cannot backtrack across a long paste.
 */

/** Up to 40 characters within one sentence. */
export const GAP = '[^.!?\\n]{0,40}?';
/** Up to 100 characters within one sentence, for claims whose parts sit far apart. */
export const LONG_GAP = '[^.!?\\n]{0,100}?';
/** Up to two words. */
export const WORDS2 = '(?:[\\w\'’-]{1,20}\\s+){0,2}?';
export const VACCINE = '(?:vaccin\\w{0,6}|mmr|jabs?|shots?|immuni[sz]ations?|booster\\w{0,2})';
export const COVID = '(?:covid\\w{0,3}|corona\\w{0,5}|sars-cov-2|the virus|pandemic)';

export function re(source: string): RegExp {
  return new RegExp(source, 'gi');
}

export interface Span {
  start: number;
  end: number;
}

/** First match of `pattern` within `within` characters of the span, as a span of `text`; null when none. */
export function findNear(text: string, span: Span, pattern: RegExp, within = 80): Span | null {
  const from = Math.max(0, span.start - within);
  const window = text.slice(from, Math.min(text.length, span.end + within));
  pattern.lastIndex = 0;
  const m = pattern.exec(window);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}
