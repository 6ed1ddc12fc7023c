import { isEverydayEnglish, lexiconClass, lookUp, type WordFacts } from './dictionary';
import type { CaseMode, Token } from './tokens';
import {
  CLINICIAN_TITLES,
  CREDENTIALS,
  NEVER_NAMES,
  ORGANISATION_SUFFIXES,
  PATIENT_TITLES,
  RELATIONS,
  ROLES,
  SURNAME_PARTICLES,
} from './vocabulary';

/** A name is at most this many words ("Mary Anne de Souza"); longer runs are read as several. */
const MAX_RUN = 4;

const NO_FACTS: WordFacts = { given: false, family: false, name: false, anyName: false, english: false };

/**
 * Reads the run of name-shaped tokens that starts at `tokens[i]`: consecutive words separated only by a space
 * or an initial's full stop, each of which could be part of a name. Returns the index after the run, or `i`
 * when `tokens[i]` cannot start one. Right after a title ("Dr Tyro", "Dr. Will Cole") the first word may be
 * an English word, since titles are followed by surnames whatever they spell.
 */
export function readRun(tokens: readonly Token[], i: number, text: string, mode: CaseMode): number {
  const first = tokens[i];
  if (!first) return i;
  const before = i > 0 ? tokens[i - 1]! : undefined;
  const titled = before !== undefined && isTitle(before) && adjacentAfterTitle(text, before, first);
  const related = before !== undefined && RELATIONS.has(before.key) && first.shape === 'title';
  const starts = titled
    ? mayFollowTitle(first, before, mode)
    : mayBeNamePart(first, mode, true) || (related && mayFollowRelation(first, mode)) || startsWithBareInitial(tokens, i, text) || startsBeforeSurname(tokens, i, text, mode);
  if (!starts) return i;
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_RUN) {
    const next = tokens[j]!;
    const last = tokens[j - 1]!;
    if (!adjacent(text, last, next)) break;
    // After an initial or a given name comes a surname, whatever else it spells ("E. Welsh", "Rita Hickey",
    // "Dr Ferdinand Halfpenny"), as long as it is capitalised like the name and not an everyday word.
    // An everyday word let in after a title is the surname itself ("mrs. banks woke"), not a given name.
    const givenAfterTitle = titled && j === i + 1 && (factsOf(first).given || !isEverydayEnglish(first.key));
    const surnameSlot = isInitial(last) || givenAfterTitle || (last.shape !== 'lower' && factsOf(last).given);
    // A lower-case surname follows only a lower-case first name ("dr. john bowman").
    const caseFits = next.shape !== 'lower' || (titled && first.shape === 'lower');
    const surname = surnameSlot && caseFits && next.shape !== 'other' && !isCueWord(next) && mayBeSurname(next);
    // "Dyan van Gijn", "Maika van de Noort": lower-case particles inside a capitalised name.
    if (!surname && mode === 'mixed' && last.shape === 'title' && SURNAME_PARTICLES.has(next.text)) {
      let k = j;
      while (k < tokens.length && k - j < 2 && SURNAME_PARTICLES.has(tokens[k]!.text) && adjacent(text, tokens[k - 1]!, tokens[k]!)) k++;
      const after = tokens[k];
      if (after && after.shape === 'title' && adjacent(text, tokens[k - 1]!, after) && k - i < MAX_RUN + 2) {
        j = k + 1;
        continue;
      }
      break;
    }
    if (!surname && !mayBeNamePart(next, mode, false)) break;
    // "ROE AWARE-WILL CALL": a hyphenated word that starts with an everyday word is the sentence going on.
    if (next.key.includes('-') && startsWithEverydayWord(next)) break;
    // In capitalised text a lower-case word does not lead into capitalised ones ("heard Laura Carvalho").
    if (mode !== 'lower' && first.shape === 'lower' && next.shape !== 'lower') break;
    j++;
  }
  while (j - 1 > i && tokens[j - 1]!.text.length === 1 && tokens[j - 1]!.shape === 'upper') j--;
  return j;
}

/** Dictionary facts for a token; initials have none. */
export function factsOf(token: Token): WordFacts {
  return isInitial(token) ? NO_FACTS : lookUp(token.key);
}

/** "J." or, inside a name, a bare capital letter ("Ravil G Yefimov"). */
export function isInitial(token: Token): boolean {
  return token.shape === 'initial' || (token.text.length === 1 && token.shape === 'upper');
}

/** Courtesy titles that notes never use for anything else ("MR" and "MS" are also mitral regurgitation and mental status). */
const UNAMBIGUOUS_PATIENT_TITLES: ReadonlySet<string> = new Set(['mrs', 'mister', 'missus']);

function isTitle(token: Token): boolean {
  return PATIENT_TITLES.has(token.key) || CLINICIAN_TITLES.has(token.key);
}

const CUE_WORDS: ReadonlySet<string> = new Set([
  ...NEVER_NAMES, ...PATIENT_TITLES, ...CLINICIAN_TITLES, ...RELATIONS, ...CREDENTIALS, ...ROLES,
  // Organisation suffixes end a run, so that "Healthpocket Inc" is judged as "Healthpocket" before "Inc".
  ...ORGANISATION_SUFFIXES,
]);

