/**
 * Details that are harmless alone but narrow a patient down in combination (the kinds HHS's de-identification
 * guidance lists as re-identification risks): where they lie (room, bed, bay), when (a relative date), where
 * (a unit or department), what they have (a rare condition or event) and how old they are.
 */
import { findRelativeDates } from '../date/relative';
import { foldCase } from '../fold-case';

export type DetailKind = 'room' | 'time' | 'place' | 'condition' | 'age';

export interface Detail {
  start: number;
  end: number;
  kind: DetailKind;
}

// Lower-case patterns run over the folded text (fold-case.ts): the `i` flag would make them several times
// costlier to compile.
const ROOM = /(?<![\p{L}])(?:room|rm|bed|bay|stall|pod|cubicle|suite|ward)\s?#?\s?\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
// Short unit abbreviations only in capitals ("ER", not the hesitation "er"); spelled-out units in any case.
const UNIT_ABBREVIATION = /(?<![\p{L}])(?:ER|ED|ICU|NICU|PICU|CCU|MICU|SICU|CVICU|CSRU|PACU|L&D|OR)(?![\p{L}])/gu;
const UNIT_NAME =
  /(?<![\p{L}])(?:emergency\s+(?:room|department)|trauma\s+bay|operating\s+room|labor\s+and\s+delivery|intensive\s+care|(?:floor|unit)\s+\d{1,2}[a-z]?|\d{1,2}(?:st|nd|rd|th)\s+floor|\d{1,2}\s?(?:east|west|north|south))(?![\p{L}])/gu;
const CONDITION =
  /(?<![\p{L}])(?:(?:extremely\s+|very\s+|super\s+)?rare\s+(?:case|condition|disease|disorder|syndrome|cancer|tumou?r|presentation|diagnosis)|one\s+in\s+a\s+million|first\s+case|only\s+case|never\s+seen\s+before|textbook\s+case|progeria|conjoined\s+twins|(?:quintuplets|sextuplets|septuplets|octuplets)|(?:shark|bear|alligator)\s+attack|struck\s+by\s+lightning|lightning\s+strike)(?![\p{L}])/gu;
const AGE = /(?<![\p{L}\p{N}])(?:\d{1,3}[\s-]?(?:years?|yrs?)[\s-]?old|\d{1,3}\s?(?:yo|y\/o)|\(\d{1,3}\)|aged?\s\d{1,3})(?![\p{L}\p{N}])/gu;

/** Each pattern, what it finds, and whether it reads the folded text (else the text as written). */
const PATTERNS: readonly (readonly [RegExp, DetailKind, boolean])[] = [
  [ROOM, 'room', true],
  [UNIT_ABBREVIATION, 'place', false],
  [UNIT_NAME, 'place', true],
  [CONDITION, 'condition', true],
  [AGE, 'age', true],
];

/** Every detail in the text, sorted by start. */
export function findDetails(text: string): Detail[] {
  const out: Detail[] = findRelativeDates(text).map((d) => ({ ...d, kind: 'time' as const }));
  const folded = foldCase(text);
  for (const [re, kind, readsFolded] of PATTERNS) {
    const subject = readsFolded ? folded : text;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out.sort((a, b) => a.start - b.start);
}
