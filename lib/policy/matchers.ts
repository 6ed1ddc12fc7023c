import type { Candidate } from '../engine/detector';
import type { Match } from './schema';
import { findDetector } from '../engine/detectors';
import type { MatchInput } from '../engine/policy';
import { TermAutomaton } from './term-automaton';
import { engineMissingReason, loadedEngine } from './optional-engines';

/** A compiled `match`: finds spans in the prepared text. Throws `MatcherError` when the match is unusable. */
export type Matcher = (input: MatchInput) => Candidate[];

export class MatcherError extends Error {}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function compileMatch(match: Match): Matcher {
  switch (match.kind) {
    case 'detector': {
      const detector = findDetector(match.detector);
      if (!detector) throw new MatcherError(`unknown detector "${match.detector}"`);
      const options = match.options;
      return (input) => detector.detect({ ...input, options });
    }
    case 'terms':
      return compileTerms(match.terms, match.caseSensitive);
    case 'regex':
      return compileSafeRegex(match.pattern, match.caseSensitive);
    case 'nlp':
      return compileNlp(match.pattern);
  }
}

/**
 * Whole-word matching of literal terms in linear time (see TermAutomaton). Where matches overlap, the
 * longest one starting first wins, so "chest pain" is one match rather than "chest" and "chest pain".
 */
export function compileTerms(terms: readonly string[], caseSensitive = false): Matcher {
  // Built on first use: compiling a policy (or validating a pack) then costs nothing for rules and reply
  // situations that a check never reaches.
  let automaton: TermAutomaton | null = null;
  return ({ text }) => {
    automaton ??= new TermAutomaton(terms, caseSensitive);
    const hits: Candidate[] = [];
    for (const { start, end } of automaton.scan(text)) {
      if (isWordBoundary(text, start, end)) hits.push({ start, end, confidence: 1 });
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    for (const hit of hits) {
      const last = out[out.length - 1];
      if (!last || hit.start >= last.end) out.push(hit);
    }
    return out;
  };
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  const first = text[start]!;
  const last = text[end - 1]!;
  // Only demand a boundary where the term itself starts/ends with a word character ("#fakecure" may sit in text).
  const okBefore = !WORD_CHAR.test(first) || !before || !WORD_CHAR.test(before);
  const okAfter = !WORD_CHAR.test(last) || !after || !WORD_CHAR.test(after);
  return okBefore && okAfter;
}

/**
 * Pack-supplied regular expressions run on RE2JS, a linear-time engine: a pattern such as `(a+)+$` that
 * would take exponential time in a backtracking engine cannot hang a check. Features that need backtracking
 * (look-around, back-references) are refused with the parser's reason.
 */
export function compileSafeRegex(pattern: string, caseSensitive = false): Matcher {
  const RE2JS = loadedEngine('regex');
  if (!RE2JS) throw new MatcherError(engineMissingReason('regex'));
  let re: InstanceType<typeof RE2JS>;
  try {
    re = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MatcherError(`regex refused (linear-time engine, no look-around or back-references): ${reason}`);
  }
  if (re.matches('')) throw new MatcherError('regex refused: it matches the empty string');
  return ({ text }) => {
    const out: Candidate[] = [];
    const m = re.matcher(text);
    // A pattern matching on every character would flood the UI; cap the spans per rule.
    while (m.find() && out.length < 1000) {
      if (m.end() > m.start()) out.push({ start: m.start(), end: m.end(), confidence: 1 });
    }
    return out;
  };
}

const TRAILING_PUNCTUATION = /[\s\p{P}]+$/u;

// compromise is the slowest matcher; bound the text it parses so a 100,000-character paste stays fast.
const NLP_MAX_CHARS = 20_000;

export function compileNlp(pattern: string): Matcher {
  const nlp = loadedEngine('nlp');
  if (!nlp) throw new MatcherError(engineMissingReason('nlp'));
  try {
    nlp('test').match(pattern);
  } catch (error) {
    throw new MatcherError(`compromise pattern refused: ${error instanceof Error ? error.message : String(error)}`);
  }
  return ({ text }) => {
    const slice = text.length > NLP_MAX_CHARS ? text.slice(0, NLP_MAX_CHARS) : text;
    const json = nlp(slice).match(pattern).json({ offset: true }) as { offset: { start: number; length: number } }[];
    return json.map(({ offset }) => {
      // compromise counts the punctuation after a match's last word ("cancer.") as part of it.
      const { start } = offset;
      const tail = TRAILING_PUNCTUATION.exec(slice.slice(start, start + offset.length));
      const end = start + (tail && tail.index > 0 ? tail.index : offset.length);
      return { start, end, confidence: 1 };
    });
  };
}

/** True when one of `terms` (whole words, any case) stands within `within` characters of the span. */
export function compileProximity(terms: readonly string[], within: number) {
  const find = compileTerms(terms);
  return (text: string, start: number, end: number): boolean => {
    const from = Math.max(0, start - within);
    const window = text.slice(from, Math.min(text.length, end + within));
    return find({ text: window, context: {}, allow: EMPTY_ALLOW }).some(
      (c) => c.end + from <= start || c.start + from >= end,
    );
  };
}

const EMPTY_ALLOW = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };
