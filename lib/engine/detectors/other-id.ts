/**
 * Other unique identifying numbers and codes — 45 CFR 164.514(b)(2)(i)(R): "any other unique identifying
 * number, characteristic, or code". Case, claim, ticket, reference and confirmation numbers, a generic "ID:",
 * and social-media handles that point at a person.
 *
 * Also home of `findCuedIdentifiers`, the cue-then-code scan that the MRN, health plan, account, licence,
 * vehicle and device detectors specialise with their own cue words (the label-then-value pattern Presidio's
 * recognizers use with context words). Rooms and beds are not identifiers here: they are quasi-identifiers.
 */
import type { Candidate, Detector } from '../detector';
import { cueScan, patternScan, type CueScan } from './cues';
import { foldCase } from './fold-case';

export interface CuedIdentifier {
  start: number;
  end: number;
  /** The identifier itself, as written. */
  value: string;
  /** The cue phrase that introduced it. */
  cue: string;
}

export interface CuedIdentifierOptions {
  /** Fewest digits the code must contain (default 3). */
  minDigits?: number;
  /** Shortest code, in characters (default 4). */
  minLength?: number;
  /** Extra test on the code itself (checksums, formats). */
  accept?: (value: string) => boolean;
}

// What may stand between a cue and its code: punctuation and filler words ("MRN: ", "member ID # ", "number is").
const CONNECTOR =
  /(?:[\s:#=.(-]|\bn(?:o|um|umber|br|r)\b\.?|\bid\b|\bis\b|\bwas\b|\bof\b|\bcode\b|\bending\s+in\b){0,8}/iy;
// A code: letters, digits and single inner hyphens or spaces-free dashes, at most 34 characters (IBAN length).
const CODE = /[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){1,33}(?![A-Z0-9-])/iy;
// Units and clinical words that turn a number into a measurement, not a code.
const MEASUREMENT_AFTER = /^\s?(?:%|mg\b|mcg\b|ml\b|cc\b|mmhg\b|units?\b|kg\b|lbs?\b|g\b|hours?\b|hrs?\b|days?\b|weeks?\b|mins?\b|minutes?\b|years?\b|yrs?\b|am\b|pm\b)/i;
// A year alone ("certified 2019", "policy 2024") is not a code.
const YEAR = /^(?:19|20)\d\d$/;
// Ventilator settings and sizes ("600x12", "12x700") are measurements.
const DIMENSIONS = /^\d+x\d+$/i;
const MAX_CUES = 2_000;

/**
 * Finds codes written right after a cue ("MRN: 00123456", "policy # AB-77812"). Linear: each cue is looked at
 * once and the connector and code are bounded, sticky matches.
 */
export function findCuedIdentifiers(
  text: string,
  cue: CueScan,
  options: CuedIdentifierOptions = {},
): CuedIdentifier[] {
  const { minDigits = 3, minLength = 4, accept } = options;
  const found: CuedIdentifier[] = [];
  const folded = foldCase(text);
  if (!cue.anywhere.test(folded)) return found;
  const pattern = cue.wholeWords();
  pattern.lastIndex = 0;
  let seen = 0;
  for (let m = pattern.exec(folded); m && seen < MAX_CUES; m = pattern.exec(folded), seen++) {
    CONNECTOR.lastIndex = m.index + m[0].length;
    CONNECTOR.exec(text);
    CODE.lastIndex = CONNECTOR.lastIndex;
    const code = CODE.exec(text);
    if (!code) continue;
    const value = code[0];
    const end = code.index + value.length;
    if (value.length < minLength || countDigits(value) < minDigits || YEAR.test(value)) continue;
    if (MEASUREMENT_AFTER.test(text.slice(end, end + 8)) || /^[.,]\d/.test(text.slice(end, end + 2))) continue;
    if (DIMENSIONS.test(value)) continue;
    if (accept && !accept(value)) continue;
    found.push({ start: code.index, end, value, cue: text.slice(m.index, m.index + m[0].length) });
    pattern.lastIndex = Math.max(pattern.lastIndex, end);
  }
  return found;
}

/**
 * Keeps one candidate per stretch of text when a detector's patterns overlap (a card number that is also after
 * an "account" cue): the earlier-listed candidate wins a tie in confidence. O(n log n).
 */
export function dropOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates.map((c, order) => ({ c, order }));
  ranked.sort((a, b) => a.c.start - b.c.start || b.c.confidence - a.c.confidence || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.confidence > last.confidence) kept[kept.length - 1] = c;
  }
  return kept;
}

