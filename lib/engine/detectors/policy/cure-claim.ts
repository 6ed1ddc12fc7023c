import type { Candidate, Detector } from '../../detector';
import type { Fix } from '../../finding';
import { isDebunked } from './claim-context';
import { re, WORDS2 } from './claim-patterns';

/**
 * Cure and guarantee claims: "cures cancer", "a cure for COVID has been found", "miracle drug", "100%
 * effective", "guaranteed to heal". The FTC requires health claims to be backed by competent and reliable
 * scientific evidence (FTC, "Health Products Compliance Guidance", 2022), and the FDA lists "miracle cure",
 * "cure-all" and guaranteed results among the signs of health fraud (FDA, "Health Fraud Scams"). Negated or
 * questioned claims ("there is no miracle cure") are left alone.
 */
const DISEASE =
  "(?:cancer|covid(?:-19)?|coronavirus|corona|diabetes|autism|hiv|aids|alzheimer'?s|dementia|arthritis|asthma|" +
  "heart\\s+disease|obesity|parkinson'?s|multiple\\s+sclerosis|lupus|herpes|the\\s+virus|everything|all\\s+diseases|" +
  'any\\s+disease|tumou?rs?|infertility|depression|addiction)';

interface CureClaim {
  pattern: RegExp;
  /** Every match says "cure" or "remed…": a text without either skips the pattern, which then is not even
   * compiled (a millisecond each on a woken service worker's first check). */
  aboutCure?: true;
  fix?: (match: string) => Fix;
  /** Words just before the match that make it a search, not a claim ("racing to find a cure for COVID"). */
  unlessBefore?: RegExp;
}

const CURE_WORD = /cur|remed/i;

const SEARCHING = /\b(?:find|finding|search|searching|hunt|race|racing|toward|towards|working|work|quest|looking|hope|hoping|develop|developing|no|not|yet)\b[^.!?\n]{0,20}$/i;

const CLAIMS: readonly CureClaim[] = [
  // Present-tense and "can" claims; "cured her cancer" (a story) and "working to cure cancer" (a mission) pass.
  { aboutCure: true, pattern: re(`\\b(?:cures|can\\s+cure|will\\s+cure\\s+(?:your|all|any)|proven\\s+to\\s+cure|guaranteed\\s+to\\s+cure)\\s+${WORDS2}${DISEASE}\\b`) },
  { aboutCure: true, pattern: re(`\\bcured\\s+(?:\\d[\\d,]*|thousands|hundreds|millions|many)\\s+(?:of\\s+)?(?:people|patients|cases)\\b`) },
  { aboutCure: true, pattern: re(`\\b(?:is|are|as|be)\\s+(?:a\\s+|the\\s+)?(?:\\w+\\s+)?(?:cure|remedy)\\s+(?:for|to|against)\\s+(?:\\w+\\s+)?${DISEASE}\\b`) },
  // COVID-19 has treatments but no cure: any cure or remedy for it is a red flag, unless it is being sought.
  // ("Cured of COVID" is how recoveries are reported, so the past tense is left out.)
  {
    aboutCure: true,
    pattern: re(
      '\\b(?:cure|cures|curing|remed(?:y|ies))\\s+(?:for\\s+|to\\s+|against\\s+|of\\s+)?(?:\\w+\\s+){0,2}?' +
        '(?:covid(?:-19)?|coronavirus|corona(?:\\s+virus)?|sars-cov-2|the\\s+novel\\s+coronavirus)\\b',
    ),
    unlessBefore: SEARCHING,
  },
  {
    aboutCure: true,
    pattern: re('\\b(?:found|discovered|developed|invented|has|have)\\s+(?:a|the)\\s+cure\\b'),
    unlessBefore: SEARCHING,
  },
  {
    aboutCure: true,
    pattern: re(
      '\\b(?:found|discovered|finds|find|discover|developed|develops|invented)\\s+(?:a\\s+|the\\s+)?(?:\\w+\\s+)?(?:cure|remedy)\\s+' +
        `(?:for|to|against)\\s+(?:\\w+\\s+)?${DISEASE}\\b|\\bcure\\s+for\\s+${DISEASE}\\s+(?:has\\s+been\\s+|was\\s+|is\\s+)?(?:found|discovered)\\b`,
    ),
  },
  {
    aboutCure: true,
    pattern: re(
      '\\b(?:secret|natural|ancient|herbal|home|simple)\\s+(?:cures?|remed(?:y|ies))\\s+(?:for|to\\s+\\w+|that\\s+\\w+|against)\\s+' +
        `(?:\\w+\\s+)?${DISEASE}\\b`,
    ),
  },
  {
    pattern: re('\\bmiracle\\s+(?:cure|drug|pill|treatment|remedy|supplement|herb|product|diet|water|oil|shot)s?\\b'),
    fix: (match) => ({
      label: 'Say "promising" instead',
      replacement: match.replace(/^miracle/i, (word) => (word[0] === 'M' ? 'Promising' : 'promising')),
    }),
  },
  { aboutCure: true, pattern: re('\\bcure-?alls?\\b') },
  { pattern: re('\\b(?:scientifically|clinically|medically)\\s+proven\\b|\\bproven\\s+(?:cure|remedy|to\\s+(?:cure|prevent|kill|stop|work))\\b') },
  {
    pattern: re('\\b100\\s?(?:%|percent|per\\s+cent)\\s+(?:effective|cure[sd]?|guaranteed|proven|protection|protective|immun\\w{0,4})\\b'),
    fix: (match) =>
      /effective$/i.test(match)
        ? { label: 'Say "highly effective"', replacement: 'highly effective' }
        : { label: 'Drop the absolute claim', replacement: match.replace(/^100\s?(?:%|percent|per\s+cent)\s+/i, '') },
  },
  { pattern: re('\\bguaranteed\\s+(?:to\\s+)?(?:cure|heal|work|recovery|relief|protection)\\b') },
];

// Bounded: a paste repeating one claim thousands of times must not cost thousands of context checks.
const MAX_ATTEMPTS = 300;

export const cureClaimDetector: Detector = {
  id: 'cure-claim',
  description: 'Cure and guarantee claims ("cures cancer", "miracle drug", "100% effective") — FTC and FDA health-fraud guidance.',
  detect({ text }) {
    const out: Candidate[] = [];
    const mentionsCure = CURE_WORD.test(text);
    for (const claim of CLAIMS) {
      if (claim.aboutCure && !mentionsCure) continue;
      claim.pattern.lastIndex = 0;
      let attempts = 0;
      for (let m = claim.pattern.exec(text); m && out.length < 100 && attempts++ < MAX_ATTEMPTS; m = claim.pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (isDebunked(text, start, end)) continue;
        if (claim.unlessBefore?.test(text.slice(Math.max(0, start - 40), start))) continue;
        const candidate: Candidate = { start, end, confidence: 1 };
        if (claim.fix) candidate.fixes = [claim.fix(m[0])];
        out.push(candidate);
      }
    }
    return out;
  },
};
