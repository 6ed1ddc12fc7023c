import type { PhiGuardDb } from '../db';
import { ActiveStateCache } from './active-state';

/** What the background's handlers share: the database, the cache rebuilt from it, and a clock. */
export interface BackgroundContext {
  db: PhiGuardDb;
  state: ActiveStateCache;
  now: () => number;
}

export function createBackgroundContext(db: PhiGuardDb, now: () => number = Date.now): BackgroundContext {
  return { db, state: new ActiveStateCache(db), now };
}
