/**
 * DEA registration number check digit (DEA Diversion Control; 21 CFR 1301): two letters then seven digits,
 * where (d1 + d3 + d5) + 2 × (d2 + d4 + d6) ends in d7. The first letter is the registrant type; the second
 * is the registrant's surname initial, or 9 for some business registrants.
 */
const REGISTRANT_TYPES = 'ABCDEFGHJKLMPRSTUX';

export function deaValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z][A-Z9]\d{7}$/.test(v) || !REGISTRANT_TYPES.includes(v[0]!)) return false;
  const d = (i: number) => v.charCodeAt(i) - 48;
  const sum = d(2) + d(4) + d(6) + 2 * (d(3) + d(5) + d(7));
  return sum % 10 === d(8);
}
