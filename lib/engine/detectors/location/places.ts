/**
 * Cities, towns, counties and neighbourhoods — 45 CFR 164.514(b)(2)(i)(B): "all geographic subdivisions
 * smaller than a State, including … city, county, precinct …". Names come from a GeoNames gazetteer
 * (gazetteer-data.ts); cue words decide the doubtful cases: capitals prove nothing in a note written in
 * capitals, and a name that is also a word ("Mobile", "Reading", "Hope") needs "from", "in", "lives in"….
 *
 * States and countries standing alone are not reported: Safe Harbor removes only subdivisions smaller than a
 * state, and flagging every "Ohio" would teach users to ignore the warning. Named as someone's home, origin or
 * journey ("my patient from Ohio", "moved here from Latvia", "who's coming to Peru with me") they narrow down
 * who that is, so they are a warning (regions.ts); continents and the US are not.
 */
import { AMBIGUOUS_PLACE_NAMES, PLACE_NAMES } from './gazetteer-data';
import { SortedWordList } from '../name/front-coded';
import {
  hasPersonTitleBefore,
  hasRegionTravelCue,
  hasPlacePrepositionBefore,
  hasPrepositionBefore,
  hasResidenceCueBefore,
} from './place-cues';
import {
  isNarrowRegion,
  isResidenceStateCode,
  isStateOrCountry,
  RESIDENCE_REGION_CONFIDENCE,
  STATE_OR_COUNTRY_NAMES,
  US_STATE_CODES,
} from './regions';
import { foldPlaceName, isAllCaps, isCapitalised, isLowerCaseAround, isShoutedAround, startsSentence } from './text-shape';
import type { LocationSpan } from './span';

interface Gazetteer {
  places: SortedWordList;
  ambiguous: SortedWordList;
  /** Whether a word starts any name (or state or country): most words start none, and are skipped. */
  startsAName: (word: string) => boolean;
}
let gazetteerCache: Gazetteer | null = null;
/** How many words' "starts a place name?" answers are kept before the memory starts over. */
const KNOWN_WORDS_LIMIT = 20_000;

// Built on first use, so a worker that never checks a draft never pays for it.
function gazetteer(): Gazetteer {
  if (gazetteerCache) return gazetteerCache;
  // Searched in place: hash sets of every name cost tens of milliseconds on a woken worker's first check.
  const places = new SortedWordList(PLACE_NAMES);
  const ambiguous = new SortedWordList(AMBIGUOUS_PLACE_NAMES);
  const otherFirstWords = new Set(Object.keys(ABBREVIATED_PREFIX));
  for (const name of STATE_OR_COUNTRY_NAMES) otherFirstWords.add(name.split(' ', 1)[0]!);
  // Every word of a draft is asked about, and words recur across a draft and a batch of drafts: each answer
  // is remembered, in a bounded map so a paste of unique words cannot grow it without limit.
  const known = new Map<string, boolean>();
  const startsAName = (word: string) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = otherFirstWords.has(word) || places.hasFirstWord(word) || ambiguous.hasFirstWord(word);
      if (known.size >= KNOWN_WORDS_LIMIT) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
  gazetteerCache = { places, ambiguous, startsAName };
  return gazetteerCache;
}

interface Token {
  start: number;
  end: number;
  word: string;
  /** The word as the gazetteer stores it (lower case, no diacritics). */
  folded: string;
}

