/**
 * Dates: 45 CFR 164.514(b)(2)(i)(C), "all elements of dates (except year) for dates directly related to an
 * individual". Finds numeric dates (date/numeric.ts) and dates with month names, ordinals and holidays
 * (date/named.ts); a bare year is allowed, but a year beside a diagnosis, an operation, an admission or a
 * death is a warning (date/event-year.ts). Fixes keep the year where there is one.
 */
import type { Candidate, Detector } from '../detector';
import type { Fix } from '../finding';
import type { DateForm, DateSpan } from './date/date-span';
import { findEventYears } from './date/event-year';
import { findNamedDates } from './date/named';
import { findNumericDates } from './date/numeric';

const MESSAGES: Record<DateForm, string> = {
  full: 'Full date (day, month and year)',
  'month-day': 'Month and day of a date',
  'month-year': 'Month and year of a date',
  month: 'Month of a date',
  day: 'Day of the month',
  holiday: 'Holiday in a given year (a full date)',
  year: 'Year of an event in the person’s history',
};

const RECENTLY: Fix = { label: 'Say “recently” instead', replacement: 'recently' };
const PREVIOUSLY: Fix = { label: 'Say “previously” instead', replacement: 'previously' };

export const dateDetector: Detector = {
  id: 'date',
  description:
    'Dates finer than the year: numeric, with month names, ordinals, weekdays and dated holidays ' +
    '(45 CFR 164.514(b)(2)(i)(C)); bare years are allowed.',
  detect({ text }) {
    return mergeOverlapping([...findNumericDates(text), ...findNamedDates(text), ...findEventYears(text)]).map(toCandidate);
  },
};

function toCandidate(span: DateSpan): Candidate {
  return {
    start: span.start,
    end: span.end,
    confidence: span.confidence,
    message: span.weekday ? `${MESSAGES[span.form]}, with its weekday` : MESSAGES[span.form],
    fixes: fixesFor(span),
  };
}

function fixesFor(span: DateSpan): Fix[] {
  if (span.form === 'year') return [PREVIOUSLY];
  return span.year ? [{ label: 'Keep only the year', replacement: fullYear(span.year) }, RECENTLY] : [RECENTLY];
}

/** "'96" and ", 96" keep their written form; a fix should not guess the century. */
function fullYear(year: string): string {
  return year.length === 2 ? `’${year}` : year;
}

/** One candidate per date: overlapping spans ("the 3rd" inside "the 3rd of March") join, keeping the surer one's form. */
function mergeOverlapping(spans: DateSpan[]): DateSpan[] {
  const sorted = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateSpan[] = [];
  for (const span of sorted) {
    const prev = out[out.length - 1];
    if (!prev || span.start >= prev.end) {
      out.push(span);
      continue;
    }
    const winner = span.end - span.start > prev.end - prev.start ? span : prev;
    out[out.length - 1] = {
      ...winner,
      start: prev.start,
      end: Math.max(prev.end, span.end),
      confidence: Math.max(prev.confidence, span.confidence),
      year: prev.year ?? span.year,
      weekday: prev.weekday || span.weekday,
    };
  }
  return out;
}
