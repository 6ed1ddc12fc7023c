/**
 * Telephone and fax numbers — 45 CFR 164.514(b)(2)(i)(D) telephone numbers and (E) fax numbers.
 *
 * A linear scan finds runs of digit groups shaped like a dialled number; libphonenumber-js (Google's
 * libphonenumber metadata, ITU-T E.164 numbering plans) decides whether a run is a real number, with the US as
 * the default country. Cue words ("call", "cell", "tel", "fax", "pager") work like Presidio's context enhancer:
 * they admit local and international numbers without a "+" and make US numbers certain; a nearer MRN or account
 * cue lowers confidence so the more specific detector wins.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Candidate, Detector } from '../detector';
import { cueScan, type CueScan } from './cues';
import { foldCase } from './fold-case';

// Digit groups joined by one or two of space . - /, or by brackets: "(617) 555-0134", "+41 (0)96 471 07 95",
// "201/324/1423". Separators are never digits, so each group is a whole digit run and matching stays linear.
const CANDIDATE =
  /(?<![\p{L}\p{N}_+])(?<!\p{N}[.\-\/:])(\+ ?|\b00 ?)?(\(?\d{1,15}(?:(?:\) ?|[ .\-\/]{1,2}\(?|\()\d{1,15}){0,6})(?: ?(?:x|ext\.?|extension) ?\d{1,6})?(?![\p{L}\p{N}_]|[.\-\/]\d)/gu;
// Pagers are dialled by short extensions inside a hospital: "Pager #54321", "PG 33445", "beeper number 55037".
// Lower-case regexes here run over folded text (fold-case.ts): without the `i` flag they compile much faster.
const PAGER = /(?<![\p{L}\p{N}])(?:pager|beeper|bpr|pg)(?:[\s:#.]|\bnumber\b|\bno\b){1,6}(\d{4,6})(?![\p{L}\p{N}])/gu;

const PHONE_CUES = [
  'phone', 'tel', 'tele', 'telephone', 'call', 'called', 'calling', 'cell', 'cellphone', 'cellular', 'mobile',
  'mob', 'text', 'sms', 'whatsapp', 'ext', 'pager', 'beeper', 'home', 'work', 'office', 'desk', 'contact',
  'contacted', 'reach', 'reached', 'reached at', 'number', 'hotline', 'landline', 'fax', 'facsimile',
  'answering at', 'messages to', 'registered', 'dial', 'voicemail',
];
const FAX_WORDS = /^(?:fax|facsimile)/i;
// Numbers that belong to an identifier detector when their label is nearer than any phone cue.
// Only labels that name an identifier: "Mr." or "in case of" before a number must not demote it.
const ID_CUES = [
  'mrn', 'mr#', 'medical record', 'record number', 'chart', 'acct', 'account', 'member', 'member id', 'policy',
  'subscriber', 'medicare', 'medicaid', 'claim', 'claim number', 'license', 'licence', 'npi', 'dea', 'ssn',
  'social security', 'serial', 'imei', 'routing', 'iban', 'confirmation number', 'ticket',
];
const PHONE_CUE = cueScan(PHONE_CUES);
const ID_CUE = cueScan(ID_CUES);
// A cue written right after the number on the same line: "930.167.3943 fax", "085 175 7641-Office" — but not
// the label of the next number ("…0101, Fax: 617…").
const SUFFIX_CUE =
  /^[ \t,\-–]{0,3}(fax|facsimile|office|mobile|cell|home|work|desk|phone|tel|direct|main)(?![\p{L}\p{N}]|[ \t]*[:#]|[ \t]*\+?\(?\d)/u;
const WINDOW = 40;
// libphonenumber parsing costs tens of microseconds; a paste of thousands of digit runs validates only this many.
const MAX_LOOKUPS = 200;

interface Cue {
  word: string;
  /** Distance in characters from the cue's end to the number's start. */
  distance: number;
}

function lastCue(window: string, cue: CueScan): Cue | null {
  const folded = foldCase(window);
  if (!cue.anywhere.test(folded)) return null;
  const pattern = cue.wholeWords();
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) last = m;
  if (!last) return null;
  const end = last.index + last[0].length;
  return { word: window.slice(last.index, end), distance: window.length - end };
}

/** The cue word written right after a number ("… fax"), as written. */
function suffixCue(after: string): string | undefined {
  const m = SUFFIX_CUE.exec(foldCase(after));
  return m ? after.slice(m[0].length - m[1]!.length, m[0].length) : undefined;
}

// Dates written with phone separators: 2024-03-04, 03/04/2024, 4.3.24.
function looksLikeDate(groups: readonly string[]): boolean {
  if (groups.length !== 3 && groups.length !== 4) return false;
  const [a, b, c] = groups.map(Number) as [number, number, number];
  const [la, lb, lc] = groups.map((g) => g.length) as [number, number, number];
  if (la === 4 && lb <= 2 && lc <= 2) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (la <= 2 && lb <= 2 && (lc === 2 || lc === 4)) return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
  return false;
}

// The shapes a US number is written in without any cue: 617-555-0134, 1-617-555-0134, (617) 555 0134, 6175550134,
// and with one separator left out: 617 5550134, 617555-0134.
function isNanpShape(groups: readonly string[]): boolean {
  const lengths = groups.map((g) => g.length).join(',');
  if (lengths === '3,3,4' || lengths === '10' || lengths === '3,7' || lengths === '6,4') return true;
  return (lengths === '1,3,3,4' || lengths === '11') && groups[0]!.startsWith('1');
}

