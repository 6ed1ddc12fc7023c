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
import { caseMode, tokenize } from './name/tokens';

export const nameDetector: Detector = {
  id: 'name',
  description:
    'Names of patients, relatives, household members, employers and clinicians, found from titles, relations, credentials, contact phrases, name dictionaries and capitalisation (45 CFR 164.514(b)(2)(i)(A)).',
  detect: ({ text, allow }) => findNames(text, allow.names),
};

export function findNames(text: string, allowedNames: ReadonlySet<string>): Candidate[] {
  const tokens = tokenize(text);
  const mode = caseMode(tokens);
  const found: Candidate[] = [];
  let previous: Accepted | null = null;
  let i = 0;
  while (i < tokens.length) {
    const end = readRun(tokens, i, text, mode);
    if (end === i) {
      i++;
      continue;
    }
    const judged = judgeRun({ text, tokens, start: i, end, mode, allowedNames, previous });
    if (judged) {
      found.push(judged.candidate);
      previous = judged;
    }
    i = end;
  }
  return found;
}
