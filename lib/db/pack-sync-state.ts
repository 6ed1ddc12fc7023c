import { z } from 'zod';
import type { PhiGuardDb } from './database';

/**
 * What the last pack syncs did, per source (each admin URL, and `inline` for the pack in enterprise policy),
 * kept in the settings table so the popup and the options page can show it and the admin can read why a pack
 * was refused.
 */

const STATE_KEY = 'packSync';
export const INLINE_SOURCE = 'inline';

export const packSourceStatusSchema = z.object({
  /** `active`: a new version was accepted; `unchanged`: nothing new (304 or the same version); `refused`: the
   * response was a pack that failed a check; `failed`: no usable response (network, HTTP status). */
  status: z.enum(['active', 'unchanged', 'refused', 'failed']),
  /** One line: the refusal or failure reason. */
  reason: z.string().max(1000).optional(),
  lastAttemptAt: z.number(),
  /** Last time the source answered with its accepted (or unchanged) pack. */
  lastSuccessAt: z.number().optional(),
  /** The pack this source delivers and its version, once one was accepted. */
  packId: z.string().max(120).optional(),
  version: z.number().int().optional(),
  /** HTTP validators of the last accepted response, for conditional requests. */
  etag: z.string().max(500).optional(),
  lastModified: z.string().max(100).optional(),
  /** Unsuccessful syncs in a row; drives the back-off. */
  failures: z.number().int().nonnegative(),
});
export type PackSourceStatus = z.infer<typeof packSourceStatusSchema>;

export const packSyncStateSchema = z.object({
  /** Fingerprint of the enterprise policy the last sync ran under; a change makes the next wake sync. */
  policyFingerprint: z.string().max(200).optional(),
  lastSyncAt: z.number().optional(),
  nextSyncAt: z.number().optional(),
  sources: z.record(z.string().max(2100), packSourceStatusSchema),
  /** Enterprise-policy keys that were ignored because they were invalid, with why. */
  policyProblems: z.array(z.string().max(500)).max(50).default([]),
});
export type PackSyncState = z.infer<typeof packSyncStateSchema>;

export async function packSyncState(db: PhiGuardDb): Promise<PackSyncState> {
  const parsed = packSyncStateSchema.safeParse((await db.settings.get(STATE_KEY))?.value);
  return parsed.success ? parsed.data : { sources: {}, policyProblems: [] };
}

export async function savePackSyncState(db: PhiGuardDb, state: PackSyncState): Promise<void> {
  await db.settings.put({ key: STATE_KEY, value: packSyncStateSchema.parse(state) });
}
