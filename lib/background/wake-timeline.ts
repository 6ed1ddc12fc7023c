/**
 * Marks on the worker's performance timeline for the moments a cold wake is made of: the modules evaluated
 * (main starts) and the engine's first run done. `npm run bench` reads them (scripts/bench/browser.ts) to
 * show where a wake's time goes against the 300 ms budget. Each is set once per worker life, so the
 * timeline does not grow, and they carry no data.
 */
export const WAKE_MARKS = {
  modulesEvaluated: 'phi-guard:modules-evaluated',
  engineWarm: 'phi-guard:engine-warm',
} as const;

export function markWake(moment: keyof typeof WAKE_MARKS): void {
  const name = WAKE_MARKS[moment];
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
