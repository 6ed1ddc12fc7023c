/**
 * Named venues — 45 CFR 164.514(b)(2)(i)(B): a club, park, stadium, church or school named after its town or
 * neighbourhood ("Pine Hollow Country Club", "Eastbrook Elementary") places a person as a town does. Found
 * by shape: the proper words right before a venue word, on the same line. A venue word alone ("the country
 * club", "a park") names nothing and is left alone.
 */
import { hasPlacePrepositionBefore } from './place-cues';
import type { LocationSpan } from './span';
import { isCapitalised, isLowerCaseAround, isShoutedAround } from './text-shape';

const VENUE_WORD =
  /\b(?:country\s+club|golf\s+(?:club|course)|yacht\s+club|park|stadium|arena|church|cathedral|chapel|synagogue|mosque|elementary(?:\s+school)?|middle\s+school|high\s+school|museum|mall|zoo)\b/gi;
// Words that describe a venue without naming it ("the water park", "our local church").
const NOT_NAME = new Set(
  ('the a an this that our your my his her their its local nearby big small new old same other another any ' +
    'some every each no car theme water amusement ball dog skate trailer state national city county town ' +
    'public private community catholic baptist methodist high middle elementary junior senior to at in on of ' +
    'from near by for with and or was is went go going gone got get visit visited left leaving back home').split(' '),
);
const WORD_BEFORE = /([\p{L}][\p{L}\p{M}'’.-]*)(?:[ \t]+\([\p{L}\p{M} ]+\))?[ \t]+$/u;
// "Where: …", "Venue: …", "Location: …": a label that makes even a lower-case phrase a venue's name.
const LABEL_BEFORE = /(?:where|venue|location|place)\s*:\s*$/i;
const MAX_NAME_WORDS = 4;

export function findVenues(text: string): LocationSpan[] {
  const out: LocationSpan[] = [];
  VENUE_WORD.lastIndex = 0;
  for (let m = VENUE_WORD.exec(text); m; m = VENUE_WORD.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index;
    let words = 0;
    while (words < MAX_NAME_WORDS) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      if (!w || NOT_NAME.has(w[1]!.toLowerCase())) break;
      start -= w[0].length;
      words++;
    }
    if (words === 0) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const labelled = LABEL_BEFORE.test(before);
    // Capitals prove a name only in mixed-case text; elsewhere the venue needs a label or "at"/"to"/"in".
    const named = isCapitalised(text[start]!) && !isShoutedAround(text, start, end);
    const cued = labelled || hasPlacePrepositionBefore(text, start);
    if (!named && !(cued && (isShoutedAround(text, start, end) || isLowerCaseAround(text, start, end)))) continue;
    out.push({ start, end, confidence: labelled || cued ? 0.85 : 0.8, kind: 'venue' });
  }
  return out;
}
