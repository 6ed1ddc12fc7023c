/**
 * Safe Harbor identifier (A), names: 45 CFR 164.514(b)(2)(i)(A) — names of the individual and of relatives,
 * employers or household members. Clinicians' names are reported too; a pack's `allow.names` (staff, public
 * figures) removes them.
 *
 * Evidence, strongest first: a title before the name ("Mr.", "Dr"), a relation ("his daughter", "pt's son"),
 * a credential after it (", RN"), a contact phrase ("spoke with", "per", "seen by"), then name dictionaries
 * and, in mixed-case text only, capitalisation. Clinical notes are often all capitals, where capitalisation
 * says nothing, so there cues and dictionaries carry the decision. The approach follows the PhysioNet deid
 * name filter (Neamatullah et al., BMC Med Inform Decis Mak 2008): dictionaries plus context, done here in one
 * linear pass over word tokens.
 */
import type { Candidate, Detector } from '../detector';
import { foldCase } from './fold-case';
import { ORGANISATION_AFTER, judgeRun, type Accepted } from './name/judge';
import { factsOf, isInitial, readRun } from './name/runs';
import { SENTENCE_BREAK } from './name/vocabulary';
import { lexiconClass } from './name/dictionary';
import { caseMode, tokenize, type CaseMode, type Token } from './name/tokens';

export const nameDetector: Detector = {
  id: 'name',
  description:
    'Names of patients, relatives, household members, employers and clinicians, found from titles, relations, credentials, contact phrases, name dictionaries and capitalisation (45 CFR 164.514(b)(2)(i)(A)).',
  detect: ({ text, allow }) => findNames(text, allow.names),
};

export function findNames(text: string, allowedNames: ReadonlySet<string>): Candidate[] {
  const tokens = tokenize(text);
  const mode = caseMode(tokens);
  const shorthand = isShorthand(tokens, text);
  const runs: Run[] = [];
  let previous: Accepted | null = null;
  let i = 0;
  while (i < tokens.length) {
    const end = readRun(tokens, i, text, mode);
    if (end === i) {
      i++;
      continue;
    }
    const judged = judgeRun({ text, tokens, start: i, end, mode, allowedNames, previous, shorthand });
    if (judged) previous = judged;
    runs.push({ start: i, end, candidate: judged?.candidate ?? null });
    i = end;
  }
  acceptListedNames(runs, tokens, text, mode, allowedNames);
  acceptRepeatedNames(runs, tokens, text, mode);
  return runs.flatMap((r) => (r.candidate ? [r.candidate] : []));
}

/** Ward abbreviations, and units written after a number ("5 mg", "20cc"): how notes are written. */
const SHORTHAND_WORDS: ReadonlySet<string> = new Set(['pt', 'bp', 'hr', 'iv', 'po', 'prn', 'npo', 'gtt', 'cxr', 'ekg', 'abx', 'sob']);
const UNITS: ReadonlySet<string> = new Set(['mg', 'mcg', 'cc', 'ml', 'meq', 'mmhg', 'bpm', 'units', 'unit']);

/** True when the text has at least two marks of clinical shorthand, as notes do and posts and letters do not. */
function isShorthand(tokens: readonly Token[], text: string): boolean {
  let marks = 0;
  for (const t of tokens) {
    const afterNumber = UNITS.has(t.key) && /\d/.test(text.slice(Math.max(0, t.start - 2), t.start));
    if ((afterNumber || SHORTHAND_WORDS.has(t.key)) && ++marks >= 2) return true;
  }
  return false;
}

interface Run {
  start: number;
  end: number;
  candidate: Candidate | null;
}

const LISTED = /^\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)$/i;
/** A list of at least this many name-like entries is a list of names even with no name found in it yet. */
const MIN_NAME_LIST = 3;

/**
 * "Kónya, Becker and Vasquez", "They had three: Efimiya, Mary and Jodi": a word listed next to a name is
 * another name. A list whose entries are mostly dictionary names is one too; then one pass each way carries
 * the evidence along the list.
 */