// "(617 555 01345)": a US number set apart in brackets with one digit too many at the end, as a mistyped
// number is. Brackets around the whole of it, groups shaped 3-3-5 and a valid US number in the first ten
// digits keep lab series out.
function isBracketedMistyped(text: string, start: number, end: number, groups: readonly string[]): boolean {
  if (text[start] !== '(' || text[end] !== ')') return false;
  return groups.length === 3 && groups[0]!.length === 3 && groups[1]!.length === 3 && groups[2]!.length === 5;
}

// A local or foreign number written without "+": groups of two or more digits joined by spaces, dots, hyphens
// or brackets. Slashes and single digits are how vital signs and lab series are written ("7.35 7.40", "120/80").
function isDialledShape(body: string, groups: readonly string[]): boolean {
  return groups.length <= 6 && !body.includes('/') && groups.every((g, i) => i === 0 || g.length >= 2);
}

// libphonenumber's answers, kept across checks: a draft is checked again at every pause in typing, with the
// same numbers in it. Bounded so a stream of pastes cannot grow it without limit.
const MAX_REMEMBERED = 2_000;
const remembered = new Map<string, boolean>();

class Validator {
  private lookups = 0;

  /** Whether libphonenumber accepts the number; null once this check's lookup budget is spent. */
  valid(number: string, country?: CountryCode, possibleOnly = false): boolean | null {
    const key = `${country ?? '+'}${possibleOnly ? '?' : ''}${number}`;
    const known = remembered.get(key);
    if (known !== undefined) return known;
    if (this.lookups++ >= MAX_LOOKUPS) return null;
    const parsed = parsePhoneNumberFromString(number, country);
    const ok = !!parsed && (possibleOnly ? parsed.isPossible() : parsed.isValid());
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, ok);
    return ok;
  }
}

function phoneCandidate(text: string, m: RegExpExecArray, validator: Validator): Candidate | null {
  const international = m[1] !== undefined;
  let start = m.index;
  let body = m[2]!;
  const end = m.index + m[0].length;
  const groups = body.match(/\d+/g) ?? [];
  const digits = groups.join('');
  if (digits.length < 7 || digits.length > 15) return null;
  // "(201-223-4567)": the closing bracket is not part of the match, so neither is the opening one.
  if (!international && body.startsWith('(') && !body.includes(')')) {
    start += 1;
    body = body.slice(1);
  }

  const windowStart = Math.max(0, start - WINDOW);
  const before = text.slice(windowStart, start);
  const phoneCue = lastCue(before, PHONE_CUE);
  const idCue = lastCue(before, ID_CUE);
  const suffix = suffixCue(text.slice(end, end + 16));
  const cueWord = suffix ?? phoneCue?.word;
  // "#555-0134": a number sign right before a dialled shape is how many people label a phone number.
  const cued = !!suffix || !!phoneCue || /#\s?$/.test(before);

  let confidence = 0;
  if (international) {
    const ok = validator.valid(`+${digits}`, undefined, true);
    if (ok) confidence = cued ? 0.95 : 0.85;
    else if (cued) confidence = 0.8;
  } else if (!looksLikeDate(groups)) {
    const usShape = isNanpShape(groups);
    const dialled = isDialledShape(body, groups);
    const usValid = usShape || (cued && dialled) ? validator.valid(digits, 'US') : false;
    if (usValid && cued) confidence = 0.95;
    else if (usValid) confidence = groups.length === 1 ? 0.6 : 0.85;
    // Written as a US number but with an area code not (yet) in service: still someone's number in a post.
    else if (usShape && groups.length === 3 && validator.valid(digits, 'US', true)) confidence = 0.7;
    else if (cued && dialled) confidence = 0.8;
    else if (isBracketedMistyped(text, m.index, end, groups) && validator.valid(digits.slice(0, 10), 'US')) confidence = 0.7;
  }
  if (confidence === 0) return null;
  // "MRN 617 555 0134": the identifier's label is nearer than any phone cue, so that detector should win.
  if (idCue && !suffix && (!phoneCue || idCue.distance < phoneCue.distance)) confidence = 0.5;

  const fax = !!cueWord && FAX_WORDS.test(cueWord);
  return fax
    ? { start, end, confidence, type: 'fax', message: 'Fax number', fixes: [{ label: 'Remove the fax number', replacement: '[fax removed]' }] }
    : { start, end, confidence, fixes: [{ label: 'Remove the phone number', replacement: '[phone removed]' }] };
}

export const phoneDetector: Detector = {
  id: 'phone',
  description:
    'Telephone and fax numbers (US and international, validated with libphonenumber; pagers and local numbers with a cue) — 45 CFR 164.514(b)(2)(i)(D),(E).',
  detect({ text }) {
    const out: Candidate[] = [];
    const validator = new Validator();
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const candidate = phoneCandidate(text, m, validator);
      if (candidate) out.push(candidate);
    }
    for (const m of foldCase(text).matchAll(PAGER)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, confidence: 0.85, message: 'Pager number', fixes: [{ label: 'Remove the pager number', replacement: '[pager removed]' }] });
    }
    return out;
  },
};
