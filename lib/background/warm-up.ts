import { pruneDraftState } from '../db';
import { checkWithReport } from '../engine/check';
import type { BackgroundContext } from './context';
import { markWake } from './wake-timeline';

// Made up; exercises the detectors' lazily built tables (names, places, dates, numbers) once.
const WARM_UP_DRAFT = 'Warm-up: Pat Doe from Springfield, seen March 3, call (555) 010-0100, MRN 0000000.';

// How long after the active state is ready the warm-up waits for the message that woke the worker. The
// warm-up check is synchronous: run at once, it would hold up a check that arrives a moment after the wake.
export const WARM_UP_DELAY_MS = 250;

/**
 * Reads the active state right after the worker wakes, then, unless a draft has been checked meanwhile, runs
 * the engine once, in memory only. The page's first message (usually a status request when a composer page
 * loads) wakes the worker; by the time the user pauses typing, the first check no longer pays for the
 * engine's first-run set-up. When the message that woke the worker is a check, that check does the set-up
 * and the warm-up is skipped.
 *
 * Then deletes expired per-draft state (dismissals, `shown` marks of abandoned drafts): install and update
 * alone are too rare, and a wake is frequent enough. Two indexed range deletes, usually of nothing, run after
 * the waking message has been answered.
 */
export async function warmUp(ctx: BackgroundContext, delayMs = WARM_UP_DELAY_MS): Promise<void> {
  const { policy } = await ctx.state.get();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (!ctx.engineWarm) {
    checkWithReport(WARM_UP_DRAFT, {}, policy);
    ctx.engineWarm = true;
    markWake('engineWarm');
  }
  await pruneDraftState(ctx.db, ctx.now());
}
