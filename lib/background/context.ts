import type { PhiGuardDb } from '../db';
import { ActiveStateCache } from './active-state';
import { DeferredWrites } from './deferred-writes';
import { TabFindings } from './tab-findings';

/**
 * What the background's handlers share: the database, the cache rebuilt from it, the latest finding counts
 * per tab (memory only), a clock, and the writes a reply does not wait for.
 */
export interface BackgroundContext {
  db: PhiGuardDb;
  state: ActiveStateCache;
  tabFindings: TabFindings;
  now: () => number;
  /** Set once the engine has checked a draft in this worker: its first-run set-up is done, so no warm-up. */
  engineWarm: boolean;
  /** Writes a reply does not wait for (the `shown` log of a check). */
  deferred: DeferredWrites;
}

export function createBackgroundContext(db: PhiGuardDb, now: () => number = Date.now): BackgroundContext {
  return { db, state: new ActiveStateCache(db), tabFindings: new TabFindings(), now, engineWarm: false, deferred: new DeferredWrites() };
}
