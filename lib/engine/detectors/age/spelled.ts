/** Ages over 89 written in words: "ninety-two", "ninety two", "one hundred and three", "a hundred". */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT = UNITS.join('|');
const UNDER_HUNDRED = `(?:${TEENS.join('|')}|(?:${TENS.join('|')})(?:[-\\s](?:${UNIT}))?|${UNIT})`;

/** Regex source for a spelled age of 90 to 199 (case-insensitive, no capture groups). */
export const SPELLED_AGE_SOURCE =
  `(?:ninety(?:[-\\s](?:${UNIT}))?|(?:one|a)[-\\s]hundred(?:[-\\s](?:and[-\\s])?${UNDER_HUNDRED})?)`;

const VALUE = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
  ['hundred', 100],
]);

/** The value of a phrase matched by SPELLED_AGE_SOURCE ("ninety-two" → 92, "a hundred and three" → 103). */
export function spelledValue(phrase: string): number {
  let total = 0;
  for (const word of phrase.toLowerCase().split(/[-\s]+/)) {
    const value = VALUE.get(word);
    if (value === 100) total = Math.max(total, 1) * 100;
    else if (value !== undefined) total += value;
  }
  return total;
}