export function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const ID_CUE = cueScan([
  'id', 'id no', 'identifier', 'identification number', 'case', 'case no', 'case number', 'claim', 'claim no',
  'claim number', 'ticket', 'ticket no', 'ref', 'ref no', 'reference', 'reference number', 'confirmation',
  'confirmation number', 'order', 'order number', 'file number', 'tracking number', 'visit number',
  'encounter number', 'accession number', 'requisition number', 'control number', 'employee id', 'badge',
  'badge number', 'student id', 'passport', 'passport number',
]);
// "policy #KT42": a numbered policy or protocol written with its number sign or "no.". Codes of letters and
// two or more digits are below the health plan detector's three-digit floor but still point at one document.
const NUMBERED_CUE = patternScan(/policy|protocol/, () => /(?<![\p{L}\p{N}])(?:policy|protocol)\s?(?:#|no\.|number(?![\p{L}]))/gu);
const LETTERS_AND_DIGITS = (value: string): boolean => /[a-z]/i.test(value) && /\d/.test(value);
// "#48213" alone is a code only when it is long enough not to be a ranking or a hashtag ("#1", "#2024").
const HASH_CODE = /(?<![\p{L}\p{N}&#])#\s?(\d{5,12})(?![\p{L}\p{N}])/gu;
// A handle starts after a space or line start; "A@OX3" and "@ 1400" in clinical shorthand are not handles.
const HANDLE = /(?<![\p{L}\p{N}._%+@-])@([A-Za-z][A-Za-z0-9_.]{1,29})(?![\p{L}\p{N}_@])/gu;
const SOCIAL_CUE = cueScan([
  'follow', 'followed', 'dm', 'dms', 'tag', 'tagged', 'handle', 'instagram', 'insta', 'ig', 'twitter', 'tiktok',
  'snapchat', 'snap', 'facebook', 'profile', 'account', 'page', 'gofundme', 'venmo', 'cashapp',
]);

/** Start offsets of every match of a global cue regex, in order (at most MAX_CUES). */
function cueStarts(text: string, cue: CueScan): number[] {
  const starts: number[] = [];
  const folded = foldCase(text);
  if (!cue.anywhere.test(folded)) return starts;
  const pattern = cue.wholeWords();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m && starts.length < MAX_CUES; m = pattern.exec(folded)) starts.push(m.index);
  return starts;
}

/** Whether any of the sorted offsets lies in [from, to). */
function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

function handles(text: string): Candidate[] {
  const out: Candidate[] = [];
  let social: number[] | null = null; // cue offsets, found on the first handle
  for (const m of text.matchAll(HANDLE)) {
    const name = m[1]!.replace(/\.+$/, '');
    const end = m.index + 1 + name.length;
    // Underscores and digits are how personal handles usually look; words alone ("@home") need a social cue.
    const personal = /[_\d]/.test(name) && /[A-Za-z]{2}/.test(name);
    social ??= cueStarts(text, SOCIAL_CUE);
    const cued = anyWithin(social, m.index - 40, end + 30);
    if (!personal && !cued) continue;
    out.push({
      start: m.index,
      end,
      confidence: personal && cued ? 0.85 : 0.6,
      message: 'Social media handle that may identify a person',
      fixes: [{ label: 'Remove the handle', replacement: '[handle removed]' }],
    });
  }
  return out;
}

const ID_FIXES = [{ label: 'Remove the number', replacement: '[ID removed]' }];

export const otherIdDetector: Detector = {
  id: 'other-id',
  description:
    'Case, claim, ticket, reference and other ID numbers after a cue, and personal social handles — 45 CFR 164.514(b)(2)(i)(R).',
  detect({ text }) {
    const cued = dropOverlaps([
      ...findCuedIdentifiers(text, ID_CUE, { minDigits: 3 }),
      ...findCuedIdentifiers(text, NUMBERED_CUE, { minDigits: 2, accept: LETTERS_AND_DIGITS }),
    ].map((id) => ({ start: id.start, end: id.end, confidence: 0.85 })));
    const out: Candidate[] = cued.map((id) => ({ ...id, fixes: ID_FIXES }));
    let next = 0; // cued ids are in text order, so one pointer finds the one a "#code" might overlap
    for (const m of text.matchAll(HASH_CODE)) {
      const end = m.index + m[0].length;
      while (next < cued.length && cued[next]!.end <= m.index) next++;
      if (next < cued.length && cued[next]!.start < end) continue;
      // "Room #40211" and "bed #12345" are places in the building: the quasi-identifier detector's business.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:room|rm|bed|bay|suite|apt|unit|floor)\s*$/i.test(before)) continue;
      out.push({ start: m.index, end, confidence: 0.6, fixes: ID_FIXES });
    }
    out.push(...handles(text));
    return out;
  },
};