// Written exactly as name/tokens.ts writes its WORD: V8 compiles a regex source once per flags, and this one
// costs a millisecond on a cold start.
const TOKEN = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const MAX_PLACE_WORDS = 4;
// Small words inside multi-word place names ("Rio de Janeiro", "Stratford upon Avon").
const CONNECTORS = new Set(['de', 'del', 'della', 'di', 'do', 'da', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'y', 'on', 'upon', 'sur', 'am', 'an', 'der', 'of', 'the', 'en', 'im', 'bei', 'van', 'von', 'aan', 'op']);
// Abbreviations written before place names; the gazetteer spells them out.
const ABBREVIATED_PREFIX: Record<string, string> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount', pt: 'point' };
// Words after a place name that make the whole phrase something else ("Boston Marathon" is still Boston,
// but "Reading glasses", "Mobile phone" are not places).
const NOT_A_PLACE_AFTER = /^\s+(?:phone|phones|app|apps|device|devices|glasses|comprehension|list|material|level|levels|range|values?|saline|limits?|volume|results?|unit|units|mode|data|number|version|crisis|inc|llc|ltd|corp|corporation|company|co|technologies|group|partners|investments|country\s+club)\b/i;
// Company names end in these; "is from Acme Inc" names an employer, not a town.
const COMPANY_WORD = /^(?:inc|llc|ltd|corp|corporation|company|co|technologies|group|partners|investments|gmbh|plc)\.?$/i;
// Pronouns, months, weekdays and other capitalised words that a residence cue can precede but are no place.
const NOT_A_PLACE_WORD = new Set(
  ('i me my we our you your he him his she her they them their it its this that these those there here home ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday today tomorrow yesterday tonight morning evening night ' +
    'a an the and or but one two three four five some any all every each no not hospital clinic er ed icu ' +
    'rehab work school church college university town city state country area region place house apartment').split(' '),
);

