/**
 * Web addresses — 45 CFR 164.514(b)(2)(i)(N) "Web Universal Resource Locators (URLs)". Syntax after RFC 3986
 * (scheme "://" authority path) and the WHATWG URL Standard's practice of reading "www." and bare host names.
 *
 * A URL is PHI when it points at a person: a profile on a social network, a fundraiser or care journal
 * (GoFundMe, CaringBridge), an obituary. Those are certain. Any other unapproved link is reported at a lower
 * confidence (the finding stays a warning), and links to the pack's approved domains are never reported.
 * Shortened or unapproved links as a policy matter are the link rule's business, not this detector's.
 */
import type { Candidate, Detector } from '../detector';

// Scheme or "www." URLs run to the next space or bracket; trailing sentence punctuation is trimmed below.
const SCHEMED = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^\[\]]{1,2000}/giu;
// Bare host names need a common top-level domain and a name with a letter, so a missing space after a full stop
// ("pressure support.tv", "WARM.CO", "11.CO") or a code ("E11.9") is not read as a link.
const BARE =
  /(?<![\p{L}\p{N}@._\-\/])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}(?:com|org|net|edu|gov|io|info|ly|co\.uk|org\.uk)(?![\p{L}\p{N}@_\-]|\.[\p{L}\p{N}])(?:\/[^\s<>"'`{}|\\^\[\]]{0,2000})?/giu;

// Sites whose pages are about one person: a path on them names or profiles someone.
const PERSONAL_HOSTS = new Set([
  'gofundme.com', 'gf.me', 'caringbridge.org', 'mealtrain.com', 'lotsahelpinghands.com', 'giveforward.com',
  'youcaring.com', 'spotfund.com', 'fundly.com', 'givesendgo.com', 'legacy.com', 'everloved.com', 'findagrave.com',
  'forevermissed.com', 'facebook.com', 'fb.com', 'instagram.com', 'x.com', 'twitter.com', 'linkedin.com',
  'tiktok.com', 'threads.net', 'bsky.app', 'youtube.com', 'snapchat.com', 'pinterest.com', 'reddit.com',
  'venmo.com', 'paypal.me', 'cash.app', 'patreon.com', 'medium.com', 'substack.com', 'github.com', 'about.me',
  'linktr.ee', 'mastodon.social', 'tumblr.com', 'onlyfans.com', 'myspace.com',
]);
// Paths on those sites that are the site's own pages, not a person's.
const SITE_PAGES = /^\/?(?:$|home|about|help|login|signup|search|explore|privacy|terms|legal|policies|settings|hashtag|watch\b|feed|groups?\/?$|pages\/?$|discover|start|c\/|s\/)/i;

function trimTrailing(url: string): string {
  // Sentence punctuation is not part of the address, nor is a closing bracket the address never opened.
  let end = url.length;
  while (end > 0 && (/[.,;:!?'"]/.test(url[end - 1]!) || (url[end - 1] === ')' && !url.includes('(')))) end--;
  return url.slice(0, end);
}

function hostOf(url: string): { host: string; path: string } {
  const rest = url.replace(/^(?:https?:\/\/)?/i, '');
  const cut = rest.search(/[\/?#]/);
  const authority = (cut < 0 ? rest : rest.slice(0, cut)).replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  return { host: authority.toLowerCase().replace(/^www\./, ''), path: cut < 0 ? '' : rest.slice(cut) };
}

function matchesDomain(host: string, domains: ReadonlySet<string>): boolean {
  for (let d = host; d; d = d.includes('.') ? d.slice(d.indexOf('.') + 1) : '') if (domains.has(d)) return true;
  return false;
}

/** Confidence that the link is PHI, or null for links that are never reported. */
function assess(url: string, domains: ReadonlySet<string>): number | null {
  const { host, path } = hostOf(url);
  if (!host.includes('.') || matchesDomain(host, domains)) return null;
  const personalSite = matchesDomain(host, PERSONAL_HOSTS);
  if (personalSite && !SITE_PAGES.test(path)) return 0.9;
  return 0.6;
}

// One scan, so matches never overlap: at each position a scheme or "www." link is preferred to a bare host.
const LINK = new RegExp(`(${SCHEMED.source})|${BARE.source}`, 'giu');
// What every LINK match contains (same flags, so case folding agrees): a scheme, "www." or a dot before one of
// BARE's top-level domains. Most drafts have none, and this scan is far cheaper than LINK's at every position.
const LINK_HINT = /https?:\/\/|www\.|\.(?:com|org|net|edu|gov|io|info|ly|co)/iu;

export const urlDetector: Detector = {
  id: 'url',
  description:
    'Web addresses; profiles, fundraisers and obituaries are certain, other unapproved links are warnings — 45 CFR 164.514(b)(2)(i)(N).',
  detect({ text, allow }) {
    const out: Candidate[] = [];
    if (!LINK_HINT.test(text)) return out;
    for (const m of text.matchAll(LINK)) {
      const url = trimTrailing(m[0]);
      const bare = m[1] === undefined;
      if (bare && !/^[^.]*[a-z]/i.test(url)) continue;
      const confidence = assess(url, allow.domains);
      if (confidence === null) continue;
      const candidate: Candidate = {
        start: m.index,
        end: m.index + url.length,
        confidence,
        fixes: [{ label: 'Remove the link', replacement: '[link removed]' }],
      };
      if (confidence >= 0.8) candidate.message = 'Link to a page about a person';
      out.push(candidate);
    }
    return out;
  },
};
