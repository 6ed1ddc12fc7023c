/**
 * IBAN check (ISO 13616-1): move the country code and check digits to the end, turn letters into 10..35,
 * and the number mod 97 must be 1. Lengths run from 15 (Norway) to 34 characters.
 */
export function ibanValid(value: string): boolean {
  const v = value.replace(/[ -]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v)) return false;
  const rearranged = v.slice(4) + v.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    const n = code >= 65 ? code - 55 : code - 48;
    remainder = n >= 10 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
  }
  return remainder === 1;
}
