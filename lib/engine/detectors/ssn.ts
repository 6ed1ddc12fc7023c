/**
 * Social Security numbers — 45 CFR 164.514(b)(2)(i)(G). Format AAA-GG-SSSS; since SSA's "Social Security Number
 * Randomization" (June 25, 2011) any area is possible except 000, 666 and 900–999, and group 00 and serial
 * 0000 are never issued. The dashed or spaced form stands on its own; nine bare digits need a cue.
 */
import type { Candidate, Detector } from '../detector';
import { cueMatcher } from './cues';

const SSN = /(?<![\p{L}\p{N}\-.\/])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\p{N}]|[\-.\/]\d)/gu;
const SSN_CUE = cueMatcher(['ssn', 'ss#', 'ss #', 'ss no', 'social security', 'social security number', 'social', 'soc sec', 'ssa', 'tin', 'taxpayer id', 'itin']);

export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

export const ssnDetector: Detector = {
  id: 'ssn',
  description: 'US Social Security numbers within the ranges SSA issues — 45 CFR 164.514(b)(2)(i)(G).',
  detect({ text }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(SSN)) {
      const [whole, area, sep, group, serial] = m as unknown as [string, string, string, string, string];
      if (!ssnValid(area, group, serial)) continue;
      const cued = SSN_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
      let confidence: number;
      if (sep === '-') confidence = cued ? 0.95 : 0.85;
      else if (cued) confidence = 0.9;
      else continue;
      out.push({
        start: m.index,
        end: m.index + whole.length,
        confidence,
        fixes: [{ label: 'Remove the Social Security number', replacement: '[SSN removed]' }],
      });
    }
    return out;
  },
};
