/** Calendar facts the date detectors check candidates against: month names and the length of each month. */

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/**
 * Month names that are also everyday words or clinical abbreviations ("may", "march", "MAR" the medication
 * record, "dec" for decreased, "Jan" the name). They count as a month only with stronger evidence.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'jun', 'sep']);

/** Abbreviations that notes use for something else ("dec" decreased, "MAR", "Jan"), even before a number. */
export const ABBREVIATIONS_IN_CLINICAL_USE: ReadonlySet<string> = new Set(['mar', 'jan', 'dec', 'jun', 'sep']);

/** Regex source matching any month name or abbreviation (longest first), to be used case-insensitively. */
export const MONTH_SOURCE = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

/** 1–12 for a month name or abbreviation (any case, trailing dot allowed), else undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, ''));
}

// February allows 29: a date without a year may fall in a leap year.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `day` can be a day of `month` (1-based) in some year. */
export function isValidDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

export const WEEKDAY_SOURCE =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun';