// Every residence cue ends with one of these words (maybe then "the"): a cheap test before the regex.
const CUE_LAST_WORDS = new Set(['in', 'from', 'to', 'at', 'of', 'near', 'into', 'for', 'hometown', 'town', 'city', 'birthplace']);
const COUNTY = /\b(?:\p{Lu}[\p{Ll}'’]+\s+){1,3}(?:County|Parish|Borough|Township)\b|\b(?:\p{Lu}+\s+){1,3}(?:COUNTY|PARISH|TOWNSHIP)\b/gu;
const NEIGHBOURHOOD = /\b(?:the\s+)?((?:\p{Lu}[\p{Ll}'’]+\s+){1,3})(?:neighbou?rhood|district|barrio|suburb)\b/gu;
const AREA_WORD = /county|parish|borough|township|neighbou?rhood|district|barrio|suburb/i;
const DIRECTIONAL_WORD = / (?:Shore|Side|End|SHORE|SIDE|END)\b/;
// A part of a state named by its direction ("from the Eastern Shore", "on the Lower East Side").
const DIRECTIONAL_REGION =
  /\b(?:from|on|to|in|at|near|FROM|ON|TO|IN|AT|NEAR)\s+(?:the|THE)\s+((?:(?:Eastern|Western|Northern|Southern|Upper|Lower|North|South|East|West)\s+){1,2}(?:Shore|Side|End)|(?:(?:EASTERN|WESTERN|NORTHERN|SOUTHERN|UPPER|LOWER|NORTH|SOUTH|EAST|WEST)\s+){1,2}(?:SHORE|SIDE|END))\b/g;
const ADDRESSEE = new Set(['god', 'lord', 'jesus', 'heaven', 'mom', 'dad', 'mum', 'mama', 'papa', 'grandma', 'grandpa', 'santa']);
const BARE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:from|to|at)[ \t]+$/u;
const NAME_LIST_AFTER = /^(?:,[ \t]*\p{Lu}|[ \t]+(?:and|&)[ \t]+\p{Lu})/u;
const NAME_LIST_BEFORE = /(?:\p{Lu}[\p{L}'’-]*,[ \t]*|[ \t](?:and|&)[ \t]+)$/u;
// A state after the name ("Hampton, VA", "Towson, Maryland") makes it a place whatever the case.
const STATE_AFTER = /^,[ \t]*(?:[A-Za-z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b)/;
// Lower-case notes drop the comma too ("this towson maryland facility"); only a spelled-out state counts there.
const LOWER_STATE_AFTER = /^[ \t]([a-z]{3,})(?:[ \t]([a-z]+))?(?![a-z])/;

/** Letters A-Z, apostrophes and hyphens only: lower-casing is all the folding such a word needs. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const letter = (c | 32) >= 97 && (c | 32) <= 122; // A-Z or a-z
    if (!letter && c !== 39 && c !== 45) return false;
  }
  return true;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const folded = isPlainAscii(word) ? word.toLowerCase() : foldPlaceName(word);
    tokens.push({ start: m.index, end: m.index + word.length, word, folded });
  }
  return tokens;
}

function hasStateAfter(text: string, end: number): boolean {
  return stateTailEnd(text, end) > end;
}

/**
 * The end of ", Maryland" or ", VA" after a town, else `end`. The town's finding covers its state or country
 * ("Springfield, Illinois", "Lyon, France"): alone they are no identifier, but a user rewrites the pair.
 */
function stateTailEnd(text: string, end: number): number {
  const m = STATE_AFTER.exec(text.slice(end, end + 20));
  if (!m) return lowerStateTailEnd(text, end);
  const state = m[0].replace(/^,\s*/, '');
  return US_STATE_CODES.has(state.toUpperCase()) || isStateOrCountry(foldPlaceName(state)) ? end + m[0].length : end;
}

/** The end of " maryland" or " new york" after a town in lower-case text, else `end`. */
function lowerStateTailEnd(text: string, end: number): number {
  const m = LOWER_STATE_AFTER.exec(text.slice(end, end + 24));
  if (!m) return end;
  if (m[2] && isStateOrCountry(`${m[1]} ${m[2]}`)) return end + m[0].length;
  return isStateOrCountry(m[1]!) ? end + 1 + m[1]!.length : end;
}

/** Joins tokens i..j into a lookup key if they are written as one name (single spaces, or "St. Louis"). */
function phraseKey(text: string, tokens: Token[], i: number, j: number): string | null {
  const parts: string[] = [];
  for (let k = i; k <= j; k++) {
    const t = tokens[k]!;
    if (k > i) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      const prev = parts[parts.length - 1]!;
      const abbreviated = k === i + 1 && ABBREVIATED_PREFIX[prev] !== undefined;
      if (gap !== ' ' && gap !== '-' && !(abbreviated && (gap === '. ' || gap === '.'))) return null;
      // Written as a name: every word capitalised except small connectors (and never the last word), unless
      // the whole phrase is lower case ("lives in white marsh").
      const connector = k < j && CONNECTORS.has(t.word.toLowerCase());
      if (isCapitalised(tokens[i]!.word) && !isCapitalised(t.word) && !connector) return null;
    }
    parts.push(t.folded);
  }
  const first = ABBREVIATED_PREFIX[parts[0]!];
  if (first && parts.length > 1) parts[0] = first;
  return parts.join(' ');
}

interface Lookup {
  kind: 'place' | 'ambiguous' | 'region';
  end: number; // index of the last token
}

function lookup(text: string, tokens: Token[], i: number): Lookup | null {
  const { places, ambiguous } = gazetteer();
  const last = Math.min(tokens.length - 1, i + MAX_PLACE_WORDS - 1);
  for (let j = last; j >= i; j--) {
    const key = phraseKey(text, tokens, i, j);
    if (key === null) continue;
    // States and countries first: "New York" is a state as well as a city, "Georgia" a state and a country.
    if (isStateOrCountry(key)) return { kind: 'region', end: j };
    if (places.has(key)) return { kind: 'place', end: j };
    if (ambiguous.has(key)) return { kind: 'ambiguous', end: j };
  }
  return null;
}

/** Confidence for a gazetteer hit at [start, end), or 0 when the context says it is no place. */
function placeConfidence(text: string, start: number, end: number, firstWord: string, ambiguous: boolean): number {
  if (NOT_A_PLACE_AFTER.test(text.slice(end, end + 16))) return 0;
  if (hasPersonTitleBefore(text, start)) return 0;
  const residence = hasResidenceCueBefore(text, start);
  const state = hasStateAfter(text, end);
  const strong = residence || state || hasPlacePrepositionBefore(text, start);
  const shouted = isShoutedAround(text, start, end);
  if (!isCapitalised(firstWord)) {
    // Lower-case text ("lives in hampton"): only unambiguous names with a cue. In mixed-case text a name
    // written in lower case needs a residence or travel cue and a long or many-word name ("back to new haven").
    if (ambiguous) return 0;
    if (isLowerCaseAround(text, start, end)) return strong ? 0.75 : 0;
    return residence && (end - start >= 7 || text.slice(start, end).includes(' ')) ? 0.7 : 0;
  }
  // A name that is also a word ("Reading", "Mobile", "Hope") needs a residence cue or a state after it.
  if (ambiguous) {
    if (state || (residence && !shouted)) return 0.8;
    // "go to Harbor", "a surgeon from Harbor": a common noun capitalised mid-sentence with no article is a name.
    // Written in title case, alone ("to Cool Neb" is a device, "from Acme Capital" a firm), and not a being
    // people talk or pray to.
    const alone = /^\p{Lu}\p{Ll}+$/u.test(firstWord) && !/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3)) && !ADDRESSEE.has(firstWord.toLowerCase());
    return alone && !shouted && !startsSentence(text, start) && BARE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? 0.7 : 0;
  }
  // Plural abbreviations ("TIAs", "PVCs") are no names.
  if (/^\p{Lu}{2,}s$/u.test(firstWord)) return 0;
  if (shouted) return strong ? 0.85 : 0;
  // Uncued names in a list of capitalised names are surnames ("Jones, Davis and Clark LLP").
  if (!strong && (NAME_LIST_AFTER.test(text.slice(end, end + 16)) || NAME_LIST_BEFORE.test(text.slice(Math.max(0, start - 20), start)))) return 0;
  // An all-capitals word in mixed-case text is an abbreviation ("LIMA graft", "OTA") unless cued.
  if (isAllCaps(firstWord)) return residence || state ? 0.8 : 0;
  if (strong) return 0.9;
  if (hasPrepositionBefore(text, start)) return 0.85;
  return startsSentence(text, start) ? 0.7 : 0.8;
}

/** A state or country named as someone's home, origin or destination (see regions.ts). */
function isResidenceRegion(text: string, start: number, end: number): boolean {
  if (!isNarrowRegion(foldPlaceName(text.slice(start, end))) || hasPersonTitleBefore(text, start)) return false;
  return hasResidenceCueBefore(text, start) || hasRegionTravelCue(text, start, end);
}

// "lives alone in white marsh," in a note written in lower case: where someone lives, not where they go.
const HOME_CUE_BEFORE = /(?:^|[^\p{L}])(?:lives?|living|resides?|residing)(?:\s+(?:alone|nearby|locally))?\s+in\s+$/u;
// Lower-case words after such a cue that describe a dwelling or an area rather than name a place.
const NOT_A_HOME_PLACE = new Set(
  ('elderly senior assisted independent group nursing community homeless shelter housing apartment apt condo ' +
    'area same different another fear pain bed bedroom basement rural country city town state facility ' +
    'rehab care long-term with by on at to and or is was').split(' '),
);

/**
 * One or two unknown lower-case words right after "lives in" in lower-case text, ending at punctuation or the
 * end of the line; the index of the last word, or -1.
 */
function lowerCasePlaceAfterHomeCue(text: string, tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (NOT_A_HOME_PLACE.has(t.folded) || !HOME_CUE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) return -1;
  if (!isLowerCaseAround(text, t.start, t.end)) return -1;
  let j = i;
  const next = tokens[i + 1];
  if (next && text.slice(t.end, next.start) === ' ' && !NOT_A_HOME_PLACE.has(next.folded) && !NOT_A_PLACE_WORD.has(next.folded)) j = i + 1;
  return /^\s*(?:[,.;:!?)]|$)/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 3)) ? j : -1;
}

/** Capitalised words after a residence cue that are not in the gazetteer ("grew up in Kissousa"). */
function unknownPlaceAfterCue(text: string, tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length && j - i < MAX_PLACE_WORDS - 1) {
    const next = tokens[j + 1]!;
    const gap = text.slice(tokens[j]!.end, next.start);
    if (gap !== ' ' && gap !== '-') break;
    if (!isCapitalised(next.word)) break;
    j++;
  }
  return j;
}

