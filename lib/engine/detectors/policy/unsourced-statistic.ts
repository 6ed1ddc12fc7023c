import type { Candidate, Detector } from '../../detector';
import { cueMatcher } from '../cues';
import { findLinks } from './links';

/**
 * Statistics with no source: a percentage, an "X out of Y" / "1 in 4" ratio or a "3 times more likely"
 * comparison with no link, citation or named source nearby. Unsourced numbers are a common marker of health
 * misinformation, and health communicators are asked to cite the source of every figure (WHO, "Let's
 * flatten the infodemic curve": check the source; CDC, "Health Literacy: Numbers", give the source of data).
 * Discounts ("20% off") and "100%" (an intensifier, or a cure claim handled elsewhere) are not statistics.
 */
const STATISTIC =
  /\b\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|percent\b|per cent\b)|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+of|in)\s+(?:every\s+)?(?:\d{1,3}(?:,\d{3}){0,2}|\d{1,7}|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|hundred|a\s+thousand|thousand|a\s+million)\b(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|am|pm)\b)|\b(?:\d{1,3}|two|three|four|five|ten)\s*(?:x|times)\s+(?:more|less|higher|lower)\s+(?:likely|risk|effective|deadly|dangerous)\b/gi;
const NOT_A_STATISTIC = /^100\s?(?:%|percent|per cent)|^\d+\s?(?:%|percent|per cent)\s*(?:off|discount)\b/i;
const YEAR_AFTER_IN = /\bin\s+(?:19|20)\d\d$/i;
const SOURCE_CUE = cueMatcher([
  'according to', 'source', 'sources', 'study', 'studies', 'survey', 'report', 'reports', 'reported by', 'research',
  'researchers', 'data from', 'published', 'journal', 'census', 'poll', 'trial', 'meta-analysis', 'analysis',
  'cited', 'citation', 'references', 'per the', 'estimates', 'cdc', 'nih', 'fda', 'nejm', 'jama', 'lancet', 'bmj',
  'pew', 'gallup', 'kff', 'ahrq', 'cms', 'unicef', 'world health organization', 'ministry of health',
  'department of health', 'public health england', 'ons', 'bureau of labor statistics',
]);
const CASED_SOURCE = /\bWHO\b|@[A-Za-z0-9_]{2,}|\[\d{1,3}\]|\bdoi:|\(\d{4}\)/;
const WINDOW = 250;

export const unsourcedStatisticDetector: Detector = {
  id: 'unsourced-statistic',
  description: 'Percentages, "X out of Y" ratios and "N times more likely" claims with no link or named source nearby.',
  detect({ text }) {
    const out: Candidate[] = [];
    STATISTIC.lastIndex = 0;
    for (let m = STATISTIC.exec(text); m && out.length < 100; m = STATISTIC.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NOT_A_STATISTIC.test(text.slice(start, end + 12)) || YEAR_AFTER_IN.test(m[0])) continue;
      const window = text.slice(Math.max(0, start - WINDOW), Math.min(text.length, end + WINDOW));
      if (SOURCE_CUE.test(window) || CASED_SOURCE.test(window) || findLinks(window).length > 0) continue;
      out.push({ start, end, confidence: 1 });
    }
    return out;
  },
};
