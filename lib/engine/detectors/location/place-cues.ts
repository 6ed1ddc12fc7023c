/**
 * Words that announce a place. In clinical notes places follow "from", "transferred from", "lives in",
 * "OSH in", "home in", "resident of"; in posts, "moved here from", "grew up in", "flew to". A cue is looked
 * for in a short window that ends where the candidate starts, so the check is bounded.
 */
import { foldCase } from '../fold-case';

const CUE_WINDOW = 40;
// The cue patterns are lower case, without the `i` flag (it makes V8 compile them several times slower), and
// are tested on folded windows (fold-case.ts).

// A preposition right before the name ("from Towson", "at Holy Cross", "TO BALTIMORE").
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:from|in|to|at|near|outside(?:\s+of)?|into|visiting|towards?|@|osh|of)\s+(?:the\s+)?$/u;

// The same without "of": "history of Bath…" is no place, "resident of Bath" is (see RESIDENCE_BEFORE).
const PLACE_PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:from|in|to|at|near|outside(?:\s+of)?|into|visiting|towards?|@|osh)\s+(?:the\s+)?$/u;

// Residence and travel phrases: strong enough that an unknown capitalised phrase after them is a place.
// (Movement within care — "sent to", "transferred to" — is not: departments follow those too.)
const RESIDENCE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    [
      'lives?', 'living', 'lived', 'resides?', 'residing', 'stays?', 'staying', 'grew\\s+up', 'raised', 'born',
      'originally', 'hails?', 'moved(?:\\s+(?:here|back|away|over))?', 'moving', 'relocat(?:ed|ing)',
      'travel(?:l)?(?:ed|ing)?', 'flew', 'flying', 'arrived', 'arriving', 'based', 'located', 'visiting',
      'visited', 'trip', 'vacation(?:ing)?', 'holiday(?:ing)?', 'stationed', 'commutes?', 'hometown', 'returned',
      'headed', 'drove', 'driving',
    ].join('|') +
    ')(?:\\s+(?:back|here|over|out|up|down|home|alone|nearby|locally))?\\s+(?:in|from|to|at|of|near|into|for)\\s+(?:the\\s+)?$' +
    '|(?:resident|native|citizen|town|city|village|suburb|county|neighbou?rhood|outskirts)\\s+of\\s+(?:the\\s+)?$' +
    // "home city Lindow:", "hometown Lindow", and where a firm or a street is: "Acme Inc in Lindow".
    '|(?:^|[^\\p{L}])(?:home\\s*(?:town|city)|native\\s+(?:town|city)|birthplace)\\s+$' +
    '|(?:^|[^\\p{L}])(?:inc|llc|ltd|corp|incorporated|company|offices?|headquarters|street|road|avenue)\\.?\\s+in\\s+$' +
    '|(?:^|[^\\p{L}])(?:i\\s*(?:\'|’)?m|i\\s+am|we\\s*(?:\'|’)?re|he\\s*(?:\'|’)?s|she\\s*(?:\'|’)?s|they\\s*(?:\'|’)?re|is|are|was|were)\\s+(?:from|in)\\s+(?:the\\s+)?$',
  'u',
);

function windowBefore(text: string, start: number): string {
  return foldCase(text.slice(Math.max(0, start - CUE_WINDOW), start));
}

/** A preposition, "of" included, right before `start`. */
export function hasPrepositionBefore(text: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(windowBefore(text, start));
}

/** A locative preposition (not "of") right before `start`. */
export function hasPlacePrepositionBefore(text: string, start: number): boolean {
  return PLACE_PREPOSITION_BEFORE.test(windowBefore(text, start));
}

/** A residence or travel phrase ("lives in", "moved here from", "resident of") right before `start`. */
export function hasResidenceCueBefore(text: string, start: number): boolean {
  return RESIDENCE_BEFORE.test(windowBefore(text, start));
}

// A courtesy title or clinical role right before a capitalised word makes it a person ("Dr. Austin").
const PERSON_TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:dr|mr|mrs|ms|miss|mx|prof|sr|rev|nurse|rn|np|pa|md|doctor|sister|brother|father|mother|son|daughter|wife|husband|uncle|aunt|named|called)\.?\s+$/u;

export function hasPersonTitleBefore(text: string, start: number): boolean {
  return PERSON_TITLE_BEFORE.test(foldCase(text.slice(Math.max(0, start - 20), start)));
}

// Travel to or from a state or country, said of the writer or someone they write about: "who's coming to Peru
// with me?", "heading back to Ohio". Only for states and countries: "going to" precedes far too much else.
const REGION_TRAVEL_BEFORE =
  /(?:^|[^\p{L}])(?:coming|going|heading|move|moves|fly|flight|emigrated|immigrated|emigrating|immigrating|deployed)(?:\s+(?:back|over|out|home))?\s+(?:to|from)\s+(?:the\s+)?$/u;
// "Peru was so much fun to visit", "Ohio is lovely to visit": a place the writer has been.
const VISIT_AFTER = /^\s+(?:was|is|were)\s+(?:[\p{L}]+\s+){0,3}?to\s+visit\b/u;

/** A journey to or from the state or country at [start, end): before it ("coming to"), or after it ("was fun to visit"). */
export function hasRegionTravelCue(text: string, start: number, end: number): boolean {
  return REGION_TRAVEL_BEFORE.test(windowBefore(text, start)) || VISIT_AFTER.test(foldCase(text.slice(end, end + CUE_WINDOW)));
}
