/**
 * A reply must not repeat protected health information the commenter disclosed. Their own comment may name
 * them, a relative, a date of service or a record number; an organisation that writes it back in a public
 * reply discloses it itself, and confirms the relationship (45 CFR 164.502(a) uses and disclosures; the
 * identifiers are the Safe Harbor list, 164.514(b)(2)(i)(A)–(R)). HHS OCR's settlements over replies to
 * online reviews (Elite Dental Associates, 2019) were about exactly this.
 *
 * The comment being answered (`context.replyTo`) is run through the PHI detectors; every value they find with
 * at least moderate confidence is then looked for, as a whole word and in any case, in the draft.
 */
import type { Candidate, Detector, DetectorInput } from '../detector';
import type { FindingType, Fix } from '../finding';
import { prepareText } from '../prepare-text';
import { accountDetector } from './account';
import { ageDetector } from './age';
import { dateDetector } from './date';
import { deviceDetector } from './device';
import { emailDetector } from './email';
import { healthPlanDetector } from './health-plan';
import { ipDetector } from './ip';
import { licenseDetector } from './license';
import { locationDetector } from './location';
import { mrnDetector } from './mrn';
import { nameDetector } from './name';
import { otherIdDetector } from './other-id';
import { phoneDetector } from './phone';
import { ssnDetector } from './ssn';
import { urlDetector } from './url';
import { vehicleDetector } from './vehicle';

const SOURCES: readonly (readonly [Detector, FindingType])[] = [
  [nameDetector, 'name'],
  [locationDetector, 'location'],
  [dateDetector, 'date'],
  [ageDetector, 'age'],
  [phoneDetector, 'phone'],
  [emailDetector, 'email'],
  [ssnDetector, 'ssn'],
  [mrnDetector, 'mrn'],
  [healthPlanDetector, 'health-plan'],
  [accountDetector, 'account'],
  [licenseDetector, 'license'],
  [vehicleDetector, 'vehicle'],
  [deviceDetector, 'device'],
  [urlDetector, 'url'],
  [ipDetector, 'ip'],
  [otherIdDetector, 'other-id'],
];

/** Comments longer than this are read up to here (adapters already send at most 4,000 characters). */
const MAX_REPLY_TO = 5_000;
const MAX_VALUES = 50;
const MAX_CANDIDATES = 100;
/** Shorter values ("Al", "3rd") are too common to mean the commenter's detail. */
const MIN_VALUE_LENGTH = 3;

/** Words that keep the sentence readable once the repeated detail is gone. */
const NEUTRAL: Partial<Record<FindingType, string>> = {
  name: 'them',
  location: 'there',
  date: 'recently',
  age: 'their age',
};

export interface DisclosedValue {
  /** Lower-case, as matched against the draft. */
  value: string;
  type: FindingType;
  confidence: number;
}

/**
 * The PHI values in the comment being answered. Memoised on the comment: the same comment comes with every
 * check of a reply while it is being written.
 */
let memo: { replyTo: string; allow: DetectorInput['allow']; values: DisclosedValue[] } | null = null;

export function disclosedValues(replyTo: string, allow: DetectorInput['allow']): DisclosedValue[] {
  if (memo && memo.replyTo === replyTo && memo.allow === allow) return memo.values;
  const text = prepareText(replyTo.length > MAX_REPLY_TO ? replyTo.slice(0, MAX_REPLY_TO) : replyTo).text;
  const byValue = new Map<string, DisclosedValue>();
  for (const [detector, type] of SOURCES) {
    for (const c of detector.detect({ text, context: { surface: 'comment' }, allow, options: {} })) {
      if (c.confidence < 0.5 || byValue.size >= MAX_VALUES) continue;
      const found = text.slice(c.start, c.end).trim();
      // "my husband Teodor Varga": the reply may repeat the whole name or either part of it.
      const parts = type === 'name' ? [capitalisedRun(found), ...capitalisedWords(found)] : [found];
      for (const part of parts) {
        const value = part.toLowerCase();
        if (value.length < MIN_VALUE_LENGTH || allow.names.has(value) || allow.terms.has(value)) continue;
        const known = byValue.get(value);
        if (!known || known.confidence < c.confidence) byValue.set(value, { value, type: c.type ?? type, confidence: c.confidence });
      }
    }
  }
  const values = [...byValue.values()];
  memo = { replyTo, allow, values };
  return values;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Titles and relations the name detector includes in its span; on their own they name nobody.
const NOT_A_NAME = /^(?:mr|mrs|ms|miss|mx|dr|prof|sr|jr)\.?$/i;

function capitalisedWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w)).map((w) => w.replace(/[.,]+$/, ''));
}

/** The name without the lower-case relation words before it: "husband Teodor Varga" → "Teodor Varga". */
function capitalisedRun(name: string): string {
  const words = name.split(/\s+/);
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  return first === -1 ? name : words.slice(first).join(' ');
}

function fixesFor(type: FindingType): Fix[] {
  const neutral = NEUTRAL[type];
  return neutral ? [{ label: `Say "${neutral}" instead`, replacement: neutral }] : [{ label: 'Remove it', replacement: '' }];
}

export const replyRepeatDetector: Detector = {
  id: 'reply-repeat',
  description:
    'PHI the commenter disclosed (names, dates, places, numbers found in the comment being answered) repeated in the reply (45 CFR 164.502(a); identifiers per 164.514(b)(2)(i)).',
  detect({ text, context, allow }) {
    if (!context.replyTo) return [];
    const values = disclosedValues(context.replyTo, allow);
    if (!values.length) return [];
    const lower = text.toLowerCase();
    // Lower-casing changes the length of a few characters (İ); then only exact-case matches line up.
    const haystack = lower.length === text.length ? lower : text;
    const out: Candidate[] = [];
    for (const { value, type, confidence } of values) {
      for (let at = haystack.indexOf(value); at !== -1 && out.length < MAX_CANDIDATES; at = haystack.indexOf(value, at + 1)) {
        const end = at + value.length;
        if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        out.push({
          start: at,
          end,
          // As sure as the detectors were in the comment, where the cues around the value were.
          confidence,
          type,
          message: 'Repeats personal information the commenter shared',
          fixes: fixesFor(type),
        });
      }
    }
    return out;
  },
};
