/**
 * Tells a claim from its correction. Health communicators quote myths in order to debunk them ("Myth: 5G
 * spreads COVID-19. Fact: …", "Vaccines do not cause autism"), and those posts are exactly what the
 * misinformation rules should leave alone. A claim counts as debunked or merely asked about when a negation
 * sits inside it or just before it, a debunking word ("myth", "false", "no evidence") leads its sentence or
 * follows it closely, or its sentence is a question.
 */
import { cueMatcher } from '../cues';

const NEGATION = cueMatcher([
  'not', 'no', 'never', 'nor', "don't", 'dont', "doesn't", 'doesnt', "didn't", "won't", "can't", 'cannot',
  "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", 'neither', 'nothing', 'myth', 'false',
]);
const DEBUNK = cueMatcher([
  'myth', 'myths', 'mythbuster', 'mythbusters', 'false', 'untrue', 'not true', 'fake news', 'debunk', 'debunked',
  'debunking', 'misinformation', 'disinformation', 'misleading', 'rumor', 'rumour', 'rumors', 'rumours',
  'fact check', 'fact-check', 'factcheck', 'no evidence', 'no scientific evidence', 'no proof', 'not supported',
  'fact:', 'facts:', 'truth:', 'contrary to', 'is wrong', 'are wrong',
]);
const SENTENCE_BREAK = /[.!?\n]/;
const SENTENCE_END = /[.!?\n]/g;
const BEFORE = 25;
const DEBUNK_BEFORE = 60;
const DEBUNK_AFTER = 80;

/** Start of the sentence holding `at`, looking back at most `limit` characters. */
function sentenceStart(text: string, at: number, limit: number): number {
  const floor = Math.max(0, at - limit);
  for (let i = at - 1; i >= floor; i--) if (SENTENCE_BREAK.test(text[i]!)) return i + 1;
  return floor;
}

/**
 * True when the claim at [start, end) is negated, debunked nearby, or asked as a question. `negationInside`
 * is false for claims whose own wording contains a negation ("no worse than the flu").
 */
export function isDebunked(text: string, start: number, end: number, negationInside = true): boolean {
  if (negationInside && NEGATION.test(text.slice(start, end))) return true;
  if (NEGATION.test(text.slice(sentenceStart(text, start, BEFORE), start))) return true;
  if (DEBUNK.test(text.slice(sentenceStart(text, start, DEBUNK_BEFORE), start))) return true;
  if (DEBUNK.test(text.slice(end, end + DEBUNK_AFTER))) return true;
  SENTENCE_END.lastIndex = end;
  const close = SENTENCE_END.exec(text);
  return close?.[0] === '?' && close.index - end < 120;
}
