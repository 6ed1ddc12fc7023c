/** What each location finder reports; `location.ts` turns these into candidates with messages and fixes. */
export type LocationKind = 'address' | 'zip' | 'facility' | 'venue' | 'place';

export interface LocationSpan {
  start: number;
  end: number;
  confidence: number;
  kind: LocationKind;
  /** For ZIP codes: the Safe Harbor form of the code ("021xx", or "000" for a restricted ZIP3). */
  safeForm?: string;
  /** A proper name the span stands on ("Reisman" of "Reisman 4"): its other mentions in the text are found too. */
  name?: string;
}
