/**
 * Towns known by where they stand rather than by a gazetteer — 45 CFR 164.514(b)(2)(i)(B) ("city"):
 *  - a capitalised name then a postal code after "in" ("an office in Brackwede 33647"): the postal code makes
 *    the name a town wherever it comes from;
 *  - the last lines of a postal address: a line with only a name, then a line with only a state or country
 *    (and maybe a postal code), as in "Hollybank⏎Ireland". The country is kept in the span with its town.
 */
import { isStateOrCountry, US_STATE_CODES } from './regions';
import type { LocationSpan } from './span';
import { foldPlaceName, isShoutedAround } from './text-shape';

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const CONNECTOR = '(?:de|da|do|del|la|le|u|nad|am|an|di|sur|upon|on)';
const TOWN_POSTCODE = new RegExp(
  `(?<![\\p{L}])in[ \\t]+(${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${CONNECTOR}))*?)[ \\t]+(\\d{4,5}|\\d{3}[ \\t]\\d{2}|\\d{4}-\\d{3})(?![\\p{L}\\d]|[.,:/]\\d)`,
  'gu',
);
// "in March 2021", "in Room 1204", "in Windows 2000": names of other things that a number follows.
const NOT_TOWN = new Set(
  ('january february march april may june july august september october november december spring summer ' +
    'autumn fall winter room suite bed unit ward building floor block apt box year version chapter section ' +
    'table figure level page series model class grade phase stage the a an my our his her their').split(' '),
);

// A town line is written as a name: capitalised words, small connectors, a bracketed note ("Lindow (Ost)").
const TOWN_THEN_COUNTRY = new RegExp(
  `(?:^|\\n)[ \\t>?]*(${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${CONNECTOR}|\\([\\p{L}\\p{M} ]+\\))){0,4})[ \\t]*\\n` +
    `[ \\t>?]*(\\p{Lu}[\\p{L}\\p{M}]+(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}]+){0,3})(?:[ \\t]+[\\dA-Z][\\dA-Z -]{1,9}\\d)?[ \\t]*(?=\\n|$)`,
  'gu',
);

export function findTownLines(text: string): LocationSpan[] {
  const out: LocationSpan[] = [];
  TOWN_POSTCODE.lastIndex = 0;
  for (let m = TOWN_POSTCODE.exec(text); m; m = TOWN_POSTCODE.exec(text)) {
    const name = m[1]!;
    const code = m[2]!;
    const first = name.split(/[ \t]/, 1)[0]!.toLowerCase();
    if (NOT_TOWN.has(first) || /^(?:19|20)\d\d$/.test(code) || isStateOrCountry(foldPlaceName(name))) continue;
    const start = m.index + m[0].indexOf(name);
    if (isShoutedAround(text, start, start + name.length) && name.length < 4) continue;
    out.push({ start, end: m.index + m[0].length, confidence: 0.8, kind: 'place', name });
  }
  if (text.indexOf('\n') < 0) return out;
  TOWN_THEN_COUNTRY.lastIndex = 0;
  for (let m = TOWN_THEN_COUNTRY.exec(text); m; m = TOWN_THEN_COUNTRY.exec(text)) {
    const region = m[2]!;
    if (!isStateOrCountry(foldPlaceName(region)) && !US_STATE_CODES.has(region)) continue;
    const town = m[1]!.trim();
    if (isStateOrCountry(foldPlaceName(town))) continue;
    const start = m.index + m[0].indexOf(town);
    out.push({ start, end: m.index + m[0].trimEnd().length, confidence: 0.8, kind: 'place' });
    // The country line may be the next town line's name: look again from the country.
    TOWN_THEN_COUNTRY.lastIndex = m.index + m[0].lastIndexOf(region) - 1;
  }
  return out;
}
