/**
 * Internet Protocol addresses — 45 CFR 164.514(b)(2)(i)(O). IPv4 dotted quads with octets 0–255 (RFC 791,
 * RFC 6943 §3.1.1 for the dotted-decimal form) and IPv6 text forms (RFC 4291 §2.2, RFC 5952). A "version",
 * "v" or "build" cue turns a dotted quad into a software version, which is not an address.
 */
import type { Candidate, Detector } from '../detector';
import { cueMatcher } from './cues';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.\\/])${OCTET}(?:\\.${OCTET}){3}(?![\\p{L}\\p{N}]|[.\\/]\\d)`, 'gu');
// Hex groups and colons, at most 39 characters, with a colon among the first five (so plain numbers are skipped).
const IPV6_RUN = /(?<![\p{L}\p{N}:])[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{2,38}(?![\p{L}\p{N}:])/gu;
const VERSION_CUE = cueMatcher(['version', 'ver', 'v', 'release', 'build', 'firmware', 'software', 'update', 'app', 'icd', 'section', 'chapter']);
const IP_CUE = cueMatcher(['ip', 'ip address', 'address', 'addr', 'client', 'server', 'host', 'logged in from', 'from ip']);

function ipv6Valid(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1 ? groups.length !== 8 : groups.length > 7) return false;
  // Clock times and scores ("10:30:00") are all-decimal; an address written out has some hex letters or '::'.
  return halves.length === 2 ? groups.length >= 1 : /[A-Fa-f]/.test(value) || groups.length === 8;
}

export const ipDetector: Detector = {
  id: 'ip',
  description: 'IPv4 and IPv6 addresses (RFC 791, RFC 4291) — 45 CFR 164.514(b)(2)(i)(O).',
  detect({ text }) {
    const out: Candidate[] = [];
    const fixes = [{ label: 'Remove the IP address', replacement: '[IP address removed]' }];
    for (const m of text.matchAll(IPV4)) {
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (VERSION_CUE.test(before)) continue;
      const cued = IP_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
      out.push({ start: m.index, end: m.index + m[0].length, confidence: cued ? 0.95 : 0.85, fixes });
    }
    for (const m of text.matchAll(IPV6_RUN)) {
      if (!ipv6Valid(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.9, fixes });
    }
    return out;
  },
};
