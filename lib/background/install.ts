import { pruneDraftState, storeBuiltinPack, auditSalt, type PhiGuardDb } from '../db';

/**
 * `runtime.onInstalled` (install and update alike): stores this build's baseline pack as the active baseline
 * version, creates the audit salt on a first install, and drops expired per-draft state. User data is left as
 * it is.
 */
export async function prepareStorage(db: PhiGuardDb, now: number = Date.now()): Promise<void> {
  await storeBuiltinPack(db);
  await auditSalt(db);
  await pruneDraftState(db, now);
}
