/**
 * Vehicle Identification Number check digit, 49 CFR 565.15 (transliteration table and position weights):
 * 17 characters without I, O or Q, where position 9 is the weighted sum mod 11 (10 written as X).
 */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
// Letter values from 49 CFR 565.15 Table IV; I, O and Q never occur.
const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

export function vinValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = v[i]!;
    const n = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : LETTER_VALUES[ch]!;
    sum += n * WEIGHTS[i]!;
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}
