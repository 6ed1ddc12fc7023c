/**
 * Later mentions of a place already found — 45 CFR 164.514(b)(2)(i)(B). Notes name a ward or a hospital
 * once with a cue ("transferred to Reisman 4") and then bare ("REISMAN3 called", "back on reisman"); the
 * bare mention identifies the place just as well, so every mention of a name found with a cue is reported.
 * Bounded: at most MAX_NAMES names, each found with indexOf over one lower-cased copy of the text.
 */
import { hasPlacePrepositionBefore } from './place-cues';
import type { LocationKind, LocationSpan } from './span';
import { isCapitalised, isLowerCaseAround } from './text-shape';

const MAX_NAMES = 12;
const MIN_CONFIDENCE = 0.7;
const LETTER = /[\p{L}\p{M}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** "ReismanBuilding": a capital right after a lower-case letter starts a second word written without a space. */
function startsJoinedWord(text: string, end: number): boolean {
  return /\p{Ll}\p{Lu}/u.test(text.slice(end - 1, end + 1));
}

export function findRepeats(text: string, spans: readonly LocationSpan[]): LocationSpan[] {
  const names = new Map<string, { written: string; kind: LocationKind; seen: Set<number> }>();
  for (const span of spans) {
    if (!span.name || span.confidence < MIN_CONFIDENCE || span.name.length < 4) continue;
    const key = span.name.toLowerCase();
    const known = names.get(key);
    if (known) known.seen.add(span.start);
    else if (names.size < MAX_NAMES) names.set(key, { written: span.name, kind: span.kind, seen: new Set([span.start]) });
  }
  if (names.size === 0) return [];
  const lower = text.toLowerCase();
  const out: LocationSpan[] = [];
  for (const [key, { written, kind, seen }] of names) {
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
      let end = at + key.length;
      if (seen.has(at) || isLetter(text[at - 1]) || (isLetter(text[end]) && !startsJoinedWord(text, end))) continue;
      const mention = text.slice(at, end);
      // "Mercy" found as a hospital does not make "have mercy" one: the case must say "name" too.
      const named = mention === written || isCapitalised(mention) || hasPlacePrepositionBefore(text, at);
      if (!named && !isLowerCaseAround(text, at, end)) continue;
      // A floor written against the name ("REISMAN3") belongs to it.
      const floor = /^\d{1,2}(?!\d)/.exec(text.slice(end, end + 3));
      if (floor) end += floor[0].length;
      out.push({ start: at, end, confidence: 0.75, kind });
    }
  }
  return out;
}
