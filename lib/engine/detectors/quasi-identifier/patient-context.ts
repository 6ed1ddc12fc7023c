/**
 * Patient context: words that tie a post to one real patient of the writer ("my patient", "we admitted",
 * "pt in bed 4", "in our ER"). Chart notes are written about a patient throughout, so this looks for the
 * first-person and storytelling phrases of a post, not for "pt" alone.
 */
import { foldCase } from '../fold-case';

// Lower case, run over the folded text (fold-case.ts): the `i` flag would make it several times costlier to compile.

const PATIENT_CONTEXT = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      '(?:my|our|this|one\\s+of\\s+my|one\\s+of\\s+our)\\s+(?:patient|pt)s?',
      'a\\s+(?:patient|pt)\\s+of\\s+(?:mine|ours)',
      '(?:i|we)\\s+(?:just\\s+|finally\\s+|recently\\s+)?(?:admitted|treated|saw|discharged|intubated|coded|delivered|' +
        'resuscitated|cared\\s+for|took\\s+care\\s+of|had\\s+a\\s+(?:patient|pt)|operated\\s+on|sent\\s+home)',
      '(?:patient|pt)\\s+in\\s+(?:bed|room|bay)',
      'in\\s+our\\s+(?:er|ed|icu|nicu|picu|unit|clinic|hospital|ward|floor|office|practice|emergency\\s+(?:room|department))',
    ].join('|') +
    ')(?![\\p{L}])',
  'gu',
);
// A person named with a title ("Mr. Alvarez"): in a post about care, that person is the patient.
const TITLED_PERSON = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx)\.?\s[A-Z][\p{L}'’-]+/gu;

export interface Span {
  start: number;
  end: number;
}

/** Every patient-context phrase, sorted by start. */
export function findPatientContext(text: string): Span[] {
  const out: Span[] = [];
  for (const [re, subject] of [[PATIENT_CONTEXT, foldCase(text)], [TITLED_PERSON, text]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
