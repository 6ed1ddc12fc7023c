/**
 * Finds links in a draft the way people type them: with a scheme (https://…), starting with "www.", or as a
 * bare domain with a common top-level domain ("bit.ly/3xYz", "example.org/flu"). Shared by the link detectors
 * and the X length counter, which counts every link as 23 characters.
 *
 * The text is scanned one whitespace-separated token at a time and each token is tested with an anchored
 * pattern, so the scan stays linear even on a 100,000-character run of dots and letters.
 */

export interface Link {
  start: number;
  end: number;
  /** Lower-case host name without "www." or port, e.g. `bit.ly`. */
  host: string;
}

// Tokens longer than any real link are skipped rather than parsed (paste bombs).
const MAX_LINK_LENGTH = 2048;
const TOKEN = /\S+/g;
const LEADING = /^[("'<[{“‘«]+/;
const TRAILING = /[)"'>\]}.,;:!?”’»…]+$/;
const WITH_SCHEME = /^(?:https?|ftp):\/\/([^/?#\s:@]+)(?::\d+)?(?:[/?#]\S*)?$/i;
const BARE = /^(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|mil|int|info|biz|health|io|co|ly|gl|me|us|uk|ca|au|de|fr|nz|ie|in|app|dev|ai|news|tv|to|gd|at|cc|it|link|site|online|care|clinic|hospital|ws|am|id))(?::\d+)?(?:[/?#]\S*)?$/i;

// Every link holds a scheme's "://" or a dot before a letter (the top-level domain): without either, no token
// needs looking at. Five rules ask for the links of each draft, and most drafts have none.
const LINK_HINT = /:\/\/|\.[a-z]/i;

export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  if (!LINK_HINT.test(text)) return out;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0];
    if (token.length > MAX_LINK_LENGTH || !token.includes('.')) continue;
    const lead = LEADING.exec(token)?.[0].length ?? 0;
    const core = token.slice(lead).replace(TRAILING, '');
    // An address with "@" is an email (a PHI finding), not a link.
    if (core.length < 4 || (core.includes('@') && !/^[a-z]+:\/\//i.test(core))) continue;
    const host = (WITH_SCHEME.exec(core) ?? BARE.exec(core))?.[1];
    if (!host) continue;
    const start = m.index + lead;
    out.push({ start, end: start + core.length, host: normaliseHost(host) });
  }
  return out;
}

function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/** True when `host` is one of `domains` or a subdomain of one ("news.example.org" under "example.org"). */
export function isUnderDomain(host: string, domains: ReadonlySet<string>): boolean {
  if (domains.has(host)) return true;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    if (domains.has(host.slice(dot + 1))) return true;
  }
  return false;
}
