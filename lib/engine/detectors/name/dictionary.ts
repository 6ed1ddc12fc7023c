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
import { FrontCodedList } from './front-coded';

/**
 * Name and English-word lookups over the generated lists in ./name-data.ts, searched in place (see
 * FrontCodedList), so neither importing the engine nor its first check pays for decoding them.
 */

const givenNames = new FrontCodedList(GIVEN_NAMES);
const familyNames = new FrontCodedList(FAMILY_NAMES);
const otherNameParts = new FrontCodedList(OTHER_NAME_PARTS);
const englishWords = new FrontCodedList(ENGLISH_WORDS);

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
  const isGiven = givenNames.has(folded);
  const isFamily = familyNames.has(folded);
  const english = isEnglish(folded);
  const isOther = otherNameParts.has(folded);
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

const LEXICON: readonly [FrontCodedList, LexiconClass][] = [
  [new FrontCodedList(LEXICON_PLACES), 'place'],
  [new FrontCodedList(LEXICON_NAMES), 'name'],
  [new FrontCodedList(LEXICON_NOUNS), 'noun'],
  [new FrontCodedList(LEXICON_WORDS), 'word'],
];
const classes = new Map<string, LexiconClass | null>();

/** The class of a word compromise's lexicon lists, if it lists it. */
export function lexiconClass(word: string): LexiconClass | undefined {
  let kind = classes.get(word);
  if (kind === undefined) {
    kind = LEXICON.find(([list]) => list.has(word))?.[1] ?? null;
    if (classes.size >= MAX_REMEMBERED) classes.clear();
    classes.set(word, kind);
  }
  return kind ?? undefined;
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
  // lookUp remembers isEnglish's answer.
  return !englishWords.has(word) && lookUp(word).english;
}

/** True for an English stem or a regular inflection of one ("notified", "patients", "draining", "updated"). */
export function isEnglish(word: string): boolean {
  if (englishWords.has(word)) return true;
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
    if (suffix === 's' && stem.endsWith('e') && /(?:ch|sh|ss|x|z)e$/.test(stem) && englishWords.has(stem.slice(0, -1))) return true;
    for (const end of replacements) if (englishWords.has(stem + end)) return true;
    // "stopped", "mapping": a doubled final consonant.
    if (replacements.includes('') && stem.length > 2 && stem.at(-1) === stem.at(-2) && englishWords.has(stem.slice(0, -1))) {
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