function acceptListedNames(runs: Run[], tokens: readonly Token[], text: string, mode: CaseMode, allowed: ReadonlySet<string>): void {
  const listable = (r: Run): boolean => {
    const words = tokens.slice(r.start, r.end);
    const shapeFits = mode === 'mixed' ? words.every((t) => t.shape === 'title' || isInitial(t)) : words.every((t) => t.shape === words[0]!.shape || isInitial(t));
    return shapeFits && !allowed.has(text.slice(words[0]!.start, words[words.length - 1]!.end).toLowerCase());
  };
  const linked = (a: Run, b: Run): boolean => {
    const gapStart = tokens[a.end - 1]!.end;
    const gapEnd = tokens[b.start]!.start;
    return gapEnd - gapStart <= 8 && LISTED.test(text.slice(gapStart, gapEnd));
  };
  const accept = (to: Run, confidence: number): void => {
    const s = tokens[to.start]!.start;
    const e = tokens[to.end - 1]!.end;
    to.candidate = { start: s, end: e, confidence, message: 'Name of a person, listed with other names', fixes: [{ label: 'Replace with "someone"', replacement: 'someone' }] };
  };
  // Lists of three or more whose entries are mostly names.
  let chainStart = 0;
  for (let k = 1; k <= runs.length; k++) {
    if (k < runs.length && linked(runs[k - 1]!, runs[k]!)) continue;
    const chain = runs.slice(chainStart, k);
    chainStart = k;
    // "Davis, Reynolds and Williamson Orchestra": a list that ends in an organisation word is one name of a firm.
    const lastRun = chain[chain.length - 1]!;
    if (chain.length >= 2 && ORGANISATION_AFTER.test(foldCase(text.slice(tokens[lastRun.end - 1]!.end, tokens[lastRun.end - 1]!.end + 30)))) {
      for (const r of chain) r.candidate = null;
      continue;
    }
    if (chain.length < MIN_NAME_LIST || !chain.every(listable)) continue;
    // In mixed case any recorded name part counts; in capitals or lower case only a given name does.
    const counts = (r: Run): boolean => {
      const facts = factsOf(tokens[r.start]!);
      return mode === 'mixed' ? facts.anyName : facts.given && !facts.english;
    };
    const named = chain.filter(counts).length;
    if (named * 3 >= chain.length * 2) for (const r of chain) if (!r.candidate) accept(r, 0.7);
  }
  if (mode !== 'mixed') return;
  for (let k = 1; k < runs.length; k++) {
    const [from, to] = [runs[k - 1]!, runs[k]!];
    if (from.candidate && !to.candidate && listable(to) && linked(from, to)) accept(to, 0.7);
  }
  for (let k = runs.length - 2; k >= 0; k--) {
    const [from, to] = [runs[k + 1]!, runs[k]!];
    if (from.candidate && !to.candidate && listable(to) && linked(to, from)) accept(to, 0.7);
  }
}

/**
 * "Hakuba had given Hakuba his address", "Jouni was a huge Jouni Hahli fan": a word already read as part of a
 * name names the same person where it recurs without a cue. An everyday English word ("Key") counts again only
 * capitalised inside a sentence of mixed-case text.
 */
function acceptRepeatedNames(runs: Run[], tokens: readonly Token[], text: string, mode: CaseMode): void {
  const known = new Set<string>();
  for (const r of runs) {
    if (!r.candidate || r.candidate.confidence < 0.6) continue;
    for (let k = r.start; k < r.end; k++) {
      const t = tokens[k]!;
      // A place read as a name once ("This is Italy") is not repeated across the text.
      if (!isInitial(t) && t.key.length >= 2 && (t.accented || lexiconClass(t.key) !== 'place')) known.add(t.key);
    }
  }
  if (known.size === 0) return;
  for (const r of runs) {
    if (r.candidate) continue;
    let first: Token | undefined;
    let english = false;
    let all = true;
    for (let k = r.start; k < r.end && all; k++) {
      const t = tokens[k]!;
      if (isInitial(t)) continue;
      first ??= t;
      all = known.has(t.key);
      english ||= factsOf(t).english;
    }
    // In capitalised text a lower-case repeat counts only as a given name that is no word ("met margie").
    if (!first || !all || (mode !== 'lower' && first.shape === 'lower' && (english || !factsOf(first).given))) continue;
    const s = tokens[r.start]!.start;
    if (english && (mode !== 'mixed' || first.shape !== 'title' || SENTENCE_BREAK.test(text.slice(Math.max(0, s - 4), s)))) continue;
    const e = tokens[r.end - 1]!.end;
    r.candidate = { start: s, end: e, confidence: 0.7, message: 'Name of a person, named elsewhere in the text', fixes: [{ label: 'Replace with "someone"', replacement: 'someone' }] };
  }
}
