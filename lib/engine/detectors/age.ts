/**
 * Ages over 89: 45 CFR 164.514(b)(2)(i)(C), "all ages over 89 and all elements of dates (including year)
 * indicative of such age, except that such ages and elements may be aggregated into a single category of age
 * 90 or older". Finds "92-year-old", "92 yo", "age 94", "ninety-two years old", "92M" in clinical shorthand,
 * decades ("in her 90s", reported as a warning) and birth years that imply an age over 89. Ages up to 89 are
 * allowed and never reported.
 */
import { cueMatcher } from './cues';
import type { Candidate, Detector } from '../detector';
import { SPELLED_AGE_SOURCE, spelledValue } from './age/spelled';
import { foldCase } from './fold-case';

// The patterns are lower case and run over the folded text (fold-case.ts: without the `i` flag they compile
// several times faster on a cold start); what they capture is read back from the draft at the same offsets.

const OLDEST_PLAUSIBLE = 125;
const NUMBER = `(?:\\d{2,3}|${SPELLED_AGE_SOURCE})`;

// "92-year-old", "92 years old", "92 yrs old", "92 years of age", "ninety two year old".
const WITH_UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}.,$])(${NUMBER})[\\s-]{0,2}(?:years?|yrs?|yr)(?:[\\s-]{0,2}old|\\s+of\\s+age)(?![\\p{L}])`,
  'dgu',
);
// "92 yo", "92yo", "92 y/o", "92 y.o.", "92yoM", "92 yof".
const WITH_YO = new RegExp(`(?<![\\p{L}\\p{N}.,$])(${NUMBER})\\s?(?:y\\/o|y\\.o\\.?|yo)[mf]?(?![\\p{L}\\p{N}])`, 'dgu');
// "age 94", "aged 91", "age: 94", "at the age of 93".
const WITH_CUE = new RegExp(
  `(?<![\\p{L}])(?:age[ds]?|at\\s+the\\s+age\\s+of)\\s{0,2}:?\\s{0,2}(${NUMBER})(?![\\p{N}]|\\.\\d|[-\\s]year)`,
  'dgu',
);
// "she is ninety-two.", "turned 95 today": an age stated as a predicate, then nothing that makes it a count.
const AS_PREDICATE = new RegExp(
  `(?<![\\p{L}])(?:(?:is|was|turned|turns|turning)\\s+(${SPELLED_AGE_SOURCE})|turn(?:ed|s|ing)\\s+(\\d{2,3}))` +
    `(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:today|yesterday|this|last|and|but|on|in)(?![\\p{L}]))`,
  'dgu',
);
// "92M", "92 F": clinical shorthand for age and sex, accepted only with a clinical cue (see findShorthand).
const WITH_SEX = /(?<![\p{L}\p{N}.,/:$#-])(\d{2,3})\s?([mf])(?![\p{L}\p{N}])/gu;
// "in her 90s", "in his late nineties", "a nonagenarian", "centenarian".
const DECADE = /(?<![\p{L}])(?:(in\s+)?(?:his|her|their|my|your)\s+(?:(?:early|mid|late)[-\s]?)?(?:90['’]?s|nineties|100s)|nonagenarians?|(?:super)?centenarians?)(?![\p{L}])/gu;
// "born in 1930", "b. 1930", "DOB 1930", "year of birth 1930".
const BIRTH_YEAR = /(?<![\p{L}])(?:born(?:\s+in)?|b\.|dob:?|yob:?|year\s+of\s+birth:?)\s{0,2}(\d{4})(?!\d)/gu;

// "a 100-year-old building": things, not people.
const THING_AFTER =
  /^[\s-]*(?:building|hospital|house|home|tree|church|company|firm|tradition|institution|school|bridge|oak|barn|clinic|practice|record|recipe|photo|photograph|song|mystery|problem|law|rule|vaccine|treatment|drug|book|car)s?(?![\p{L}])/u;
const TEMPERATURE = cueMatcher(['temp', 'temperature', 't', 'tmax', 't max', 'fever', 'febrile', 'degrees', 'fahrenheit']);
const SHORTHAND_BEFORE = /(?:^|[\n.;:]\s*|(?<![\p{L}])(?:pt|patient|a|an|is|this|our|my)\s+)$/u;
const SHORTHAND_AFTER = /^\s*(?:with|w\/|s\/p|h\/o|hx|presents|presenting|presented|admitted|who|pmh|c\/o|brought|transferred|,)/u;

export const ageDetector: Detector = {
  id: 'age',
  description: 'Ages over 89, in numbers, words, clinical shorthand or decades, and birth years implying them (45 CFR 164.514(b)(2)(i)(C)).',
  detect({ text }) {
    const out: Candidate[] = [];
    const folded = foldCase(text);
    for (const re of [WITH_UNIT, WITH_YO, WITH_CUE]) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const number = text.slice(...m.indices![1]!);
        const age = ageValue(number);
        const end = m.index + m[0].length;
        if (age > 89 && age <= OLDEST_PLAUSIBLE && !THING_AFTER.test(folded.slice(end, end + 20))) {
          out.push(aged(m.index, end, text.slice(m.index, end), number, 0.95));
        }
      }
    }
    AS_PREDICATE.lastIndex = 0;
    for (let m = AS_PREDICATE.exec(folded); m; m = AS_PREDICATE.exec(folded)) {
      const [start, end] = (m.indices![1] ?? m.indices![2])!;
      const number = text.slice(start, end);
      const age = ageValue(number);
      if (age > 89 && age <= OLDEST_PLAUSIBLE) out.push(aged(start, end, number, number, 0.85));
    }
    findShorthand(text, folded, out);
    findDecades(folded, out);
    findBirthYears(folded, out);
    return dropContained(out);
  },
};

function ageValue(written: string): number {
  return /^\d/.test(written) ? Number(written) : spelledValue(written);
}

function aged(start: number, end: number, whole: string, number: string, confidence: number): Candidate {
  const rewritten = whole.replace(number, /^\d/.test(number) ? '90+' : 'ninety-plus');
  return {
    start,
    end,
    confidence,
    message: 'Age over 89',
    fixes: [{ label: 'Aggregate to 90 or older', replacement: rewritten }],
  };
}

/** `folded` is `foldCase(text)`. */
function findShorthand(text: string, folded: string, out: Candidate[]): void {
  WITH_SEX.lastIndex = 0;
  for (let m = WITH_SEX.exec(folded); m; m = WITH_SEX.exec(folded)) {
    const age = Number(m[1]);
    const end = m.index + m[0].length;
    if (age <= 89 || age > OLDEST_PLAUSIBLE) continue;
    const before = folded.slice(Math.max(0, m.index - 12), m.index);
    const cued = SHORTHAND_BEFORE.test(before) || SHORTHAND_AFTER.test(folded.slice(end, end + 16));
    const near = text.slice(Math.max(0, m.index - 20), Math.min(text.length, end + 12));
    if (cued && !TEMPERATURE.test(near) && !/[°º]/.test(near)) out.push(aged(m.index, end, text.slice(m.index, end), m[1]!, 0.85));
  }
}

/** `folded` is `foldCase(text)`: only offsets are kept. */
function findDecades(folded: string, out: Candidate[]): void {
  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(folded); m; m = DECADE.exec(folded)) {
    const candidate: Candidate = {
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.6,
      message: 'Age group over 89',
    };
    if (m[1]) candidate.fixes = [{ label: 'Say “over 90”', replacement: 'over 90' }];
    out.push(candidate);
  }
}

/** A birth year more than 89 years ago is itself an element "indicative of" an age over 89. */
function findBirthYears(folded: string, out: Candidate[]): void {
  const latest = new Date().getFullYear() - 90;
  BIRTH_YEAR.lastIndex = 0;
  for (let m = BIRTH_YEAR.exec(folded); m; m = BIRTH_YEAR.exec(folded)) {
    const year = Number(m[1]);
    if (year < 1800 || year > latest) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.85,
      message: 'Birth year that implies an age over 89',
    });
  }
}

/** An age found by two patterns ("92 yo F") is reported once, by the longer span and its own fix. */
function dropContained(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (!prev || c.start >= prev.end) out.push(c);
    else if (c.end - c.start > prev.end - prev.start) out[out.length - 1] = c;
  }
  return out;
}
