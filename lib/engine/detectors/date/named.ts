/**
 * Dates written with month names: "March 3", "Mar 3rd", "3rd of March", "March 3, 2024", "Sept. 14",
 * "20th Oct, 1989", "March 2024", "March of 2022", "in September", a weekday in front ("Tuesday, March 3"),
 * "the 3rd" next to a month, and holidays tied to a year ("Christmas Eve 2023").
 * 45 CFR 164.514(b)(2)(i)(C): every date element finer than the year must go.
 *
 * Each month word is found once and the day and year around it are read with short anchored regexes on a
 * bounded slice, so the work is linear in the length of the text.
 */
import { ABBREVIATIONS_IN_CLINICAL_USE, AMBIGUOUS_MONTHS, MONTH_SOURCE, WEEKDAY_SOURCE, isValidDay, monthNumber } from './calendar';
import type { DateSpan } from './date-span';
import { foldCase } from '../fold-case';

// The patterns are lower case, without the `i` flag (it makes V8 compile a regex several times slower), and
// read the folded text (fold-case.ts), which keeps every offset; the month word itself is read as written.

const MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MONTH_SOURCE})(?![\\p{L}])`, 'gu');
/** Month names of four letters or fewer that are whole names, so a dot after them ends the sentence. */
const FULL_SHORT_NAMES = new Set(['may', 'june', 'july']);
const MONTH_NEAR = new RegExp(`(?<![\\p{L}])(?:${MONTH_SOURCE})(?![\\p{L}])`, 'u');

// Right of the month: a day ("3", "3rd"), not the start of a decimal, a time or a range ("may 1-2 hours").
const DAY_AFTER = /^\s{0,2}(\d{1,2})(st|nd|rd|th)?(?![\p{L}\p{N}]|[.:,-]\d|\s?-\s?\d)/u;
// Left of the month: a day, optionally "of" ("3rd of March", "3 March", "20th Oct").
const DAY_BEFORE = /(?<![\p{L}\p{N}.,/:-])(\d{1,2})(st|nd|rd|th)?\s{0,2}(?:of\s{1,2})?-?$/u;
// The first day of a range before "5 March": "3-5 March", "3 to 5 March", "1->2 nov".
const DAY_RANGE_BEFORE = /(?<![\p{L}\p{N}.,/:-])(\d{1,2})(?:st|nd|rd|th)?\s{0,2}(?:-|–|->|to|&|and)\s{0,2}$/u;
// A year after a day or month: ", 2024", " 2024", " of 2022", " '96", ", 96".
const YEAR_AFTER = /^(?:,?\s{0,2}(?:of\s{1,2})?(\d{4})|\s{0,2}['’](\d{2})|,\s{0,2}(\d{2}))(?![\p{L}\p{N}])/u;
const TRAILING_APOSTROPHE_YEAR = /^['’](?![\p{L}])/u;
// Quantities after a day mean the "month" was a word ("may 2 days", "dec 2 L").
const UNIT_AFTER =
  /^\s*(?:mg|mcg|ml|cc|kg|l|lpm|units?|hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?|months?|years?|yrs?|times|x|%|liters?|litres?|people|patients?|pts?|more|less|or\s+\d|to\s+\d)(?![\p{L}])/u;
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_SOURCE})\\.?,?\\s{1,2}(?:the\\s{1,2})?$`, 'u');
// Words that put a bare month in time: "in September", "since June", "early March", "end of May".
const MONTH_ALONE_CUE = /(?<![\p{L}])(?:in|since|during|until|till|early|late|mid|mid-|last|next|this|of|throughout|by)\s{0,2}$/u;
// A bare month is reported only by its full name or an abbreviation that is nothing else.
const MONTH_ALONE_OK = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'feb', 'apr', 'jul', 'aug', 'sept', 'oct', 'nov',
]);
// "may"/"march" are a verb and a modal; alone they count only when the next word cannot continue a verb.
const AFTER_BARE_MONTH_OK =
  /^(?:\s*(?:[.,;:)!?]|$)|\s+(?:of|and|to|through|thru|when|before|after|this|last|next|we|i|she|he|they|the|her|his|pt)(?![\p{L}]))/u;

const ORDINAL_THE = /(?<![\p{L}])the\s{1,2}(\d{1,2})(st|nd|rd|th)(?![\p{L}\p{N}])/gu;
const ORDINAL_CUE = /(?<![\p{L}])(?:on|since|until|till|by|from|before|after|it's|it’s|it is|today is|is|was|as of)\s{1,2}$/u;
// After "on the 3rd" a noun ("floor", "time", "attempt") makes it not a date; these words keep it one.
const ORDINAL_NEXT_OK = /^(?:\s*(?:[.,;:)!?"'’]|$)|\s+(?:of|at|and|or|to|through|thru|when|in|we|i|she|he|they|pt|patient)(?![\p{L}]))/u;

const HOLIDAY = new RegExp(
  '(?<![\\p{L}])(?:christmas(?:\\s(?:eve|day))?|thanksgiving(?:\\sday)?|new\\syear[\'’]?s(?:\\s(?:eve|day))?|' +
    'easter(?:\\ssunday)?|halloween|independence\\sday|memorial\\sday|labou?r\\sday|valentine[\'’]?s\\sday|' +
    'mother[\'’]?s\\sday|father[\'’]?s\\sday|veterans\\sday|(?:fourth|4th)\\sof\\sjuly|juneteenth)' +
    ',?\\s(?:of\\s)?(\\d{4})(?!\\d)',
  'gu',
);

export function findNamedDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  const folded = foldCase(text);
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(folded); m; m = MONTH.exec(folded)) {
    const end = m.index + m[0].length;
    const found = readAroundMonth(folded, m.index, end, text.slice(m.index, end));
    if (found) out.push(withWeekday(folded, found));
  }
  findOrdinals(folded, out);
  HOLIDAY.lastIndex = 0;
  for (let m = HOLIDAY.exec(folded); m; m = HOLIDAY.exec(folded)) {
    const year = m[1]!;
    if (plausibleYear(year)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, form: 'holiday', year });
    }
  }
  return out;
}

