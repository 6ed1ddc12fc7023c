import {
  ENGLISH_WORDS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  LEXICON_NAMES,
  LEXICON_NOUNS,
  LEXICON_PLACES,
  LEXICON_WORDS,
  OTHER_NAME_PARTS,
} from './name-data';

/**
 * Name and English-word lookups over the generated lists in ./name-data.ts. The lists are decoded on first
 * use (one linear pass each), so importing the engine costs nothing until a draft is checked.
 */

/** Decodes a front-coded list: each word is a digit (characters shared with the previous word) and the rest. */
export function decodeWords(coded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < coded.length && !isDigit(coded.charCodeAt(j))) j++;
    previous = previous.slice(0, shared) + coded.slice(i + 1, j);
    words.add(previous);
    i = j;
  }
  return words;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

interface Lists {
  given: Set<string>;
  family: Set<string>;
  other: Set<string>;
  english: Set<string>;
}

let lists: Lists | null = null;

function load(): Lists {
  lists ??= {
    given: decodeWords(GIVEN_NAMES),
    family: decodeWords(FAMILY_NAMES),
    other: decodeWords(OTHER_NAME_PARTS),
    english: decodeWords(ENGLISH_WORDS),
  };
  return lists;
}

export interface WordFacts {
  /** A common given name in some culture. */
  given: boolean;
  /** A common family name in some culture. */
  family: boolean;
  /**
   * A name part worth counting: a given or family name, or another recorded name part that is not also an
   * English word (the cspell list holds "Check" and "Line", which are far more often the words).
   */
  name: boolean;
  /** Any recorded name part at all: enough after a title ("Dr Small", "Mrs Manning"). */
  anyName: boolean;
  /** An ordinary English word ("will", "rose", "protocol"), so capitalisation alone does not make it a name. */
  english: boolean;
}

// Drafts repeat their words; remembering the answers keeps long texts fast. Bounded so a paste of random
// words cannot grow it without limit.
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, WordFacts>();

/** What the dictionaries know about one folded word; an inflected English form counts as English. */
export function lookUp(folded: string): WordFacts {
  const known = remembered.get(folded);
  if (known) return known;
  const { given, family, other } = load();
  const isGiven = given.has(folded);
  const isFamily = family.has(folded);
  const english = isEnglish(folded);
  const isOther = other.has(folded);
  const facts = {
    given: isGiven,
    family: isFamily,
    name: isGiven || isFamily || (isOther && !english),
    anyName: isGiven || isFamily || isOther,
    english,
  };
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(folded, facts);
  return facts;
}

/**
 * How compromise's lexicon tags a word (sorted at generation time, see scripts/generate-name-data.mjs):
 * 'place' a proper noun that names no person (place, nationality, organisation, month, weekday), 'name'
 * another proper noun, 'noun' a plain noun, 'word' any other everyday word.
 */
export type LexiconClass = 'place' | 'name' | 'noun' | 'word';

let lexicon: Map<string, LexiconClass> | null = null;

/** The class of a word compromise's lexicon lists, if it lists it. */
export function lexiconClass(word: string): LexiconClass | undefined {
  if (!lexicon) {
    lexicon = new Map();
    const classes: [string, LexiconClass][] = [
      [LEXICON_PLACES, 'place'],
      [LEXICON_NAMES, 'name'],
      [LEXICON_NOUNS, 'noun'],
      [LEXICON_WORDS, 'word'],
    ];
    for (const [coded, kind] of classes) for (const w of decodeWords(coded)) lexicon.set(w, kind);
  }
  return lexicon.get(word);
}

/** A lexicon word that is not a proper noun. */
function isEverydayClass(kind: LexiconClass): boolean {
  return kind === 'noun' || kind === 'word';
}

/**
 * True for English that people write every day: an inflected form ("notified") or a word in compromise's
 * lexicon ("aware"), as opposed to a rare dictionary word that is also a surname ("tyro", "lavely").
 */
export function isEverydayEnglish(word: string): boolean {
  const kind = lexiconClass(word);
  if (kind !== undefined) return isEverydayClass(kind);
  return !load().english.has(word) && isEnglish(word);
}

/** True for an English stem or a regular inflection of one ("notified", "patients", "draining", "updated"). */
export function isEnglish(word: string): boolean {
  const { english } = load();
  if (english.has(word)) return true;
  const kind = lexiconClass(word);
  if (kind !== undefined && isEverydayClass(kind)) return true;
  if (word.length < 4) return false;
  for (const [suffix, replacements] of INFLECTIONS) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 2) continue;
    // Derived forms need a long stem: "currently", "interventional", but not "Lavely" from "lave".
    if ((suffix === 'ly' || suffix === 'al') && stem.length < 6) continue;
    // "-es" after a sibilant is the plural ending ("boxes"); after anything else "-s" is ("updates").
    if (suffix === 's' && stem.endsWith('e') && /(?:ch|sh|ss|x|z)e$/.test(stem) && english.has(stem.slice(0, -1))) return true;
    for (const end of replacements) if (english.has(stem + end)) return true;
    // "stopped", "mapping": a doubled final consonant.
    if (replacements.includes('') && stem.length > 2 && stem.at(-1) === stem.at(-2) && english.has(stem.slice(0, -1))) {
      return true;
    }
  }
  return false;
}

const INFLECTIONS: readonly [string, readonly string[]][] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['s', ['']],
  ['ly', ['', 'e']],
  ['al', ['', 'e']],
];
