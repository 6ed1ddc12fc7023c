// Generates lib/engine/detectors/name/name-data.ts, the compact dictionaries the name detector looks up
// (kept small: the engine also runs in the extension's service worker).
//   node scripts/generate-name-data.mjs
// Sources (read only here, never at run time):
//   @faker-js/faker 10.6.0 (MIT) — first and last names of its Latin-script locales
//   @cspell/dict-people-names 1.1.16 (MIT) — name parts from many cultures, first and last not told apart
//   compromise 14.17.0 (MIT) — the FirstName/MaleName/FemaleName/LastName entries of its lexicon, and the
//     part of speech of every lexicon word, sorted into the four classes the detector asks about (so the
//     engine never loads compromise to tell "aware" from "Hudson")
//   dictionary-en 4.0.0 (MIT AND BSD; SCOWL en_US Hunspell) — lower-case stems = ordinary English words
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';

/** Lower case, diacritics removed: the form the detector looks words up in (it folds the draft the same way). */
function fold(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Only single words the tokenizer can produce: Latin letters with inner apostrophes or hyphens, 2+ letters.
const WORD = /^[a-z]+(?:['-][a-z]+)*$/;
function addWords(set, value) {
  if (typeof value !== 'string') return;
  for (const part of value.split(/\s+/)) {
    const word = fold(part);
    if (word.length >= 2 && WORD.test(word)) set.add(word);
  }
}

const given = new Set();
const family = new Set();
// Words compromise tags as names first ("john", "grace", "miller") are names before they are words.
const primarilyNames = new Set();
const flatten = (x) => (!x ? [] : Array.isArray(x) ? x.flat(3) : Object.values(x).flat(3));
for (const locale of Object.values(allLocales)) {
  const person = locale.person ?? {};
  for (const name of flatten(person.first_name)) addWords(given, name);
  for (const name of flatten(person.last_name)) addWords(family, name);
}
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  if (/FirstName|MaleName|FemaleName/.test(String(tag))) addWords(given, word);
  if (/LastName/.test(String(tag))) addWords(family, word);
  if (/^(?:FirstName|MaleName|FemaleName|LastName)$/.test(String(tag))) primarilyNames.add(word);
}
const other = new Set();
const peopleNames = fileURLToPath(new URL('dict/people-names.txt', import.meta.resolve('@cspell/dict-people-names')));
for (const line of readFileSync(peopleNames, 'utf8').split('\n')) addWords(other, line);
for (const word of [...given, ...family]) other.delete(word);

// Hunspell stems that start lower case are ordinary words ("will", "bill", "rose"); capitalised ones are names.
const common = new Set();
const hunspell = fileURLToPath(new URL('index.dic', import.meta.resolve('dictionary-en')));
for (const line of readFileSync(hunspell, 'utf8').split('\n').slice(1)) {
  const stem = line.split('/')[0] ?? '';
  if (/^[a-z]/.test(stem)) addWords(common, stem);
}
for (const word of primarilyNames) common.delete(word);

// compromise's tag for each word it lists, reduced to what the name detector asks (dictionary.ts, judge.ts):
// a proper noun that names no person (a place, nationality, organisation, month), another proper noun (a
// name), a plain noun (its tag exactly Noun or Singular: "son Bill"), or any other everyday word. Keys are
// kept as compromise spells them when a token's key could equal them (letters with inner ' or -).
const PROPER_TAGS = /Name|Person|Place|City|Country|Region|Organization|ProperNoun|SportsTeam|Demonym|Month|WeekDay/;
const NON_PERSON_TAGS = /Demonym|Country|Region|City|Place|Organization|Month|WeekDay/;
const LEXICON_WORD = /^\p{L}+(?:['-]\p{L}+)*$/u;
const lexiconPlaces = new Set();
const lexiconNames = new Set();
const lexiconNouns = new Set();
const lexiconWords = new Set();
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  if (!LEXICON_WORD.test(word)) continue;
  const tags = String(tag);
  if (NON_PERSON_TAGS.test(tags)) lexiconPlaces.add(word);
  else if (PROPER_TAGS.test(tags)) lexiconNames.add(word);
  else if (/^(?:Noun|Singular)$/.test(tags)) lexiconNouns.add(word);
  else lexiconWords.add(word);
}

/**
 * Front coding: sorted words, each written as the length of the prefix it shares with the previous word (one
 * digit, 0-9) and the rest. Every RESTART_EVERY-th word is written whole (digit 0), so the detector can
 * binary-search the list in place (front-coded.ts) instead of decoding it; the text is about a third of a plain
 * list.
 */
const RESTART_EVERY = 32;
function frontCode(set) {
  let out = '';
  let previous = '';
  [...set].sort().forEach((word, index) => {
    let shared = 0;
    if (index % RESTART_EVERY !== 0) {
      while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    }
    out += shared + word.slice(shared);
    previous = word;
  });
  return out;
}

const header = `// GENERATED by scripts/generate-name-data.mjs — do not edit by hand.
// Word lists (lower case, diacritics removed), front-coded: each word is a digit (characters shared with the
// previous word) followed by the rest of the word, every 32nd word whole. Searched by ./front-coded.ts.
// Sources: given and family names of the Latin-script locales of @faker-js/faker 10.6.0 (MIT) and the
// FirstName/LastName lexicon entries of compromise 14.17.0 (MIT); other name parts from
// @cspell/dict-people-names 1.1.16 (MIT); ordinary English words are the lower-case stems of the SCOWL en_US
// Hunspell dictionary in dictionary-en 4.0.0 (MIT AND BSD, http://wordlist.aspell.net/), less the words
// compromise tags as names first ("john", "grace"). The LEXICON_* lists sort the single words of compromise's
// lexicon by their part of speech there: places and other non-person proper nouns, other proper nouns, plain
// nouns, and every other everyday word.
`;
const lists = {
  GIVEN_NAMES: given,
  FAMILY_NAMES: family,
  OTHER_NAME_PARTS: other,
  ENGLISH_WORDS: common,
  LEXICON_PLACES: lexiconPlaces,
  LEXICON_NAMES: lexiconNames,
  LEXICON_NOUNS: lexiconNouns,
  LEXICON_WORDS: lexiconWords,
};
let body = header;
for (const [name, set] of Object.entries(lists)) {
  body += `\n/** ${set.size.toLocaleString('en-US')} words. */\nexport const ${name} = '${frontCode(set).replace(/'/g, "\\'")}';\n`;
}
const out = fileURLToPath(new URL('../lib/engine/detectors/name/name-data.ts', import.meta.url));
writeFileSync(out, body);
console.log(
  Object.entries(lists).map(([n, s]) => `${n} ${s.size}`).join(', '),
  `— ${(body.length / 1024).toFixed(0)} KB → ${out}`,
);