function plausibleYear(year: string): boolean {
  const y = Number(year);
  return y >= 1800 && y <= 2199;
}

/** A year at the start of `slice` (", 2024", " of 2022", " '96", ", 96"), with how many characters it takes. */
function readYear(slice: string): { year: string; written: string; length: number } | undefined {
  const m = YEAR_AFTER.exec(slice);
  const year = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  if (!m || !year || (year.length === 4 && !plausibleYear(year))) return undefined;
  return { year, written: m[0], length: m[0].length };
}

/** `folded` is the folded text; `word` the month word as written. */
function readAroundMonth(folded: string, start: number, end: number, word: string): DateSpan | null {
  const month = monthNumber(word)!;
  const name = word.toLowerCase();
  const ambiguous = AMBIGUOUS_MONTHS.has(name);
  const right = folded.slice(end, end + 24);
  // An abbreviation's dot ("Sept. 14") belongs to the date only when a day or year follows it.
  const dotted = folded[end] === '.' && name.length <= 4 && !FULL_SHORT_NAMES.has(name) ? 1 : 0;
  const rightOfDot = dotted ? folded.slice(end + 1, end + 25) : right;

  // Month then day: "March 3", "Sept. 14th", "March 3, 2024".
  const dayAfter = DAY_AFTER.exec(rightOfDot);
  if (dayAfter && isValidDay(month, Number(dayAfter[1])) && !UNIT_AFTER.test(rightOfDot.slice(dayAfter[0].length))) {
    let stop = end + dotted + dayAfter[0].length;
    const year = readYear(folded.slice(stop, stop + 12));
    if (year) stop += year.length;
    else if (TRAILING_APOSTROPHE_YEAR.test(folded.slice(stop, stop + 2))) stop += 1;
    // "dec 2", "MAR 5": an abbreviation that is also a clinical word needs an ordinal or a year.
    if (dayAfter[2] || year || !ABBREVIATIONS_IN_CLINICAL_USE.has(name)) {
      return { start, end: stop, confidence: year ? 0.95 : 0.9, form: year ? 'full' : 'month-day', year: year?.year };
    }
  }

  // Day then month: "3rd of March", "20th Oct, 1989", "21 Apr, 21".
  const dayBefore = DAY_BEFORE.exec(folded.slice(Math.max(0, start - 12), start));
  if (dayBefore && isValidDay(month, Number(dayBefore[1]))) {
    const year = readYear(right);
    if (!ambiguous || dayBefore[2] || /of/i.test(dayBefore[0]) || year) {
      const dayStart = start - dayBefore[0].length;
      const range = DAY_RANGE_BEFORE.exec(folded.slice(Math.max(0, dayStart - 14), dayStart));
      const first = range && isValidDay(month, Number(range[1])) ? range[0].length : 0;
      return {
        start: dayStart - first,
        end: end + (year?.length ?? 0),
        confidence: year ? 0.95 : 0.9,
        form: year ? 'full' : 'month-day',
        year: year?.year,
      };
    }
  }

  // Month and year: "March 2024", "March of 2022", "Nov '96", "nov, 96" (not "may, 96": a comma is too weak).
  const year = readYear(rightOfDot);
  if (year && (year.year.length === 4 || !ambiguous || /['’]/.test(year.written))) {
    return { start, end: end + dotted + year.length, confidence: 0.85, form: 'month-year', year: year.year };
  }

  // A month on its own, put in time by a preposition: "in September", "since June".
  if (MONTH_ALONE_OK.has(name) && MONTH_ALONE_CUE.test(folded.slice(Math.max(0, start - 12), start))) {
    if (!ambiguous || AFTER_BARE_MONTH_OK.test(right)) {
      return { start, end, confidence: 0.6, form: 'month' };
    }
  }
  return null;
}

/** "Tuesday, March 3": the weekday belongs to the same date element. */
function withWeekday(folded: string, span: DateSpan): DateSpan {
  const before = WEEKDAY_BEFORE.exec(folded.slice(Math.max(0, span.start - 16), span.start));
  return before ? { ...span, start: span.start - before[0].length, weekday: true } : span;
}

/** "on the 11th", "it's the 3rd", or "the 3rd" with a month name close by. */
function findOrdinals(folded: string, out: DateSpan[]): void {
  ORDINAL_THE.lastIndex = 0;
  for (let m = ORDINAL_THE.exec(folded); m; m = ORDINAL_THE.exec(folded)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index;
    const end = start + m[0].length;
    const monthClose = MONTH_NEAR.test(folded.slice(Math.max(0, start - 40), Math.min(folded.length, end + 40)));
    const introduced = ORDINAL_CUE.test(folded.slice(Math.max(0, start - 12), start));
    if (!(monthClose || introduced) || !ORDINAL_NEXT_OK.test(folded.slice(end, end + 12))) continue;
    out.push({ start, end, confidence: monthClose ? 0.85 : 0.75, form: 'day' });
  }
}
