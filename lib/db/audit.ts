import type { AuditEntry, PhiGuardDb } from './database';

/** Appends audit entries; returns how many were written. */
export async function appendAudit(db: PhiGuardDb, entries: readonly AuditEntry[]): Promise<number> {
  if (!entries.length) return 0;
  await db.audit.bulkAdd(entries.map(({ seq: _ignored, ...entry }) => entry));
  return entries.length;
}

/** Audit entries in time order, optionally from `since` (epoch ms) and at most `limit` of them. */
export async function auditEntries(
  db: PhiGuardDb,
  { since = 0, limit }: { since?: number; limit?: number } = {},
): Promise<AuditEntry[]> {
  const query = db.audit.where('time').aboveOrEqual(since);
  return limit === undefined ? query.toArray() : query.limit(limit).toArray();
}

/** Number of audit entries (for the options page). */
export async function auditCount(db: PhiGuardDb): Promise<number> {
  return db.audit.count();
}

/** Deletes the whole audit log (the user's "clear" button). */
export async function clearAudit(db: PhiGuardDb): Promise<void> {
  await db.audit.clear();
}
