/**
 * Vehicle identifiers and serial numbers, including licence plates — 45 CFR 164.514(b)(2)(i)(L).
 * - VINs: 17 characters without I, O or Q (ISO 3779); the check digit in position 9 (49 CFR 565.15) decides on
 *   its own; with a "VIN" cue a failing check digit still warns, since VINs made outside North America may not
 *   carry one.
 * - Licence plates have no national format, so only a cue ("plate", "tag", "licence plate") admits one.
 */
import type { Candidate, Detector } from '../detector';
import { vinValid } from './checksums/vin';
import { cueMatcher, cueScan } from './cues';
import { countDigits, dropOverlaps, findCuedIdentifiers } from './other-id';

const VIN_CHARS = /^[A-HJ-NPR-Z0-9]{17}$/i;
const VIN_CUE = cueMatcher(['vin', 'vin #', 'vin number', 'vehicle identification number', 'chassis number']);
const PLATE_CUE = cueScan([
  'plate', 'plates', 'plate number', 'plate #', 'license plate', 'licence plate', 'number plate', 'registration plate',
  'tag', 'tag number', 'tag #', 'tags', 'vehicle registration',
]);
const FIXES = [{ label: 'Remove the vehicle identifier', replacement: '[vehicle ID removed]' }];

/**
 * Offsets of ASCII letter-and-digit runs exactly 17 long. A plain loop: a regex tried at every position of a long
 * draft costs several times more, and VINs are checked on every pause in typing.
 */
function seventeenCharacterWords(text: string): number[] {
  const starts: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) continue;
    if (i - runStart === 17) starts.push(runStart);
    runStart = i + 1;
  }
  return starts;
}

export const vehicleDetector: Detector = {
  id: 'vehicle',
  description:
    'VINs (49 CFR 565 check digit) and licence plates after a plate cue — 45 CFR 164.514(b)(2)(i)(L).',
  detect({ text }) {
    const out: Candidate[] = [];
    for (const start of seventeenCharacterWords(text)) {
      const word = text.slice(start, start + 17);
      const digits = countDigits(word);
      if (!VIN_CHARS.test(word) || digits === 0 || digits === 17) continue;
      const valid = vinValid(word);
      const cued = VIN_CUE.test(text.slice(Math.max(0, start - 30), start));
      if (!valid && !cued) continue;
      out.push({ start, end: start + 17, confidence: valid ? 0.9 : 0.7, message: 'Vehicle identification number', fixes: FIXES });
    }
    // Plates are short: two to eight letters and digits, at least one digit ("7ABC123", "KXL-4821").
    const plates = findCuedIdentifiers(text, PLATE_CUE, {
      minDigits: 1,
      minLength: 3,
      accept: (v) => v.replace(/-/g, '').length <= 8,
    });
    for (const id of plates) {
      out.push({ start: id.start, end: id.end, confidence: 0.85, message: 'Licence plate', fixes: FIXES });
    }
    return dropOverlaps(out);
  },
};