/** "Ján" and "Åsa" are not the month "Jan" or the drug "ASA": an accented word is never a cue word. */
function isCueWord(token: Token): boolean {
  return !token.accented && CUE_WORDS.has(token.key);
}

function mayFollowTitle(token: Token, title: Token, mode: CaseMode): boolean {
  if (isInitial(token)) return true;
  if (token.shape === 'other' || token.text.length < 2) return false;
  if (isCueWord(token)) return token.shape === 'title' && mode === 'mixed';
  const facts = factsOf(token);
  // "MS INCISION", "MR. Given": in notes MS and MR are also mental status and mitral regurgitation, so after a
  // courtesy title an English word never starts a name.
  if (PATIENT_TITLES.has(title.key)) {
    if (token.shape === 'title') return facts.anyName || !facts.english;
    // "mrs. powers": "Mrs" has no clinical reading, so a recorded surname after it counts in any case.
    if (UNAMBIGUOUS_PATIENT_TITLES.has(title.key)) return facts.anyName || !facts.english;
    if (isEverydayEnglish(token.key)) return false;
    return title.key === 'ms' ? facts.anyName : facts.anyName || !facts.english;
  }
  // "DR AWARE", "dr. notified": an everyday word after a title is the rest of the sentence; a rare one
  // ("DR TYRO") or any word in Title Case ("Dr. Tyro") is the surname.
  return token.shape === 'title' || facts.anyName || !facts.english || !isEverydayEnglish(token.key);
}

/**
 * "Husband Rich Martino", "Son, Ed, was": after a relation, a capitalised name part may start a name though
 * it is also a word or an abbreviation. In mixed-case text a rare word in Title Case does too ("Son Dusty"):
 * nicknames are often words.
 */
function mayFollowRelation(token: Token, mode: CaseMode): boolean {
  const facts = factsOf(token);
  if (facts.given || (!isCueWord(token) && facts.anyName)) return true;
  return mode === 'mixed' && token.shape === 'title' && !isCueWord(token) && !token.key.includes('-') && !isEverydayEnglish(token.key);
}

/**
 * "BUD KOWALCZYK (RESIDENT)": a recorded name part that is also a word starts a name when a family name that
 * is no English word follows it, written in the same case.
 */
function startsBeforeSurname(tokens: readonly Token[], i: number, text: string, mode: CaseMode): boolean {
  const first = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || first.shape === 'other' || first.text.length < 2 || next.shape !== first.shape) return false;
  if (mode !== 'lower' && first.shape === 'lower') return false;
  if (isCueWord(first) || isCueWord(next) || !adjacent(text, first, next)) return false;
  const facts = factsOf(first);
  const surname = factsOf(next);
  // "Southern Czech": a nationality or place is not the surname here.
  return facts.anyName && surname.family && !surname.given && !surname.english && lexiconClass(next.key) !== 'place';
}

/** "AWARE-WILL", "One-Stop": a hyphenated word whose first part is an everyday word and no name part. */
export function startsWithEverydayWord(token: Token): boolean {
  const head = token.key.slice(0, token.key.indexOf('-'));
  const facts = lookUp(head);
  return NEVER_NAMES.has(head) || (facts.english && !facts.anyName);
}

function mayBeSurname(token: Token): boolean {
  if (token.text.length < 2) return false;
  const facts = factsOf(token);
  return facts.anyName || !facts.english || !isEverydayEnglish(token.key);
}

/** "J SMITH ORDERED": a bare capital letter (not the words "A" or "I") before a recorded surname. */
function startsWithBareInitial(tokens: readonly Token[], i: number, text: string): boolean {
  const first = tokens[i]!;
  const next = tokens[i + 1];
  if (first.text.length !== 1 || first.shape !== 'upper' || first.key === 'a' || first.key === 'i' || !next) return false;
  if (next.start - first.end !== 1 || text[first.end] !== ' ' || next.shape === 'lower') return false;
  const facts = factsOf(next);
  return facts.name && !facts.english;
}

function mayBeNamePart(token: Token, mode: CaseMode, first: boolean): boolean {
  if (token.shape === 'initial') return true;
  // A middle initial written without its full stop ("Ravil G Yefimov"); trimmed again if it ends the run.
  if (!first && mode === 'mixed' && token.text.length === 1 && token.shape === 'upper') return true;
  if (token.shape === 'other' || token.text.length < 2) return false;
  if (isCueWord(token)) return false;
  const facts = factsOf(token);
  if (facts.english && !facts.name) return false;
  if (token.shape !== 'lower' || mode === 'lower') return true;
  // A lower-case word in capitalised text may still be a name ("dr vasquez", "Janet logan"); the judge asks
  // for a cue before accepting one. An English word joins only as the first word ("son bill"), so that
  // "Maria will call" stays "Maria".
  return first || !facts.english;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap < 1 || gap > 3) return false;
  const between = text.slice(a.end, b.start);
  return a.shape === 'initial' ? /^\.?[ \t]{0,2}$/.test(between) && between.length > 0 : /^[ \t]+$/.test(between);
}

function adjacentAfterTitle(text: string, title: Token, next: Token): boolean {
  const gap = next.start - title.end;
  return gap >= 1 && gap <= 3 && /^\.?[ \t]*$/.test(text.slice(title.end, next.start));
}
