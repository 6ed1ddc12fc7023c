/**
 * Quasi-identifiers: 45 CFR 164.514(b)(2)(ii) — Safe Harbor holds only if the organisation has no actual
 * knowledge that the remaining information could identify the individual. A post that speaks of one real
 * patient ("my patient", "we admitted") and, close by, gives two or more different kinds of detail (a bed,
 * a recent time, a unit, a rare condition, an age) can point to that patient; each detail is reported.
 * Requiring two kinds keeps chart-like text, which always has a patient and often a unit, quiet.
 */
import type { Candidate, Detector } from '../detector';
import { findDetails, type Detail, type DetailKind } from './quasi-identifier/details';
import { findPatientContext } from './quasi-identifier/patient-context';

/** Characters either side of the patient context that count as "close by" (about a sentence). */
const WINDOW = 160;
const MIN_KINDS = 2;

const MESSAGES: Record<DetailKind, string> = {
  room: 'Room or bed that, with the other details, could identify the patient',
  time: 'Recent time that, with the other details, could identify the patient',
  place: 'Unit or department that, with the other details, could identify the patient',
  condition: 'Rare condition or event that, with the other details, could identify the patient',
  age: 'Age that, with the other details, could identify the patient',
};

const FIXES: Partial<Record<DetailKind, Candidate['fixes']>> = {
  time: [{ label: 'Say “recently” instead', replacement: 'recently' }],
  room: [{ label: 'Leave out the room', replacement: 'a room' }],
};

export const quasiIdentifierDetector: Detector = {
  id: 'quasi-identifier',
  description:
    'Patient context plus two or more kinds of detail (room, recent time, unit, rare condition, age) close by ' +
    '(45 CFR 164.514(b)(2)(ii)).',
  detect({ text }) {
    const contexts = findPatientContext(text);
    if (contexts.length === 0) return [];
    const details = findDetails(text);
    if (details.length === 0) return [];
    const paragraphs = paragraphStarts(text);
    const reported = new Set<Detail>();
    let first = 0;
    for (const context of contexts) {
      const paragraph = paragraphOf(paragraphs, context.start);
      const from = Math.max(context.start - WINDOW, paragraph.start);
      const to = Math.min(context.end + WINDOW, paragraph.end);
      while (first < details.length && details[first]!.end <= from) first++;
      const near: Detail[] = [];
      for (let i = first; i < details.length && details[i]!.start < to; i++) {
        if (details[i]!.start >= from) near.push(details[i]!);
      }
      if (new Set(near.map((d) => d.kind)).size >= MIN_KINDS) for (const d of near) reported.add(d);
    }
    return [...reported].map((d) => {
      const candidate: Candidate = { start: d.start, end: d.end, confidence: 0.7, message: MESSAGES[d.kind] };
      const fixes = FIXES[d.kind];
      if (fixes) candidate.fixes = fixes;
      return candidate;
    });
  },
};

/**
 * Where each paragraph starts (a blank line separates them): details in another paragraph belong to another
 * story. The last entry is the text's length.
 */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  const blank = /\n[^\S\n]*\n/g;
  for (let m = blank.exec(text); m; m = blank.exec(text)) starts.push(m.index + m[0].length);
  starts.push(text.length);
  return starts;
}

/** The paragraph holding `offset`, by binary search over `paragraphStarts`. */
function paragraphOf(starts: number[], offset: number): { start: number; end: number } {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo]!, end: starts[lo + 1]! };
}
