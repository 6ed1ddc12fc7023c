import type { Detector } from '../../detector';
import { findLinks, isUnderDomain } from './links';

/**
 * Links through URL shorteners hide where they lead, so readers (and the organisation) cannot judge the
 * destination before clicking; phishing and malware campaigns rely on them for that reason (CISA,
 * "Avoiding Social Engineering and Phishing Attacks"). A shortener the organisation approves is not flagged.
 */
const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 't.co', 'tinyurl.com', 'goo.gl', 'ow.ly', 'buff.ly', 'is.gd', 'v.gd', 'lnkd.in',
  'fb.me', 'shorturl.at', 'rb.gy', 'cutt.ly', 'tiny.cc', 'rebrand.ly', 't.ly', 'bl.ink', 'dlvr.it', 'trib.al',
  'ift.tt', 's.id', 'qrco.de', 'shorte.st', 'adf.ly', 'soo.gd', 'clck.ru', 'tiny.one',
]);

export const shortenedLinkDetector: Detector = {
  id: 'shortened-link',
  description: 'Links through URL shorteners (bit.ly, t.co, tinyurl.com, goo.gl, ow.ly …) that hide their destination.',
  detect({ text, allow }) {
    return findLinks(text)
      .filter((link) => SHORTENERS.has(link.host) && !isUnderDomain(link.host, allow.domains))
      .map((link) => ({ start: link.start, end: link.end, confidence: 1 }));
  },
};

export function isShortener(host: string): boolean {
  return SHORTENERS.has(host);
}
