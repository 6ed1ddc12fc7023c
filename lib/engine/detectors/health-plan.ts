/**
 * Health plan beneficiary numbers — 45 CFR 164.514(b)(2)(i)(I). Member, subscriber, policy and group numbers
 * after a plan cue, and the Medicare Beneficiary Identifier on its own: CMS, "Understanding the Medicare
 * Beneficiary Identifier (MBI) Format" — 11 characters, C A AN N A AN N A A N N, where C is 1–9, N is 0–9 and
 * A is a letter other than S, L, O, I, B, Z.
 */
import type { Candidate, Detector } from '../detector';
import { cueScan } from './cues';
import { dropOverlaps, findCuedIdentifiers } from './other-id';

const PLAN_CUE = cueScan([
  'member id', 'member number', 'member #', 'member no', 'membership number', 'policy', 'policy number', 'policy #',
  'policy no', 'subscriber', 'subscriber id', 'subscriber number', 'subscriber #', 'insurance id', 'insurance number',
  'insurance #', 'insurance no', 'group #', 'group number', 'group no', 'group id', 'medicare', 'medicare number',
  'medicare id', 'medicare #', 'medicaid', 'medicaid id', 'medicaid number', 'medicaid #', 'mbi', 'beneficiary id',
  'beneficiary number', 'hicn', 'plan id', 'health plan id', 'insurance card', 'tricare', 'champva',
]);
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
// Printed on the card without dashes; CMS shows it with dashes after the 4th and 7th characters too.
const MBI = new RegExp(`(?<![\\p{L}\\p{N}-])[1-9]${A}${AN}\\d-?${A}${AN}\\d-?${A}${A}\\d\\d(?![\\p{L}\\p{N}]|-\\w)`, 'gu');
const FIXES = [{ label: 'Remove the member number', replacement: '[member ID removed]' }];

export const healthPlanDetector: Detector = {
  id: 'health-plan',
  description:
    'Health plan member, subscriber, policy and group numbers after a cue, and Medicare Beneficiary Identifiers — 45 CFR 164.514(b)(2)(i)(I).',
  detect({ text }) {
    const out: Candidate[] = findCuedIdentifiers(text, PLAN_CUE, { minDigits: 3 }).map((id) => ({
      start: id.start,
      end: id.end,
      confidence: 0.9,
      fixes: FIXES,
    }));
    for (const m of text.matchAll(MBI)) {
      const start = m.index;
      const end = start + m[0].length;
      out.push({ start, end, confidence: 0.8, message: 'Medicare Beneficiary Identifier', fixes: FIXES });
    }
    return dropOverlaps(out);
  },
};
