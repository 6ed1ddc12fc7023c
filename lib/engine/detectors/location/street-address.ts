/**
 * Street addresses, unit numbers, post-office boxes and military addresses — 45 CFR 164.514(b)(2)(i)(B)
 * ("street address"). Shapes follow USPS Publication 28 (house number, street name, suffix such as Street/St,
 * secondary unit such as Apt/Suite, "PO Box", APO/FPO/DPO with AA/AE/AP) and the common European order
 * (street word then house number: "Via Roma 131", "Laukaantie 80"). Once an address is found the finder
 * takes in the lines that complete it — unit, town, state, postal code, country — so one finding covers the
 * whole block a user would rewrite.
 */
import type { LocationSpan } from './span';
import { isStateOrCountry, US_STATE_CODES } from './regions';
import { foldPlaceName, isShoutedAround } from './text-shape';
import { foldCase } from '../fold-case';

// USPS Publication 28, Appendix C1: the street suffixes people actually write, full and abbreviated.
// (Abbreviations that are also clinical shorthand — "AV", "CT", "SQ" — are left out.)
const FULL_SUFFIX =
  'street|avenue|road|boulevard|lane|drive|court|place|way|terrace|circle|parkway|highway|square|trail|plaza|' +
  'pike|alley|crescent|mews|grove|heights|turnpike|expressway|freeway|ridge|' +
  'strasse|straße|gasse|weg|allee|platz|straat|laan|gade|vej|gatan|vagen|vägen|katu|utca|útja|tér';
const ABBREVIATED_SUFFIX = 'st|ave|rd|blvd|ln|dr|pl|ter|cir|pkwy|hwy|trl|plz|hts|tpke|expy|fwy|str';
const ABBREVIATED = new RegExp(`^(?:${ABBREVIATED_SUFFIX})\\.?$`, 'i');
// Words that open a street name in other languages ("Rue de la Paix", "Via Roma", "ul. Długa"); written
// capitalised (or "rue", "ul.") so that "via fax 3 times" is no street.
const LEADING_STREET_WORD =
  'Rue|rue|Rua|Via|Viale|Calle|Avenida|Av|Piazza|Praça|Praca|Largo|Travessa|Camino|Carrera|' +
  'Ulica|ul|Ul|Aleja|Strada|Chemin|Quai|Allée|Impasse|Corso|Vicolo|Paseo|Ronda|Plac|Rambla|Estrada';
const STREET_NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\d{1,4}|de|la|le|du|des|do|da|dos|das|del|di|della|e|y|von|van|der)";
// A word ending like a street in the Germanic and Nordic languages ("Pohlstrasse", "Mekanikusv", "Höfðagata").
const STREET_WORD_ENDING = /(?:strasse|straße|str|gasse|weg|allee|platz|straat|laan|gade|vej|gatan|gata|vägen|vagen|vegen|veien|katu|kuja|tie|polku|utca|damm|ufer|dreef|kade|plein|gracht|torget|stræde|stien|vegur|väg|rinne)$/iu;

/** "apt" → "apt|Apt|APT" for each word: case-blind keywords without the `i` flag, which would also make
 * \\p{Lu} match lower-case letters. */
function anyCase(words: string): string {
  return words
    .split(' ')
    .map((w) => `${w}|${w[0]!.toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`)
    .join('|');
}

