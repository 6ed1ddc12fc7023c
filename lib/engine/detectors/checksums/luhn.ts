/**
 * The Luhn mod-10 check (ISO/IEC 7812-1 Annex B), used by payment card numbers, IMEIs (3GPP TS 23.003) and,
 * with a fixed prefix, National Provider Identifiers.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
