/**
 * Numeric dates: 2024-03-22, 03/22/2024, 3-22-24, 22.03.2024, 3/22 and ranges such as 6/30-7/2.
 * 45 CFR 164.514(b)(2)(i)(C): every date element finer than the year must go.
 *
 * Digit runs joined by "/", "-" or "." are read as one token and parsed in code, which keeps the scan linear
 * on pastes such as "1/1/1/1/…" (one token, rejected once) instead of trying a regex at every offset.
 */
import { isValidDay } from './calendar';
import type { DateSpan } from './date-span';
import { judgeMonthDay } from './numeric-context';

const TOKEN = /\d+(?:[/.-]\d+)*/g;
/** Characters that, right before a token, make it part of something else (a decimal, a score, a code). */
const BAD_BEFORE = /[\p{L}./:#+\-$^~<>=*_\\@]/u;
/** Characters that, right after a token, make it a quantity ("1/2ns", "5/30%") or part of a longer code. */
const BAD_AFTER = /[\p{L}%°_/\\]/u;
/** Punctuation that terse notes put between a word and a date with no space ("HX:8/30", "LA-10/3"). */
const JOINERS = ':-.';
/** "the 120/70's": a plural of a reading, never a date. */
const PLURAL = /^['’]s/;
/** ISO 8601 joins date and time with "T" ("2024-03-22T08:00"). */
const ISO_TIME = /^T\d/;

export function findNumericDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0];
    if (token.length > 23 || token.length < 3) continue;
    const start = m.index;
    const end = start + token.length;
    const after = text.slice(end, end + 2);
    if ((BAD_AFTER.test(after.charAt(0)) && !ISO_TIME.test(after)) || PLURAL.test(after)) continue;
    const found = parseToken(text, token, start, end);
    if (found && acceptsLeftEdge(text, start, found)) out.push(found);
  }
  return out;
}

/**
 * What touches the token on the left. A space or bracket is fine; "HX:8/30", "TOXICITY-9/2/92" and
 * "unit.8/31" (a word, then the punctuation) are notes written without spaces; a letter directly before is
 * accepted only for a date with its year ("on10/14/82", "fx4/97"), since "O2/2" and "x3/4" are not dates.
 */
function acceptsLeftEdge(text: string, start: number, found: DateSpan): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  if (!BAD_BEFORE.test(before)) return true;
  // A month and a two-digit year past 31 after a word ("fx4/97") cannot be a fraction or a grade either;
  // after a lone letter it may be a label ("O2/40").
  if (/\p{L}/u.test(before)) {
    return found.form === 'full' || (found.form === 'month-year' && found.year?.length === 2 && /\p{L}{2}$/u.test(text.slice(start - 2, start)));
  }
  const beforeThat = start > 1 ? text[start - 2]! : ' ';
  return JOINERS.includes(before) && /\p{L}/u.test(beforeThat);
}

function parseToken(text: string, token: string, start: number, end: number): DateSpan | null {
  const parts = token.split(/[/.-]/);
  const seps = token.match(/[/.-]/g) ?? [];
  if (parts.length === 3 && seps[0] === seps[1]) return fullDate(text, parts, seps[0]!, start, end);
  // "11/21.93": a slash date whose year a slip of the finger set off with a dot.
  if (parts.length === 3 && seps[0] === '/' && seps[1] === '.' && parts[2]!.length === 2) return fullDate(text, parts, '/', start, end);
  if (parts.length === 2) return shortDate(text, parts, seps[0]!, start, end);
  // "6/30-7/2", and "10/03/10/04" (two dates run together, as hurried notes write a pair of days).
  if (parts.length === 4 && seps[0] === '/' && seps[2] === '/' && (seps[1] === '-' || seps[1] === '/')) {
    return monthDayRange(text, parts, start, end);
  }
  return null;
}

/** Year-month-day, month/day/year or day.month.year, with a 2- or 4-digit year. */
function fullDate(text: string, parts: string[], sep: string, start: number, end: number): DateSpan | null {
  const [a, b, c] = parts as [string, string, string];
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) {
    if (x < 1800 || x > 2199 || b.length > 2 || c.length > 2 || !isValidDay(y, z)) return null;
    return { start, end, confidence: 0.95, form: 'full', year: a };
  }
  if (a.length > 2 || b.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
  // A slashed month/day/year is a date even when the day overruns the month ("2/31/14"): a typo, or a
  // surrogate date in a shared record, still reads as one.
  const overrun = sep === '/' && x >= 1 && x <= 12 && y >= 1 && y <= 31;
  if (!isValidDay(x, y) && !isValidDay(y, x) && !overrun) return null;
  if (c.length === 4) {
    if (z < 1800 || z > 2199) return null;
    return { start, end, confidence: 0.95, form: 'full', year: c };
  }
  // Two-digit years leave room for settings such as "10/5/40" and versions such as "1.2.10": weigh context.
  const verdict = judgeMonthDay(text, start, end);
  if (verdict === 'measure') return null;
  if (sep === '.' && verdict !== 'event') return null;
  return { start, end, confidence: 0.9, form: 'full', year: c };
}

/** Month/day ("3/22"), month/year ("3/2024", "8/88"). */
function shortDate(text: string, parts: string[], sep: string, start: number, end: number): DateSpan | null {
  const [a, b] = parts as [string, string];
  if (a.length > 2) return null;
  const [month, second] = [Number(a), Number(b)];
  if (sep === '.') return null; // "22.03" is far more often a decimal than a date
  if (b.length === 4) {
    if (sep !== '/' || month < 1 || month > 12 || second < 1900 || second > 2099) return null;
    if (judgeMonthDay(text, start, end) === 'measure') return null;
    return { start, end, confidence: 0.85, form: 'month-year', year: b };
  }
  // "3-4 days", "q2-3h", "10-12", "by 5-10": a hyphenated pair without a year is a range, not a date.
  if (sep === '-' || b.length > 2) return null;
  if (isValidDay(month, second)) return monthDay(text, month, second, start, end);
  // Month and two-digit year, as in past histories: "CABG 8/88", "resection 12/93".
  if (b.length === 2 && second > 31 && month >= 1 && month <= 12) {
    if (judgeMonthDay(text, start, end) === 'measure') return null;
    return { start, end, confidence: 0.8, form: 'month-year', year: b };
  }
  return null;
}

function monthDayRange(text: string, parts: string[], start: number, end: number): DateSpan | null {
  const [m1, d1, m2, d2] = parts.map(Number) as [number, number, number, number];
  if (parts.some((p) => p.length > 2) || !isValidDay(m1, d1) || !isValidDay(m2, d2)) return null;
  if (judgeMonthDay(text, start, end, d1) === 'measure') return null;
  return { start, end, confidence: 0.9, form: 'month-day' };
}

/**
 * A bare month/day. Halves, thirds and quarters (1/2, 2/3, 3/4) and equal pairs (2/2, 5/5) are far likelier
 * fractions and grades than early-January or early-May dates, so they need a date word.
 */
function monthDay(text: string, month: number, day: number, start: number, end: number): DateSpan | null {
  const verdict = judgeMonthDay(text, start, end, day);
  if (verdict === 'measure') return null;
  const fractionLike = (day <= 4 && month < day) || (month === day && month <= 5);
  if (fractionLike) return verdict === 'event' ? { start, end, confidence: 0.8, form: 'month-day' } : null;
  return { start, end, confidence: verdict === 'unsure' ? 0.8 : 0.9, form: 'month-day' };
}
