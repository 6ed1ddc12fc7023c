/**
 * Years that date an event in someone's history: "CABG '79", "CVA 74'", "s/p resection 1977", "admitted in
 * 2019", "passed away in 2021". 45 CFR 164.514(b)(2)(i)(C) lets a year stand, but asks for dates "directly
 * related to an individual" — an admission, a diagnosis, an operation, a death — to go; a year beside such an
 * event is the part of that date a reader still has. Reported as a warning (below 0.8), never a block: a
 * bare year ("in 1990", "founded in 2004") is left alone.
 */
import type { DateSpan } from './date-span';
import { foldCase } from '../fold-case';

/** How sure a year beside an event is: a warning. */
const EVENT_YEAR_CONFIDENCE = 0.6;

// Admissions, diagnoses, operations and deaths, with the clinical abbreviations past histories use for them.
const EVENT_WORDS =
  'admitted|admission|admit|readmitted|hospitali[sz]ed|hospitali[sz]ation|diagnosed|dx|born|died|passed\\s+away|' +
  'deceased|death|surgery|operation|resection|repair|replacement|transplant|amputation|amputated|biopsy|' +
  'cabg|ptca|pci|stent|stents|stented|mi|nqwmi|imi|ami|stemi|nstemi|cva|tia|stroke|ca|cancer|fx|fracture|' +
  'chemo|chemotherapy|xrt|radiation|intubated|arrest|overdose|delivered|delivery|miscarriage|' +
  '\\p{L}{3,}(?:ectomy|plasty|otomy|ostomy)';

// The patterns are lower case and read the folded text (fold-case.ts): the `i` flag would make V8 compile
// them several times slower. Every value kept is digits, the same in the folded text.
// The event right before the year, maybe with a count ("CABGx4") and "in"/"on" ("AAA repair in 14'").
const EVENT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${EVENT_WORDS})(?:\\s*x\\s*\\d)?[\\s,:;-]*(?:(?:in|on|of|at|since|during)\\s+)?$`,
  'u',
);
// The event right after the year ("'09 PTCA to the LCX").
const EVENT_AFTER = new RegExp(`^\\s*(?:${EVENT_WORDS})(?![\\p{L}])`, 'u');

// "'79" (a written-out century); not "the '90s", a height (6'11") or a quotation of a number with a unit.
const APOSTROPHE_YEAR = /(?<![\p{N}'’])['’]\d{2}(?![\p{N}\p{L}'’"”%])/gu;
// "74'", which notes also use for feet ("walked 50'"): accepted only after an event word.
const YEAR_APOSTROPHE = /(?<![\p{N}'’.,/])\d{2}['’](?![\p{N}\p{L}'’"”])/gu;
// A bare two-digit year in a terse history: "NQWMI 13.", "CVA 98;" after the event (the punctuation rules out a
// reading that goes on, such as "HR 74 and regular"), or "04 PTCA" before it (a count has no leading zero).
const BARE_YEAR_AFTER_EVENT = /(?<![\p{N}\p{L}.,/:'’-])\d{2}(?=[.,;](?!\d))/gu;
const ZERO_YEAR_BEFORE_EVENT = /(?<![\p{N}\p{L}.,/:'’-])0\d(?=\s)/gu;
// The event words that, right before a bare number, may also be a lab value ("Ca 10.") are left out there.
const LAB_LIKE_EVENT = /(?:^|[^\p{L}])ca\s*$/u;
// A four-digit year of the last and this century, standing alone.
const FULL_YEAR = /(?<![\p{N}\p{L}/.,:$-])(?:19|20)\d{2}(?![\p{N}/%-]|[.,:]\d|\s*(?:mg|mcg|ml|cc|kg|units?|cal|kcal)\b)/gu;
// Cheap test first: a text holding none of the shapes above (a post without numbers) skips the scans.
const MAY_HOLD = /['’]\d|\d['’]|(?:19|20)\d\d|\d\d[.,;]|0\d\s/;

const WINDOW = 40;

/** `folded` is a folded text. */
function eventBefore(folded: string, start: number): boolean {
  return EVENT_BEFORE.test(folded.slice(Math.max(0, start - WINDOW), start));
}

function eventAfter(folded: string, end: number): boolean {
  return EVENT_AFTER.test(folded.slice(end, end + WINDOW));
}

export function findEventYears(text: string): DateSpan[] {
  if (!MAY_HOLD.test(text)) return [];
  const folded = foldCase(text);
  const out: DateSpan[] = [];
  const add = (start: number, end: number, year: string) =>
    out.push({ start, end, confidence: EVENT_YEAR_CONFIDENCE, form: 'year', year });
  for (const m of folded.matchAll(APOSTROPHE_YEAR)) {
    const end = m.index + m[0].length;
    if (eventBefore(folded, m.index) || eventAfter(folded, end)) add(m.index, end, m[0].slice(1));
  }
  for (const m of folded.matchAll(YEAR_APOSTROPHE)) {
    if (eventBefore(folded, m.index)) add(m.index, m.index + m[0].length, m[0].slice(0, 2));
  }
  for (const m of folded.matchAll(BARE_YEAR_AFTER_EVENT)) {
    const before = folded.slice(Math.max(0, m.index - WINDOW), m.index);
    if (EVENT_BEFORE.test(before) && !LAB_LIKE_EVENT.test(before)) add(m.index, m.index + 2, m[0]);
  }
  for (const m of folded.matchAll(ZERO_YEAR_BEFORE_EVENT)) {
    if (eventAfter(folded, m.index + 2)) add(m.index, m.index + 2, m[0]);
  }
  for (const m of folded.matchAll(FULL_YEAR)) {
    if (eventBefore(folded, m.index)) add(m.index, m.index + m[0].length, m[0]);
  }
  return out;
}