const NAME_WORD = "[\\p{L}\\d][\\p{L}\\p{M}\\d'’-]*\\.?";
// House number, up to four name words (a direction included), suffix: "19 Clover St.", "1600 N. Main Street".
// Lower case, run over the folded text (fold-case.ts): the `i` flag would make it several times costlier to
// compile. The name and suffix are read back from the draft at the offsets the `d` flag gives.
const US_STREET = new RegExp(
  `(?<![\\p{L}\\d.,/:-])\\d{1,6}(?:-\\d{1,4})?[ \\t]+((?:${NAME_WORD}[ \\t]+){1,4}?)(${FULL_SUFFIX}|${ABBREVIATED_SUFFIX})\\b\\.?`,
  'dgu',
);
// House number and/or name, a street word, a house number: "Via Roma 131", "Rue Gafsa 62".
const LEADING_WORD_STREET = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,6}\\s+)?(?:${LEADING_STREET_WORD})\\.?\\s+(?:${STREET_NAME_WORD}\\s+){1,5}?\\d{1,5}[a-z]?\\b\\.?`,
  'gu',
);
// House number first, then the street word and its name ("31 Rue de Tanger", "770 26 rue des Lilas St."):
// the numbers make it an address in any case; the name stops at a word that goes on with the sentence.
const NUMBER_FIRST_STREET = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,6}[ \\t]+(?:\\d{1,6}[ \\t]+)?(?:${LEADING_STREET_WORD})\\.?((?:[ \\t]+[\\p{L}][\\p{L}\\p{M}'’-]*){1,5})([ \\t]+St\\.)?`,
  'gu',
);
const SENTENCE_WORD = /^(?:and|or|but|for|in|to|at|with|on|is|was|where|which|that|this|tonight|today|tomorrow|by|from|it|we|i|you)$/i;

