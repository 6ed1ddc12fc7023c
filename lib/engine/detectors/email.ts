/**
 * Electronic mail addresses — 45 CFR 164.514(b)(2)(i)(F). The pattern follows the common subset of the
 * RFC 5322 addr-spec that people type: a dot-atom local part, "@", and a dotted host name ending in a
 * letters-only top-level domain (RFC 1035 labels).
 */
import type { Candidate, Detector } from '../detector';

// The lookbehind makes every match start at the beginning of a run of address characters, so a long run
// without "@" is scanned once rather than from each of its positions.
const EMAIL =
  /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])/g;
// Shared mailboxes of an organisation are contact points, not a person.
const ROLE_MAILBOX =
  /^(?:info|contact|hello|help|support|media|press|news|communications|comms|marketing|social|careers|jobs|hr|billing|privacy|compliance|admin|office|webmaster|noreply|no-reply|feedback|appointments|patientrelations|patient\.relations)$/i;

function isApproved(host: string, domains: ReadonlySet<string>): boolean {
  for (let d = host; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) if (domains.has(d)) return true;
  return false;
}

export const emailDetector: Detector = {
  id: 'email',
  description: 'Email addresses (RFC 5322 dot-atom form) — 45 CFR 164.514(b)(2)(i)(F).',
  detect({ text, allow }) {
    const out: Candidate[] = [];
    if (!text.includes('@')) return out;
    for (const m of text.matchAll(EMAIL)) {
      const [local = '', host = ''] = m[0].split('@');
      let confidence = 0.95;
      // The organisation's own shared mailbox is not PHI; a named person at an approved domain is still a person.
      if (isApproved(host.toLowerCase(), allow.domains)) {
        if (ROLE_MAILBOX.test(local)) continue;
        confidence = 0.6;
      }
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        confidence,
        fixes: [{ label: 'Remove the email address', replacement: '[email removed]' }],
      });
    }
    return out;
  },
};