// The words a locative cue ends with (see place-cues.ts): a word in lower case or in capitals is a place only
// after one of them (or before ", STATE"), so other such words skip the gazetteer lookup, the costly part.
const LOCATIVE_LAST_WORDS = new Set([...CUE_LAST_WORDS, 'outside', 'visiting', 'toward', 'towards', 'osh', 'the']);

function worthLookingUp(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const c = t.word.charCodeAt(0);
  const lowerFirst = c >= 97 && c <= 122;
  if (!lowerFirst && !isAllCaps(t.word)) return true;
  const prev = tokens[i - 1];
  if (prev && LOCATIVE_LAST_WORDS.has(prev.folded)) return true;
  const before = text.charCodeAt(t.start - 1) === 32 ? text.charCodeAt(t.start - 2) : text.charCodeAt(t.start - 1);
  if (before === 64 /* @ */) return true;
  // "TOWSON, MD": a state after the name; "towson maryland" in lower-case notes.
  if (lowerFirst) return gazetteer().startsAName(t.folded) && lowerStateTailEnd(text, t.end) > t.end;
  return /^(?:[ \t]+\p{L}+){0,3},/u.test(text.slice(t.end, t.end + 40));
}

export function findPlaces(text: string): LocationSpan[] {
  const out: LocationSpan[] = [];
  const tokens = tokenize(text);
  const { startsAName } = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words start no name: one lookup rules them out before the context tests.
    const hit = startsAName(t.folded) && worthLookingUp(text, tokens, i) ? lookup(text, tokens, i) : null;
    if (hit) {
      const end = tokens[hit.end]!.end;
      if (hit.kind !== 'region') {
        const confidence = placeConfidence(text, t.start, end, t.word, hit.kind === 'ambiguous');
        const name = text.slice(t.start, end);
        if (confidence > 0) out.push({ start: t.start, end: stateTailEnd(text, end), confidence, kind: 'place', name });
      } else if (isResidenceRegion(text, t.start, end)) {
        out.push({ start: t.start, end, confidence: RESIDENCE_REGION_CONFIDENCE, kind: 'place' });
      }
      i = hit.end;
      continue;
    }
    // Not in the gazetteer: a capitalised phrase right after "lives in", "moved here from", "grew up in"….
    // (The cue's last word is checked first: it is the cheapest test and rules out most words.)
    if (!CUE_LAST_WORDS.has(tokens[i - 1]?.folded ?? '') && !CUE_LAST_WORDS.has(tokens[i - 2]?.folded ?? '')) continue;
    if (NOT_A_PLACE_WORD.has(t.folded)) continue;
    if (!isCapitalised(t.word)) {
      const j = lowerCasePlaceAfterHomeCue(text, tokens, i);
      if (j >= i) {
        out.push({ start: t.start, end: tokens[j]!.end, confidence: 0.7, kind: 'place', name: text.slice(t.start, tokens[j]!.end) });
        i = j;
      }
      continue;
    }
    // "lives in DC", "moved from NJ": a state's postal code as a home (not "IN", "OR", "CT": words and terms).
    if (isResidenceStateCode(t.word)) {
      if (hasResidenceCueBefore(text, t.start)) out.push({ start: t.start, end: t.end, confidence: RESIDENCE_REGION_CONFIDENCE, kind: 'place' });
      continue;
    }
    // Unknown all-capitals words after a cue are mostly units and abbreviations ("arrived in MICU").
    if (isAllCaps(t.word) && t.word.length < 6 && /^[A-Z]+$/.test(t.word)) continue;
    if (isShoutedAround(text, t.start, t.end) || !hasResidenceCueBefore(text, t.start)) continue;
    const j = unknownPlaceAfterCue(text, tokens, i);
    const end = tokens[j]!.end;
    const company = COMPANY_WORD.test(tokens[j]!.word) || NOT_A_PLACE_AFTER.test(text.slice(end, end + 16));
    if (!company && !isStateOrCountry(foldPlaceName(text.slice(t.start, end)))) {
      out.push({ start: t.start, end: stateTailEnd(text, end), confidence: 0.75, kind: 'place', name: text.slice(t.start, end) });
    }
    i = j;
  }
  // Both patterns end in one of a few words; most texts hold none, and then the scan is skipped.
  const areaWords = AREA_WORD.test(text);
  for (const re of areaWords ? [COUNTY, NEIGHBOURHOOD] : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // In capitals the match can start with the cue ("RESIDENT OF CECIL COUNTY"): drop such words.
      const lead = /^(?:(?:the|of|in|to|from|at|near|resident|lives?|living)\s+)+/i.exec(m[0]);
      const start = m.index + (lead ? lead[0].length : 0);
      out.push({ start, end: m.index + m[0].length, confidence: 0.85, kind: 'place' });
    }
  }
  // Without a directional word the pattern is not run, nor compiled (a cold start's first check pays that).
  DIRECTIONAL_REGION.lastIndex = 0;
  for (let m = DIRECTIONAL_WORD.test(text) ? DIRECTIONAL_REGION.exec(text) : null; m; m = DIRECTIONAL_REGION.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: m.index + m[0].length, confidence: 0.8, kind: 'place' });
  }
  return out;
}
