import { lookUp } from './dictionary';
import { CLINICIAN_TITLES, PATIENT_TITLES, RELATIONS, ROLES } from './vocabulary';

/**
 * Splits a draft into word tokens for the name detector and classifies how each is capitalised. One linear
 * regex pass; a token is letters (with marks) joined by inner apostrophes or hyphens ("O'Connell",
 * "Forman-Lyons"), so the pattern has no ambiguous repetition to backtrack over.
 */

/**
 * 'title' Maria, 'upper' MARIA, 'lower' maria, 'initial' "M." (any case, with its full stop), 'other' for
 * shapes names do not take: inner capitals ("PaCO"), a digit straight after ("O2").
 */
export type Shape = 'title' | 'upper' | 'lower' | 'initial' | 'other';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, diacritics removed, a possessive "'s" dropped: the form the dictionaries hold. */
  key: string;
  shape: Shape;
  /**
   * The word carries diacritics that the key dropped ("Ján", "Åsa"): it is then not the English word or
   * abbreviation its key spells ("jan", "asa").
   */
  accented: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
/** A Latin letter with a diacritic, precomposed (U+00C0–U+024F) or followed by a combining mark. */
const ACCENTED = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]|\p{M}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    const cut = raw.indexOf('-');
    if (cut > 0 && isGluedCue(raw, cut)) {
      // "DAUGHTER-KRISSY", "Nurse-Ann": a relation or role glued to the name it introduces reads as two words.
      push(tokens, text, start, raw.slice(0, cut));
      push(tokens, text, start + cut + 1, raw.slice(cut + 1));
    } else push(tokens, text, start, raw);
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number, raw: string): void {
  const key = keyOf(raw);
  tokens.push({ start, end: start + raw.length, text: raw, key, shape: shapeOf(raw, text, start), accented: NON_ASCII.test(raw) && ACCENTED.test(raw) });
}

const GLUED_CUES: ReadonlySet<string> = new Set([...RELATIONS, ...ROLES, ...PATIENT_TITLES, ...CLINICIAN_TITLES]);

/** A two-part hyphenated word whose first part is a cue and whose second part is not "in-law" or another cue. */
function isGluedCue(raw: string, cut: number): boolean {
  if (raw.indexOf('-', cut + 1) >= 0 || raw.length - cut < 3) return false;
  const head = raw.slice(0, cut).toLowerCase();
  const tail = raw.slice(cut + 1).toLowerCase();
  return GLUED_CUES.has(head) && !GLUED_CUES.has(tail) && tail !== 'inlaw' && !GLUED_CUES.has(raw.toLowerCase());
}

function keyOf(word: string): string {
  let key = word.toLowerCase();
  if (key.includes('’')) key = key.replace(/’/g, "'");
  if (key.endsWith("'s")) key = key.slice(0, -2);
  return NON_ASCII.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '') : key;
}

const INNER_CAPITAL = /^.[^'’\-]*?\p{Lu}/u;
// Prefixes after which a capital is normal in a surname: McDonald, MacLeod, DeLuca, LaRue, DiMaggio, VanDyke.
const CAPITALISED_PREFIX = /^(?:Mc|Mac|De|La|Le|Di|Da|Du|Van|Von)\p{Lu}\p{Ll}/u;

/** "J. Smith": one letter, a full stop and a space, not the end of "20's." or "c/o." */
function isInitial(text: string, start: number): boolean {
  if (text[start + 1] !== '.' || !/\s/.test(text[start + 2] ?? ' ')) return false;
  return start === 0 || /[\s(,;:"“]/.test(text[start - 1]!);
}

function shapeOf(word: string, text: string, start: number): Shape {
  const next = text.charCodeAt(start + word.length);
  if (next >= 48 && next <= 57) return 'other';
  if (word.length === 1) return isInitial(text, start) ? 'initial' : word !== word.toLowerCase() ? 'upper' : 'lower';
  // Case tests by comparison with the case-mapped string: no per-token regex on the common path.
  const stem = /['’][sS]$/.test(word) ? word.slice(0, -2) : word;
  const head = stem[0]!;
  if (head === head.toLowerCase()) return 'lower';
  if (stem === stem.toUpperCase()) return 'upper';
  const rest = stem.slice(1);
  if (rest === rest.toLowerCase()) return 'title';
  return INNER_CAPITAL.test(stem) && !CAPITALISED_PREFIX.test(stem) ? 'other' : 'title';
}

/**
 * How the draft is written: 'upper' when nearly every letter is a capital (clinical notes often are), 'lower'
 * when it has no capitals at all, else 'mixed'. Capitalisation is evidence of a name only in mixed text.
 */
function isEverydayTitleWord(key: string): boolean {
  const facts = lookUp(key);
  return facts.english && !facts.name;
}

export type CaseMode = 'upper' | 'lower' | 'mixed';

export function caseMode(tokens: readonly Token[]): CaseMode {
  let upper = 0;
  let lower = 0;
  let title = 0;
  for (const t of tokens) {
    if (t.text.length < 2) continue;
    if (t.shape === 'upper') upper++;
    else if (t.shape === 'lower') lower++;
    else if (t.shape === 'title' && isEverydayTitleWord(t.key)) title++;
  }
  const words = upper + lower;
  if (words >= 4 && upper >= 0.8 * words) return 'upper';
  // A Headline In Title Case says as little about names as capitals do; names themselves do not count.
  if (title >= 4 && title >= 0.6 * (words + title)) return 'upper';
  if (upper === 0 && !tokens.some((t) => t.shape === 'title')) return 'lower';
  return 'mixed';
}
