/**
 * ZIP codes — 45 CFR 164.514(b)(2)(i)(B): a ZIP code is an identifier, except that its first three digits
 * may stay when the area formed by all ZIP codes sharing them has more than 20,000 people; otherwise the
 * three digits become 000. HHS, "Guidance Regarding Methods for De-identification of Protected Health
 * Information in Accordance with the HIPAA Privacy Rule" (2012), section 3.3, lists the 17 ZIP3 areas with
 * 20,000 or fewer people according to the 2000 Census (Summary File 1, ZCTA population by 3-digit code).
 *
 * A five-digit number is reported only with a cue ("ZIP", "postal code") or where an address puts it: after
 * a state ("MD 21204", "Maryland 21204"). Other postal codes are found as part of an address block.
 */
import { STATE_OR_COUNTRY_NAMES, US_STATE_CODES } from './regions';
import type { LocationSpan } from './span';
import { foldPlaceName } from './text-shape';

/** ZIP3 areas of 20,000 or fewer people (HHS 2012 guidance, from Census 2000): these must become 000. */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893',
]);

/** The Safe Harbor form of a US ZIP code: "02139" → "021xx"; a restricted ZIP3 → "000". */
export function safeHarborZip(zip: string): string {
  const zip3 = zip.slice(0, 3);
  return RESTRICTED_ZIP3.has(zip3) ? '000' : `${zip3}xx`;
}

const ZIP = /(?<![\d-])\d{5}(?:-\d{4})?(?![\d-])/g;
// "ZIP", "zip code", "postal code", "postcode", "PLZ", "CEP" — then a postal code of any country's shape.
const ZIP_CUE = /\b(?:zip(?:\s*code)?|zipcode|postal\s*code|post\s*code|postcode|plz|cep)\b\s*(?:is|:|#|=|-)?\s*((?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})|(?:\d[\d -]{1,8}\d|\d{3,}))/gi;
const STATE_BEFORE = /(?:^|[\s,])([A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?,?\s+$/;

function stateBefore(text: string, start: number): boolean {
  const m = STATE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return false;
  const state = m[1]!;
  return US_STATE_CODES.has(state) || STATE_OR_COUNTRY_NAMES.has(foldPlaceName(state));
}

export function findZipCodes(text: string): LocationSpan[] {
  const out: LocationSpan[] = [];
  ZIP_CUE.lastIndex = 0;
  for (let m = ZIP_CUE.exec(text); m; m = ZIP_CUE.exec(text)) {
    const code = m[1]!.trim();
    const start = m.index + m[0].length - m[1]!.length;
    const span: LocationSpan = { start, end: start + code.length, confidence: 0.9, kind: 'zip' };
    if (/^\d{5}(?:-\d{4})?$/.test(code)) span.safeForm = safeHarborZip(code);
    out.push(span);
  }
  ZIP.lastIndex = 0;
  for (let m = ZIP.exec(text); m; m = ZIP.exec(text)) {
    if (!stateBefore(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.9, kind: 'zip', safeForm: safeHarborZip(m[0]) });
  }
  return out;
}
