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
import { judgeRun, type Accepted } from './name/judge';
import { readRun } from './name/runs';
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
  const runs: Run[] = [];
  let previous: Accepted | null = null;
  let i = 0;
  while (i < tokens.length) {
    const end = readRun(tokens, i, text, mode);
    if (end === i) {
      i++;
      continue;
    }
    const judged = judgeRun({ text, tokens, start: i, end, mode, allowedNames, previous });
    if (judged) previous = judged;
    runs.push({ start: i, end, candidate: judged?.candidate ?? null });
    i = end;
  }
  acceptListedNames(runs, tokens, text, mode, allowedNames);
  return runs.flatMap((r) => (r.candidate ? [r.candidate] : []));
}

interface Run {
  start: number;
  end: number;
  candidate: Candidate | null;
}

const LISTED = /^\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)$/i;

/**
 * "Kónya, Becker and Vasquez", "They had three: Efimiya, Mary and Jodi": a capitalised word listed next to a
 * name is another name. One pass each way carries the evidence along the list.
 */
function acceptListedNames(runs: Run[], tokens: readonly Token[], text: string, mode: CaseMode, allowed: ReadonlySet<string>): void {
  if (mode !== 'mixed') return;
  const listable = (r: Run): boolean =>
    tokens.slice(r.start, r.end).every((t) => t.shape === 'title' || t.shape === 'initial') &&
    !allowed.has(text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end).toLowerCase());
  const linked = (a: Run, b: Run): boolean => {
    const gapStart = tokens[a.end - 1]!.end;
    const gapEnd = tokens[b.start]!.start;
    return gapEnd - gapStart <= 8 && LISTED.test(text.slice(gapStart, gapEnd));
  };
  const carry = (from: Run, to: Run): void => {
    if (to.candidate || !from.candidate || !listable(to) || !linked(...ordered(from, to))) return;
    const s = tokens[to.start]!.start;
    const e = tokens[to.end - 1]!.end;
    to.candidate = { start: s, end: e, confidence: 0.7, message: 'Name of a person, listed with another name', fixes: [{ label: 'Replace with "someone"', replacement: 'someone' }] };
  };
  const ordered = (a: Run, b: Run): [Run, Run] => (a.start < b.start ? [a, b] : [b, a]);
  for (let k = 1; k < runs.length; k++) carry(runs[k - 1]!, runs[k]!);
  for (let k = runs.length - 2; k >= 0; k--) carry(runs[k + 1]!, runs[k]!);
}
