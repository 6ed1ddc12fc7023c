/**
 * Certificate and licence numbers — 45 CFR 164.514(b)(2)(i)(K).
 * - DEA registration numbers: two letters and seven digits with the DEA check digit (see checksums/dea.ts);
 *   a valid check digit stands alone, a "DEA" cue makes it certain.
 * - NPIs (CMS National Plan and Provider Enumeration System): ten digits after an "NPI" cue; the 80840-prefixed
 *   Luhn check decides between a finding that blocks and one that warns.
 * - Driver's licences, professional licences, certificates and board certifications: state formats vary too
 *   much to stand alone (AAMVA lists dozens), so they need a cue.
 */
import type { Candidate, Detector } from '../detector';
import { deaValid } from './checksums/dea';
import { npiValid } from './checksums/npi';
import { cueMatcher, cueScan } from './cues';
import { dropOverlaps, findCuedIdentifiers } from './other-id';

const LICENSE_CUE = cueScan([
  "driver's license", "driver’s license", 'drivers license', 'driver license', "driver's licence", "driver’s licence",
  'drivers licence', 'driving licence', 'dl#', 'dl #', 'dl no', 'dl number', 'license', 'licence', 'license number', 'licence number',
  'license #', 'license no', 'lic', 'lic #', 'lic no', 'certificate', 'certificate number', 'certificate #',
  'cert #', 'cert no', 'board certification', 'board certification #', 'certification number', 'registration number',
  'permit number', 'state license', 'rn license', 'medical license', 'passport number',
]);
const NPI_CUE = cueScan(['npi', 'npi #', 'npi number', 'national provider identifier']);
const DEA_CUE = cueMatcher(['dea', 'dea #', 'dea number', 'dea no', 'dea registration']);
const DEA = /(?<![\p{L}\p{N}])[A-Za-z][A-Za-z9]\d{7}(?![\p{L}\p{N}])/gu;
const FIXES = [{ label: 'Remove the licence number', replacement: '[licence number removed]' }];

export const licenseDetector: Detector = {
  id: 'license',
  description:
    "Driver's licence, professional licence, certificate, DEA (check digit) and NPI (Luhn with 80840) numbers — 45 CFR 164.514(b)(2)(i)(K).",
  detect({ text }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(DEA)) {
      const valid = deaValid(m[0]);
      const cued = DEA_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (!valid && !cued) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        confidence: valid ? (cued ? 0.95 : 0.8) : 0.6,
        message: 'DEA registration number',
        fixes: FIXES,
      });
    }
    for (const id of findCuedIdentifiers(text, NPI_CUE, { minDigits: 10, accept: (v) => /^\d{10}$/.test(v) })) {
      out.push({
        start: id.start,
        end: id.end,
        confidence: npiValid(id.value) ? 0.95 : 0.6,
        message: 'National Provider Identifier',
        fixes: FIXES,
      });
    }
    for (const id of findCuedIdentifiers(text, LICENSE_CUE, { minDigits: 3 })) {
      out.push({ start: id.start, end: id.end, confidence: 0.9, fixes: FIXES });
    }
    return dropOverlaps(out);
  },
};
