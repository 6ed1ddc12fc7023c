import { patternDetector } from './pattern-detector';

/**
 * Promotional claims that need substantiation: superlatives ("best hospital in the state", "#1 cancer
 * center") and guaranteed or risk-free outcomes ("guaranteed results", "100% success", "risk-free"). FTC
 * Policy Statement Regarding Advertising Substantiation; FTC Health Products Compliance Guidance (2022);
 * AMA Code of Medical Ethics Opinion 9.6.1 ("Advertising & Publicity").
 */
const CARE =
  '(?:hospitals?|doctors?|surgeons?|physicians?|care|clinics?|health\\s+system|medical\\s+cent(?:er|re)|' +
  'cancer\\s+cent(?:er|re)|heart\\s+cent(?:er|re)|nurses|nursing|team|program|programme|treatment|specialists?)';
const WORD = "[a-z'’]{1,20}";

export const superlativeDetector = patternDetector(
  'superlative-claim',
  'Superlatives about care ("best hospital in", "#1", "number one") that need a named source (FTC substantiation).',
  [
    {
      needs: /best|top|finest|greatest|safest/i,
      pattern: new RegExp(`\\b(?:the\\s+)?(?:best|top|finest|greatest|safest)\\s+(?:${WORD}\\s+){0,2}?${CARE}\\s+in\\s+(?:the\\s+)?${WORD}`, 'gi'),
    },
    {
      needs: /#1|number/i,
      pattern: new RegExp(`#1\\s+(?:${WORD}\\s+){0,2}?${CARE}\\b|\\bnumber\\s+one\\s+(?:${WORD}\\s+)?${CARE}\\b`, 'gi'),
    },
    /\b(?:world|america|nation|country|state|city|region)(?:'s|’s)\s+(?:best|top|leading|safest|#1|number\s+one)\b/gi,
    {
      needs: /best|unmatched/i,
      pattern: new RegExp(`\\bbest\\s+${CARE}\\s+(?:ever|anywhere|around)\\b|\\bunmatched\\s+(?:care|results|outcomes|expertise)\\b`, 'gi'),
    },
  ],
);

export const guaranteedOutcomeDetector = patternDetector(
  'guaranteed-outcome',
  'Guaranteed, 100% or risk-free outcome claims (FTC Health Products Compliance Guidance).',
  [
    new RegExp(`\\bguaranteed\\s+(?:${WORD}\\s+)?(?:results?|outcomes?|success|satisfaction|weight\\s+loss)\\b`, 'gi'),
    /\b100\s?(?:%|percent)\s+(?:success(?:ful)?|safe|satisfaction|risk-?free|results?)\b/gi,
    /\b(?:risk|side[\s-]effects?)[\s-]free\b|\bzero\s+(?:risk|side\s+effects|complications)\b/gi,
    /\bwithout\s+any\s+(?:risks?|side\s+effects)\b|\bpermanent\s+results\b/gi,
  ],
);
