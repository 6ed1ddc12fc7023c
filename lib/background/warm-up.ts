import { checkWithReport } from '../engine/check';
import type { BackgroundContext } from './context';

// Made up; exercises the detectors' lazily built tables (names, places, dates, numbers) once.
const WARM_UP_DRAFT = 'Warm-up: Pat Doe from Springfield, seen March 3, call (555) 010-0100, MRN 0000000.';

/**
 * Reads the active state and runs the engine once, in memory only, right after the worker wakes. The page's
 * first message (usually a status request when a composer page loads) wakes the worker; by the time the user
 * pauses typing, the first check no longer pays for the engine's first-run set-up.
 */
export async function warmUp(ctx: BackgroundContext): Promise<void> {
  const { policy } = await ctx.state.get();
  // Yield first: a message that arrived with the wake is answered before this runs, not after.
  await new Promise((resolve) => setTimeout(resolve, 0));
  checkWithReport(WARM_UP_DRAFT, {}, policy);
}
