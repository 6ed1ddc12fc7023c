/**
 * Geographic subdivisions smaller than a state — HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(B): street
 * addresses, cities, counties, precincts, ZIP codes (beyond a populous ZIP3) and their equivalent geocodes;
 * facility names, which place a patient as precisely as a town does. States and countries are reported only
 * as someone's home, origin or journey, as a warning (see location/places.ts for why).
 *
 * Each finder in location/ reports spans of one shape; this file keeps the most specific span where they
 * overlap and attaches the message and the safe rewrites a user is offered.
 */
import type { Candidate, Detector } from '../detector';
import { findFacilities } from './location/facility';
import { findPlaces } from './location/places';
import { findRepeats } from './location/repeats';
import type { LocationKind, LocationSpan } from './location/span';
import { findStreetAddresses } from './location/street-address';
import { findTownLines } from './location/town-lines';
import { findVenues } from './location/venue';
import { findZipCodes } from './location/zip';

const MESSAGES: Record<LocationKind, string> = {
  address: 'Street address',
  zip: 'ZIP or postal code',
  facility: 'Name of a hospital or care facility',
  venue: 'Name of a club, park, school or church',
  place: 'Town, city, county or neighbourhood',
};

// Addresses outrank the town or ZIP inside them; a facility or venue outranks the town in its name.
const RANK: Record<LocationKind, number> = { address: 4, facility: 3, venue: 3, zip: 2, place: 1 };

function fixesFor(span: LocationSpan): Candidate['fixes'] {
  switch (span.kind) {
    case 'address':
      return [
        { label: 'Remove the address', replacement: '[address removed]' },
        { label: 'Say "their home"', replacement: 'their home' },
      ];
    case 'zip':
      return span.safeForm
        ? [{ label: `Keep only the first three digits (${span.safeForm})`, replacement: span.safeForm }]
        : [{ label: 'Remove the postal code', replacement: '[postal code removed]' }];
    case 'facility':
      return [
        { label: 'Say "a local hospital"', replacement: 'a local hospital' },
        { label: 'Say "another facility"', replacement: 'another facility' },
      ];
    case 'venue':
      return [{ label: 'Say "a local venue"', replacement: 'a local venue' }];
    case 'place':
      return [
        { label: 'Say "our area"', replacement: 'our area' },
        { label: 'Say "the region"', replacement: 'the region' },
      ];
  }
}

/** Keeps, among overlapping spans, the higher-ranked and then the longer; grows it to cover the others. */
function resolveOverlaps(spans: LocationSpan[]): LocationSpan[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LocationSpan[] = [];
  for (const span of sorted) {
    const prev = out[out.length - 1];
    if (!prev || span.start >= prev.end) {
      out.push({ ...span });
      continue;
    }
    const winner = RANK[span.kind] > RANK[prev.kind] ? span : prev;
    out[out.length - 1] = {
      ...winner,
      start: Math.min(prev.start, span.start),
      end: Math.max(prev.end, span.end),
      confidence: Math.max(prev.confidence, span.confidence),
    };
  }
  return out;
}

export const locationDetector: Detector = {
  id: 'location',
  description:
    'Street addresses, PO boxes, ZIP codes, towns, counties, facility and venue names — 45 CFR 164.514(b)(2)(i)(B); ' +
    'places from the GeoNames gazetteer (CC-BY 4.0), restricted ZIP3s from the HHS de-identification guidance.',
  detect({ text }) {
    const found = [...findStreetAddresses(text), ...findZipCodes(text), ...findFacilities(text), ...findVenues(text), ...findPlaces(text), ...findTownLines(text)];
    const spans = resolveOverlaps([...found, ...findRepeats(text, found)]);
    return spans.map((span) => {
      const candidate: Candidate = {
        start: span.start,
        end: span.end,
        confidence: span.confidence,
        message: MESSAGES[span.kind],
      };
      const fixes = fixesFor(span);
      if (fixes) candidate.fixes = fixes;
      return candidate;
    });
  },
};
