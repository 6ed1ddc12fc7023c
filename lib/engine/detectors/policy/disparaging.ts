import { patternDetector } from './pattern-detector';

/**
 * Disparaging words for patients and colleagues: clinical slang that belittles patients ("frequent flyer",
 * "drug seeker", "gomer") and insults aimed at patients, families or colleagues ("lazy nurses", "the
 * patient is an idiot"). AMA Code of Medical Ethics Opinion 2.3.2 and the FSMB social-media policy ask for
 * the same professionalism online as at the bedside.
 */
const PEOPLE =
  '(?:patients?|families|family\\s+members?|parents|doctors?|docs?|nurses?|surgeons?|residents?|interns?|attendings?|' +
  'colleagues?|co-?workers?|staff|techs?|pharmacists?|physicians?)';
const INSULTS = '(?:idiots?|morons?|stupid|dumb|lazy|useless|incompetent|psychos?|clueless|pathetic)';
// Some insult word is in every match of the two insult patterns below.
const INSULT_WORD = /crazy|psycho|lazy|stupid|dumb|idiot|moron|useless|incompetent|pathetic|whiny|worthless|clueless/i;

export const disparagingDetector = patternDetector(
  'disparaging',
  'Slang that belittles patients and insults aimed at patients or colleagues (AMA Opinion 2.3.2; FSMB).',
  [
    /\b(?:frequent\s*fl[yi]ers?|drug[\s-]?seek(?:ers?|ing)|gomers?|bed[\s-]?blockers?|dirtballs?|status\s+dramaticus|pumpkin[\s-]positive|lolinad)\b/gi,
    /\bnon-?compliant\s+(?:idiots?|morons?|jerks?|losers?)\b/gi,
    {
      needs: INSULT_WORD,
      pattern: new RegExp(
        `\\b(?:crazy|psycho|lazy|stupid|dumb|idiot|idiotic|moronic|useless|incompetent|pathetic|whiny|worthless|clueless)\\s+${PEOPLE}\\b`,
        'gi',
      ),
    },
    {
      needs: INSULT_WORD,
      pattern: new RegExp(
        `\\b${PEOPLE}\\s+(?:is|are|was|were)\\s+(?:an?\\s+|such\\s+an?\\s+|so\\s+|total\\s+|complete\\s+)?${INSULTS}\\b`,
        'gi',
      ),
    },
  ],
);
