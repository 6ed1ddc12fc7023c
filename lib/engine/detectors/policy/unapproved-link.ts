import type { Detector } from '../../detector';
import { findLinks, isUnderDomain } from './links';
import { isShortener } from './shortened-link';

/**
 * Links to domains the organisation has not approved (the pack's `approvedDomains`, subdomains included).
 * Shortened links are left to the `shortened-link` detector, which says more about them.
 */
export const unapprovedLinkDetector: Detector = {
  id: 'unapproved-link',
  description: "Links to domains outside the policy's approved-domain list (subdomains of an approved domain pass).",
  detect({ text, allow }) {
    return findLinks(text)
      .filter((link) => !isShortener(link.host) && !isUnderDomain(link.host, allow.domains))
      .map((link) => ({
        start: link.start,
        end: link.end,
        confidence: 1,
        message: `Link to ${link.host}, which is not on the approved list`,
      }));
  },
};