// Number, capitalised words, number ("1593 Pagari 18", "233 Erzsébet tér 19."); or a street-like word and a
// house number ("Gesterbyntie 68").
// The name starts with a capital and stays on one line: "Hughes⏎⏎20789 Allika 46" is a name line, then a street.
const NUMBERED_NAME_STREET =
  /(?<![\p{L}\d])(?:\d{1,6}[ \t]+)?((?=\p{Lu})(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+|\p{Ll}{1,4}\.?[ \t]+){0,3}\p{L}[\p{L}\p{M}'’-]*\.?)[ \t]+\d{1,5}[a-z]?(?![\p{L}\d:/%]|[.,-]\d)/gu;
// The same shape in lower case, after a strong address cue only ("lives at 255 hersnapvej 18").
const LOWER_NUMBERED_STREET =
  /(?<![\p{L}\d])\d{1,6}[ \t]+((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){0,3}\p{L}[\p{L}\p{M}'’-]*)[ \t]+\d{1,5}[a-z]?(?![\p{L}\d:/%]|[.,-]\d)/gu;
// A street name and number followed by the word "street" ("lives on Ostergade 19 street").
const STREET_WORD_AFTER = /^[ \t]+(?:street|Street|St\.)/;
// Cues strong enough for a street name and number without a house number ("lives on Ostergade 19").
const RESIDENCE_STREET_CUE = /\b(?:lives?|living|resides?|located|(?:station|office|shop|store|house|home|apartment)\s+is)\s+(?:at|on)\s*$/i;
// "the corner of Elm 4 and Birch Lane": two street names joined by "and", each a few words at most.
const CORNER =
  /\b(?:the[ \t]+)?corner[ \t]+of[ \t]+((?:[\p{L}\d][\p{L}\p{M}\d'’.-]*[ \t]+){0,3}?[\p{L}\d][\p{L}\p{M}\d'’.-]*)[ \t]+(?:and|&)[ \t]+((?:[\p{L}\d][\p{L}\p{M}\d'’-]*[ \t]*){1,4})/giu;
// Post-office boxes and military mail (USPS Publication 28, sections 28 and 29).
const PO_BOX =
  /\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Postbox|Postfach|Caixa\s+Postal|Apartado)\s*#?\s*\d{1,7}\b|\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}\b|\bUSN?[SV]\s+\p{Lu}\p{L}+(?=\s+[FD]PO\b)|\b[AFD]PO\s+A[AEP]\s+\d{5}\b/giu;
// A secondary unit ("Apt. 460", "Suite 377", "Apt 4B", "#12"): alone only when spelled with its keyword.
const UNIT_NUMBER = '(?![\\p{L}])(?:\\.[ \\t]*|[ \\t]+)#?[ \\t]*(?:\\d{1,5}[A-Za-z]?|[A-Za-z]\\d{0,4})\\b';
const UNIT = `(?:${anyCase('apt apartment suite ste flat unit bldg building fl floor room rm')})${UNIT_NUMBER}|#\\s?\\d{1,5}[A-Za-z]?\\b`;
const STANDALONE_UNIT = new RegExp(`\\b(?:${anyCase('apt apartment suite')}|Ste|STE)${UNIT_NUMBER}`, 'gu');
// A street named without a house number ("on Millicent Drive", "corner of Crown St. and King St.").
const NAMED_STREET =
  /(?<![\p{L}\d])(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Parkway|Highway|(?:St|Ave|Rd|Blvd)\.(?!\s*\p{Lu}\p{Ll}))/gu;

// Cheap tests (no u flag) that let a text without the keywords skip the costlier patterns above.
const LEADING_WORD_PRESENT = new RegExp(`(?:${LEADING_STREET_WORD})\\.?\\s`);
const NAMED_STREET_SUFFIX = /Street|Avenue|Road|Boulevard|Lane|Drive|Terrace|Parkway|Highway|(?:St|Ave|Rd|Blvd)\./;

// Words that never start or end a street name: units after a dose ("2 mg q4h"), function words, clinical
// words that a house-number-like count precedes ("2 PER DR. SMITH", "5 units").
const NOT_STREET_WORD = new Set(
  ('mg mcg g kg ml cc l lpm units unit u tabs tab tablets pills caps puffs drops hrs hr hours hour days day ' +
    'weeks wks months min mins minutes times x yo y/o yr yrs years old mmhg meq mmol liters litres amps bags doses ' +
    'per to by with of and or the from for at on in see called notified paged aware is was are were be been am pm ' +
    'a an this that no not left right over under after before than more less about total each every feet ft inches ' +
    'lbs pounds percent mph miles km cm mm beats bpm breaths rr hr sats packs ppd drinks cups episodes loose bm bms ' +
    // Months: "on 10 July 2020" is a date.
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

// Cue words before an address that make a bare number-and-name shape an address.
const ADDRESS_CUE = /\b(?:address|addr|lives?\s+(?:at|on)|(?:address|it)\s+is|living\s+(?:at|on)|resides?\s+at|located\s+at|home\s+at|sent\s+to|send\s+(?:it\s+)?to|mail(?:ed)?\s+to|ship(?:ped)?\s+to|deliver(?:ed)?\s+to|billing|shipping|meet(?:\s+me)?\s+at|drops?\s+you\s+off\s+at|moved\s+to|office\s+is\s+at)\s*:?\s*$/i;
// Weaker: "at"/"on"/"is at" before a number-and-capitalised-name shape in mixed-case text.
const WEAK_ADDRESS_CUE = /\b(?:at|on|is\s+at|to)\s*:?\s*$/i;

function hasAddressCue(text: string, start: number, weakToo = false): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return ADDRESS_CUE.test(before) || (weakToo && WEAK_ADDRESS_CUE.test(before));
}

function wordsOf(phrase: string): string[] {
  return phrase.trim().split(/\s+/).filter(Boolean);
}

/** A house-number shape and a suffix: is it written as an address, not a dose or a sentence? */
function plausibleUsStreet(text: string, start: number, end: number, nameWords: string[], suffix: string): boolean {
  if (!plausibleStreetName(nameWords)) return false;
  const shouted = isShoutedAround(text, start, end);
  // Mixed-case text capitalises street names ("19 Clover St"), which "2 mediasteinal CT" does not.
  if (!shouted && !nameWords.every((w) => /^(?:\p{Lu}|\d)/u.test(w))) return false;
  if (!ABBREVIATED.test(suffix)) return true;
  // "2 PER DR. SMITH", "NSR ST": an abbreviation needs a capitalised form or an address cue.
  if (hasAddressCue(text, start)) return true;
  if (shouted || !/^\p{Lu}\p{Ll}/u.test(suffix)) return false;
  return !/^\.?[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end - (suffix.endsWith('.') ? 1 : 0), end + 12));
}

function plausibleStreetName(nameWords: string[]): boolean {
  if (nameWords.length === 0) return true;
  const first = nameWords[0]!.toLowerCase().replace(/[.]$/, '');
  const last = nameWords[nameWords.length - 1]!.toLowerCase().replace(/[.]$/, '');
  return !NOT_STREET_WORD.has(first) && !NOT_STREET_WORD.has(last) && !/^\d+(?:mg|mcg|ml|cc|l|g)$/.test(first);
}

/** Extends an address over the lines that complete it: unit, town, state, postal code, country. */
const SEPARATOR = /^(?:(?:[ \t]*(?:,|;|\||>|•|·|\?{3}|\n))+[ \t>]*|[ \t]{2,}|[ \t])/;
const BLOCK_SEGMENT = new RegExp(
  [
    UNIT,
    '[A-Z]\\d[A-Z] ?\\d[A-Z]\\d(?![\\p{L}\\d])', // Canadian postal codes
    '[A-Z]{1,2}-?\\d[\\d -]{1,8}\\d(?![\\p{L}\\d])', // postal codes with a letter prefix or inner space
    '\\d{3,6}(?:-\\d{3,4})?(?![\\p{L}\\d:])', // postal codes
    '(?:\\p{Lu}[\\p{L}\\p{M}\'’.-]*(?:[ -](?:\\p{Lu}[\\p{L}\\p{M}\'’.-]*|de|la|le|du|u|am|an|der|di|del|sur))*(?:\\s\\([\\p{L}\\p{M} ]+\\))?)', // town, state or country
  ]
    .map((s) => `(?:${s})`)
    .join('|'),
  'yu',
);
const LABEL_AFTER = /^\s*:/;
// What the segments above stop short of: a town, then a region field however written (a lower-case code, a
// placeholder), then a postal code (US, Nordic "340 12", Polish "53-320", Canadian "K1A 0B1") that ends the
// line or the text: "… Suite 8⏎Lindau⏎zh⏎8001", "… 26⏎LINDAU zh 8001".
const TOWN_TAIL =
  /^(?:(?:[ \t]*[\n,][ \t]*|[ \t]+)\p{Lu}[\p{L}\p{M}'’.-]{0,24}(?:[ -]\p{L}[\p{L}\p{M}'’.-]{0,24}){0,2})?(?:(?:[ \t]*[\n,][ \t]*|[ \t]+)(?:\p{Lu}[\p{L}\p{M}'’.-]{0,24}|\p{Ll}{1,3}))?(?:[ \t]*[\n,][ \t]*|[ \t]+)(?:\d{3,6}(?:-\d{3,4})?|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?=[ \t]*(?:$|\n|[.,;!?]))/u;
// A unit line after a number-name-number shape makes it an address ("20789 Allika 46, Suite 501").
const UNIT_AFTER = /^\.?[ \t,\n>?]*(?:Apt|APT|apt|Apartment|Suite|SUITE|Ste|Unit|UNIT)\b/;
const MAX_BLOCK_SEGMENTS = 6;

function extendBlock(text: string, end: number): number {
  // A full stop right after the street ends the sentence: what follows is the next sentence, not the town.
  if (text[end] === '.') return end;
  let at = end;
  // A bare capitalised word on the next line may be a town ("Artilleros⏎, CO⏎ Uruguay 64677") or the next
  // sentence ("…Lane.⏎He …"): it joins the address only when a state, postal code or unit confirms it.
  let confirmed = end;
  for (let n = 0; n < MAX_BLOCK_SEGMENTS; n++) {
    const sep = SEPARATOR.exec(text.slice(at, at + 12));
    if (!sep) break;
    const segStart = at + sep[0].length;
    BLOCK_SEGMENT.lastIndex = segStart;
    const seg = BLOCK_SEGMENT.exec(text);
    if (!seg || seg[0].length === 0) break;
    const segEnd = segStart + seg[0].length;
    const value = seg[0];
    // "Mobile: 0490 …", "Fax: …": a labelled field is the next item, not part of the address.
    if (LABEL_AFTER.test(text.slice(segEnd, segEnd + 3))) break;
    // A capitalised word after a single space is the sentence going on ("… 18237 after the concert").
    if (/^\p{Ll}/u.test(value)) break;
    if (sep[0] === ' ' && /^\p{L}/u.test(value) && !isAddressTail(value)) break;
    at = segEnd;
    const bareWordOnNewLine = sep[0].includes('\n') && /^\p{L}/u.test(value) && !isAddressTail(value);
    if (!bareWordOnNewLine) confirmed = at;
  }
  const tail = TOWN_TAIL.exec(text.slice(confirmed, confirmed + 100));
  return tail ? confirmed + tail[0].length : confirmed;
}

function isAddressTail(value: string): boolean {
  return US_STATE_CODES.has(value) || isStateOrCountry(foldPlaceName(value)) || /^(?:apt|apartment|suite|ste|flat|unit)\b/i.test(value) || /^\p{Lu}{2,}(?:\s\p{Lu}{2,})*$/u.test(value);
}

// Each street of a corner needs a number, a street word or capitals: "the corner of the room and the door" is none.
function plausibleCorner(first: string, second: string): boolean {
  return [first, second].every((street) => {
    const words = wordsOf(street);
    return (
      plausibleStreetName(words) &&
      (/\d/.test(street) || words.some((w) => STREET_WORD_ENDING.test(w) || FULL_SUFFIX_WORD.test(w)) || words.every((w) => /^\p{Lu}/u.test(w)))
    );
  });
}
// USPS Publication 28 suffixes that are also plain nouns ("Courts", "Greens", "Mall"): enough at a corner.
const FULL_SUFFIX_WORD = new RegExp(`^(?:${FULL_SUFFIX}|${ABBREVIATED_SUFFIX}|courts?|greens?|harbou?r|club|mall|radial|coves?)\\.?$`, 'iu');

// The post-box pattern is costly to run at every position; most drafts hold none of its keywords.
const POST_BOX_KEYWORD = /box|postfach|caixa|apartado|[AFD]PO\b|USN?[SV]\b/i;
function mayHoldPostBox(text: string): boolean {
  return POST_BOX_KEYWORD.test(text);
}

/** A house number written just before the match ("45818 P.O. Box 242"). */
function extendBack(text: string, start: number): number {
  const m = /\d{1,6}\s+$/.exec(text.slice(Math.max(0, start - 8), start));
  return m ? start - m[0].length : start;
}

/** "14 Brightwater Lane." ends a sentence: the full stop is not part of the address, unlike "St.". */
function withoutSentenceStop(text: string, start: number, end: number): number {
  if (text[end - 1] !== '.') return end;
  const lastWord = /[\p{L}]+\.$/u.exec(text.slice(start, end))?.[0] ?? '';
  return ABBREVIATED.test(lastWord) || lastWord.length <= 2 ? end : end - 1;
}

export function findStreetAddresses(text: string): LocationSpan[] {
  const out: LocationSpan[] = [];
  const push = (start: number, end: number, confidence: number) => {
    const street = withoutSentenceStop(text, start, end);
    out.push({ start, end: extendBlock(text, street), confidence, kind: 'address' });
  };

  const folded = foldCase(text);
  US_STREET.lastIndex = 0;
  for (let m = US_STREET.exec(folded); m; m = US_STREET.exec(folded)) {
    const end = m.index + m[0].length;
    const name = text.slice(...m.indices![1]!);
    const suffix = text.slice(...m.indices![2]!) + (m[0].endsWith('.') ? '.' : '');
    if (!plausibleUsStreet(text, m.index, end, wordsOf(name), suffix)) {
      US_STREET.lastIndex = m.index + 1;
      continue;
    }
    push(m.index, end, 0.9);
  }
  // The keyword tests also keep the costlier patterns from being compiled at all (milliseconds on a cold start).
  const leadingWord = LEADING_WORD_PRESENT.test(text);
  if (leadingWord) {
    LEADING_WORD_STREET.lastIndex = 0;
    for (let m = LEADING_WORD_STREET.exec(text); m; m = LEADING_WORD_STREET.exec(text)) {
      if (isShoutedAround(text, m.index, m.index + m[0].length)) continue;
      push(m.index, m.index + m[0].length, 0.85);
    }
  }
  NUMBERED_NAME_STREET.lastIndex = 0;
  for (let m = NUMBERED_NAME_STREET.exec(text); m; m = NUMBERED_NAME_STREET.exec(text)) {
    if (isShoutedAround(text, m.index, m.index + m[0].length)) continue;
    const words = wordsOf(m[1]!);
    const last = words[words.length - 1]!;
    const streetLike = STREET_WORD_ENDING.test(last) && last.length > 3;
    const leadingNumber = /^\d/.test(m[0]);
    const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 4);
    if (!plausibleStreetName(words) || !capitalised || !/^\p{Lu}/u.test(words[0]!)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const unitAfter = UNIT_AFTER.test(after);
    // Without a house number the name and number need a strong cue ("lives on") or "street" after them.
    const cued = leadingNumber
      ? unitAfter || hasAddressCue(text, m.index, true)
      : /^\p{Lu}\p{Ll}{3}/u.test(words[0]!) &&
        !m[1]!.includes('.') &&
        (RESIDENCE_STREET_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)) || STREET_WORD_AFTER.test(after));
    if (!streetLike && !cued) continue;
    push(extendBack(text, m.index), m.index + m[0].length, streetLike && leadingNumber ? 0.9 : 0.8);
  }
  NUMBER_FIRST_STREET.lastIndex = 0;
  for (let m = leadingWord ? NUMBER_FIRST_STREET.exec(text) : null; m; m = NUMBER_FIRST_STREET.exec(text)) {
    if (isShoutedAround(text, m.index, m.index + m[0].length)) continue;
    // Keep the name up to the first word that belongs to the sentence instead.
    const suffix = m[2] ?? '';
    const nameStart = m.index + m[0].length - suffix.length - m[1]!.length;
    let end = nameStart;
    let cut = false;
    const word = /[ \t]+([^ \t]+)/g;
    for (let w = word.exec(m[1]!); w; w = word.exec(m[1]!)) {
      if (SENTENCE_WORD.test(w[1]!)) {
        cut = true;
        break;
      }
      end = nameStart + w.index + w[0].length;
    }
    if (end === nameStart) continue;
    push(m.index, cut ? end : end + suffix.length, 0.85);
  }
  LOWER_NUMBERED_STREET.lastIndex = 0;
  for (let m = LOWER_NUMBERED_STREET.exec(text); m; m = LOWER_NUMBERED_STREET.exec(text)) {
    if (!hasAddressCue(text, m.index) || !plausibleStreetName(wordsOf(m[1]!))) continue;
    push(m.index, m.index + m[0].length, 0.8);
  }
  if (/corner/i.test(text)) {
    CORNER.lastIndex = 0;
    for (let m = CORNER.exec(text); m; m = CORNER.exec(text)) {
      if (!plausibleCorner(m[1]!, m[2]!)) continue;
      const end = m.index + m[0].trimEnd().length;
      push(m.index, end, 0.8);
    }
  }
  if (mayHoldPostBox(text)) {
    PO_BOX.lastIndex = 0;
    for (let m = PO_BOX.exec(text); m; m = PO_BOX.exec(text)) push(extendBack(text, m.index), m.index + m[0].length, 0.9);
  }
  STANDALONE_UNIT.lastIndex = 0;
  for (let m = STANDALONE_UNIT.exec(text); m; m = STANDALONE_UNIT.exec(text)) {
    out.push({ start: m.index, end: extendBlock(text, m.index + m[0].length), confidence: 0.8, kind: 'address' });
  }
  if (NAMED_STREET_SUFFIX.test(text)) {
    NAMED_STREET.lastIndex = 0;
    for (let m = NAMED_STREET.exec(text); m; m = NAMED_STREET.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.75, kind: 'address' });
    }
  }
  return out;
}
