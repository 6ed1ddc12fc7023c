import type { Candidate, Detector } from '../../detector';
import { cueMatcher } from '../cues';
import { findLinks } from './links';

/**
 * Claims credited to unnamed experts ("Japanese doctors advise…", "Italian scientists discovered…", "a doctor
 * friend told me…") with no source nearby. Appeals to anonymous authority are how health chain messages
 * borrow credibility; WHO's infodemic guidance asks readers to check who is behind a claim, and the FDA lists
 * unverifiable testimonials among the signs of health fraud ("Health Fraud Scams").
 */
const UNNAMED_EXPERTS =
  /\b[A-Z][a-z]{2,15}(?:ese|ian|an|ish|i)\s+(?:doctors|scientists|researchers|professors|virologists|experts|nurses|hospitals)\s+(?:have\s+|had\s+)?(?:discovered|found|say|said|advise[sd]?|recommend(?:s|ed)?|confirm(?:s|ed)?|reveal(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?|prove[sd]?|proven)\b|\b(?:a|my)\s+(?:\w{1,15}\s+)?(?:doctor|nurse|scientist|physician)\s+friend\b|\bfriend\s+(?:who\s+is|who's)\s+a\s+(?:doctor|nurse)\b/g;
const SOURCE_CUE = cueMatcher(['according to', 'study', 'published', 'journal', 'report', 'source']);
const WINDOW = 200;

export const vagueAuthorityDetector: Detector = {
  id: 'vague-authority',
  description: 'Claims credited to unnamed experts ("Italian doctors discovered…") with no source nearby (WHO infodemic guidance).',
  detect({ text }) {
    const out: Candidate[] = [];
    UNNAMED_EXPERTS.lastIndex = 0;
    for (let m = UNNAMED_EXPERTS.exec(text); m && out.length < 50; m = UNNAMED_EXPERTS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const window = text.slice(Math.max(0, start - WINDOW), Math.min(text.length, end + WINDOW));
      if (SOURCE_CUE.test(window) || findLinks(window).length > 0) continue;
      out.push({ start, end, confidence: 1 });
    }
    return out;
  },
};
